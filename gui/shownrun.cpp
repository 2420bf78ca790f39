// SPDX-License-Identifier: GPL-3.0-or-later
#include "shownrun.h"

#include "alt/altsketch.h"
#include "diagnosticsmodel.h"
#include "fileloader.h"
#include "outcomebanner.h"
#include "resultspane.h"
#include "run/run.h"
#include "rundocument.h"
#include "runsmodel.h"
#include "sourceview.h"
#include "statusstyle.h"

#include <QDir>
#include <QFileInfo>

namespace altrunner {

ShownRun::ShownRun(const Views &views, QObject *parent)
    : QObject(parent)
    , m_views(views)
{
}

bool ShownRun::isLive() const
{
    return m_live && !m_live->isFinished();
}

QString ShownRun::windowTitle() const
{
    // Runs are told apart by their file's title and their start, never by a LAST file's
    // execution-id name.
    if (m_pastRun)
        return tr("%1 (past run) – ALT Runner").arg(m_pastTitle);
    const QString name = QFileInfo(m_path).fileName();
    if (!name.isEmpty())
        return tr("%1 – ALT Runner").arg(name);
    if (!m_alt)
        return tr("ALT Runner");
    return m_liveTrigger == u"api" ? tr("%1 (API run) – ALT Runner").arg(m_alt->title)
                                   : tr("%1 (resumed run) – ALT Runner").arg(m_alt->title);
}

void ShownRun::follow(Run *run)
{
    for (const QMetaObject::Connection &c : std::as_const(m_following))
        disconnect(c);
    m_following.clear();
    m_live = run;
    m_executionId = run ? run->executionId() : QString();
    m_liveTrigger = run ? run->trigger() : QString();
    if (!run)
        return;
    m_following.append(connect(run, &Run::progressed, m_views.document, &RunDocument::apply));
    m_following.append(connect(run, &Run::finished, this, [this](const RunResult &result) {
        if (!result.lastFilePath.isEmpty()) {
            m_lastPath = result.lastFilePath;
            m_views.results->showFile(result.lastFilePath);
        }
        emit liveRunFinished(result);
        emit changed();
    }));
}

void ShownRun::showAlt(const QString &path, const AltLoader::Result &result, const QString &source)
{
    follow(nullptr);
    // The same file again (reloaded or fixed): its last run stays the one to re-run from.
    if (QFileInfo(path) != QFileInfo(m_path) || m_pastRun)
        m_lastPath.clear();
    m_path = path;
    m_pastRun = false;
    m_views.loader->watch(path);
    m_views.outcome->hide();
    m_views.diagnostics->setDiagnostics(result.diagnostics);
    m_views.source->setPlainText(source);
    m_views.results->clear();
    m_runnable = result.ok();
    if (result.ok()) {
        m_alt = std::make_shared<const AltFile>(*result.file);
        m_views.document->setAltFile(m_alt);
    } else {
        m_alt.reset();
        // What can be drawn of it, its problem tasks marked; nothing of the previous run stays.
        const auto sketch = AltSketch::of(path, result.diagnostics);
        if (sketch.file)
            m_views.document->setSketch(std::make_shared<const AltFile>(*sketch.file),
                                        sketch.problemTasks, sketch.note);
        else
            m_views.document->clear(sketch.note);
    }
    emit changed();
}

void ShownRun::showPastRun(const QString &path, const LastReader::PastRun &past)
{
    follow(nullptr);
    m_path = path;
    m_lastPath = path; // what Re-run Failed continues from
    m_pastRun = true;
    m_executionId = past.snapshot.executionId;
    m_pastTitle = past.alt->title.isEmpty() ? past.alt->id : past.alt->title;
    if (past.snapshot.startedAtMs > 0)
        m_pastTitle += QStringLiteral(", ") + StatusStyle::localTime(past.snapshot.startedAtMs);
    m_views.loader->watch(QString());
    m_views.outcome->hide();
    m_alt = past.alt;
    m_runnable = false;
    m_views.diagnostics->setDiagnostics({});
    // A LAST file holds no ALT source: the Source tab says so rather than stay blank.
    const QString altPath
            = past.document.value(QStringLiteral("metadata"))[u"alt_file_path"].toString();
    m_views.source->setPlainText(
            altPath.isEmpty()
                    ? tr("This is a past run, read from its LAST file alone: the file holds the "
                         "tasks and their results, not the ALT file's text.")
                    : tr("This is a past run, read from its LAST file alone. Its ALT file was "
                         "%1; open it (Ctrl+O) to see its text as it is now.")
                              .arg(QDir::toNativeSeparators(altPath)));
    m_views.document->setPastRun(past.alt, past.tasks, past.snapshot);
    m_views.results->showFile(path);
    emit changed();
}

void ShownRun::setAlt(std::shared_ptr<const AltFile> alt, const QString &path)
{
    follow(nullptr);
    m_alt = std::move(alt);
    m_runnable = true;
    m_pastRun = false;
    m_path = path;
    m_views.source->setPlainText(FileLoader::sourceText(path));
    m_views.document->setAltFile(m_alt);
    m_views.loader->watch(path);
    emit changed();
}

ShownRun::Entry ShownRun::showEntry(const RunsModel &runs, int row)
{
    const RunSummary &s = runs.summary(row);
    if (s.executionId == m_executionId && (isLive() || m_pastRun))
        return Entry::Nothing;
    if (Run *run = runs.liveRun(row)) {
        showLive(run, runs.liveTasks(row), tr("(this run came through the REST API)"));
        return Entry::ShownLive;
    }
    return s.lastFilePath.isEmpty() ? Entry::Nothing : Entry::HasLastFile;
}

void ShownRun::showLive(Run *run, const QList<TaskUpdate> &tasks, const QString &sourceNote)
{
    if (m_alt != run->altFile()) {
        // Another file's run: its own file is what the window shows now.
        m_alt = run->altFile();
        m_path = m_alt->sourcePath;
        m_lastPath.clear();
        m_views.diagnostics->setDiagnostics({});
        const QString source = FileLoader::sourceText(m_path);
        m_views.source->setPlainText(source.isEmpty() ? sourceNote : source);
        m_views.loader->watch(m_path);
        m_views.document->setAltFile(m_alt);
    } else {
        m_views.document->resetStates();
    }
    m_runnable = true; // the whole file came with the run: it can run again
    m_pastRun = false;
    if (!tasks.isEmpty())
        m_views.document->apply(run->snapshot(), tasks);
    m_views.results->clear();
    m_views.outcome->hide();
    follow(run);
    emit changed();
}

} // namespace altrunner
