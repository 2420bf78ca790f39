// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/runsnapshot.h"

#include <QStatusBar>

class QLabel;

namespace altrunner {

class RunDocument;
class SegmentedProgressBar;

// The window's status bar (docs/gui.md "Status bar"): what just happened, whether the REST API is
// served, whether answers are simulated, and the run's progress.
class StatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBar)

public:
    explicit StatusBar(RunDocument *document, QWidget *parent = nullptr);

    void setMessage(const QString &text);
    // How a run ended, told honestly (docs/gui.md "Daily use and large runs"): in words, with
    // the counts that are not completions, how many answers were simulated, and the first error.
    // The progress bar is split by how tasks ended all along.
    void showOutcome(const RunResult &result, const QString &notice);
    // The window's own run ended while another was shown: one line, pointing at the Runs list.
    void showOutcomeOfUnshown(const RunResult &result);
    // The sentence showOutcome() gives; public for the tests.
    static QString outcomeSentence(const RunResult &result, int simulatedAnswers, int aiAnswers);
    QString message() const;
    void setServer(const QString &text, const QString &toolTip = QString());
    void setSimulated(bool simulated);
    // Whether the archive service hears of LAST files; empty text: not configured.
    void setArchive(const QString &text, bool failing, const QString &toolTip = QString());

    // The progress bar as the document's snapshot says (queued after each change).
    void refreshProgress();

private:
    RunDocument *m_document;
    QLabel *m_message;
    QLabel *m_server;
    QLabel *m_simulated;
    QLabel *m_archive;
    SegmentedProgressBar *m_progress;
    bool m_refreshQueued = false;
};

} // namespace altrunner
