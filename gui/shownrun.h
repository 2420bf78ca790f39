// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "alt/altloader.h"
#include "last/lastreader.h"
#include "model/runsnapshot.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace altrunner {

class DiagnosticsModel;
class FileLoader;
class OutcomeBanner;
class ResultsPane;
class Run;
class RunDocument;
class RunsModel;
class SourceView;

// What the window shows and where it came from (docs/gui.md "Runs, not files"): an ALT file
// opened here, a past run's LAST file, or a run going on (the window's own, a resumed one, or
// one the REST API started, chosen in the Runs panel). It fills the document, the problems, the
// source and the results for it, and follows the one live run shown, so switching between runs
// never mixes their batches. The window keeps its title and actions in step through changed().
class ShownRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShownRun)

public:
    struct Views
    {
        RunDocument *document;
        DiagnosticsModel *diagnostics;
        SourceView *source;
        ResultsPane *results;
        OutcomeBanner *outcome;
        FileLoader *loader;
    };

    explicit ShownRun(const Views &views, QObject *parent = nullptr);

    // The ALT file the views show (null for a file with errors), and whether it can run from
    // here (false for the sketch a LAST file holds).
    const std::shared_ptr<const AltFile> &alt() const { return m_alt; }
    bool runnable() const { return m_alt && m_runnable; }
    QString path() const { return m_path; }
    // The LAST file Re-run Failed continues from: the shown run's, or the one before the file
    // was opened again.
    QString lastPath() const { return m_lastPath; }
    Run *liveRun() const { return m_live.data(); }
    bool isLive() const;
    bool showsPastRun() const { return m_pastRun; } // a LAST file opened as such
    QString executionId() const { return m_executionId; }
    // The window's title for it: the file, or the run when it has no file here (an API run's).
    QString windowTitle() const;

    void showAlt(const QString &path, const AltLoader::Result &result, const QString &source);
    void showPastRun(const QString &path, const LastReader::PastRun &past);
    // A run that starts now on the file shown (its tasks reset), or any other run with the
    // states it has so far (`tasks`; its own file replaces what was shown).
    void showLive(Run *run, const QList<TaskUpdate> &tasks, const QString &sourceNote);
    void setAlt(std::shared_ptr<const AltFile> alt, const QString &path);
    // The run in `row` of the Runs panel: a live one is shown here; a finished one has its LAST
    // file to open; one already shown needs nothing.
    enum class Entry { ShownLive, HasLastFile, Nothing };
    Entry showEntry(const RunsModel &runs, int row);

signals:
    void changed();
    // The live run shown has finished (its LAST file is the one to re-run from now).
    void liveRunFinished(const altrunner::RunResult &result);

private:
    void follow(Run *run);

    Views m_views;
    std::shared_ptr<const AltFile> m_alt;
    bool m_runnable = false;
    bool m_pastRun = false;
    QString m_path;
    QString m_lastPath;
    QString m_executionId;
    QString m_pastTitle; // a past run: its file's title and when it started
    QString m_liveTrigger; // a live run: who started it (gui, api, ...)
    QPointer<Run> m_live;
    QList<QMetaObject::Connection> m_following;
};

} // namespace altrunner
