// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusbar.h"

#include "elidedlabel.h"
#include "rundocument.h"
#include "segmentedprogressbar.h"
#include "statusstyle.h"
#include "util/durationtext.h"

#include <QDir>
#include <QLabel>
#include <QLocale>

namespace altrunner {

StatusBar::StatusBar(RunDocument *document, QWidget *parent)
    : QStatusBar(parent)
    , m_document(document)
    , m_message(new ElidedLabel)
    , m_server(new QLabel)
    , m_simulated(new QLabel(tr(" Simulated AI ")))
    , m_archive(new QLabel)
    , m_progress(new SegmentedProgressBar)
{
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_simulated->setToolTip(tr("Runs use the built-in simulated provider: answers are made up "
                               "offline and marked as simulated."));
    m_simulated->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; "
                                              "border-radius: 3px; padding: 1px 4px; }")
                                       .arg(StatusStyle::fallbackMark().name()));
    m_progress->setMinimumWidth(170);
    m_progress->setMaximumWidth(240);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setValue(0);
    m_progress->hide(); // until a file with tasks is shown
    addWidget(m_message, 1);
    addPermanentWidget(m_server);
    addPermanentWidget(m_archive);
    m_archive->hide();
    addPermanentWidget(m_simulated);
    addPermanentWidget(m_progress);
    // Refreshed after the document has told every view, never while it tells them: the
    // progress bar's setValue() repaints at once, and a synchronous repaint flushes every dirty
    // widget of the window, the graph included (issue 25's crash).
    connect(m_document, &RunDocument::snapshotChanged, this, [this] {
        if (m_refreshQueued)
            return;
        m_refreshQueued = true;
        QMetaObject::invokeMethod(this, &StatusBar::refreshProgress, Qt::QueuedConnection);
    });
}

void StatusBar::refreshProgress()
{
    m_refreshQueued = false;
    const RunSnapshot &s = m_document->snapshot();
    m_progress->setVisible(s.total > 0); // no "0 of 1" before a file is open
    m_progress->setRange(0, std::max(1, s.total));
    m_progress->setValue(s.finishedCount());
    // Split by how tasks ended; answers from the cache apart from those asked now.
    const int cached = std::min(s.cacheHits, s.count(TaskStatus::Completed));
    m_progress->setSegments(
            {{s.count(TaskStatus::Completed) - cached, StatusStyle::fill(TaskStatus::Completed)},
             {cached, StatusStyle::cached()},
             {s.count(TaskStatus::Failed), StatusStyle::fill(TaskStatus::Failed)},
             {s.count(TaskStatus::Timeout), StatusStyle::fill(TaskStatus::Timeout)},
             {s.count(TaskStatus::Cancelled), StatusStyle::fill(TaskStatus::Cancelled)}});
}

QString StatusBar::outcomeSentence(const RunResult &result, int simulatedAnswers, int aiAnswers)
{
    const RunSnapshot &s = result.snapshot;
    QStringList parts;
    auto part = [&](TaskStatus status, const QString &text) {
        if (const int n = s.count(status); n > 0)
            parts.append(text.arg(QLocale().toString(n)));
    };
    part(TaskStatus::Completed, tr("%1 completed"));
    part(TaskStatus::Failed, tr("%1 failed"));
    part(TaskStatus::Timeout, tr("%1 timed out"));
    part(TaskStatus::Cancelled, tr("%1 cancelled"));
    RunSummary summary = RunSummary::fromSnapshot(QString(), s);
    summary.finished = true;
    summary.cancelled = result.cancelled;
    summary.outcome = result.outcome;
    summary.simulatedAnswers = simulatedAnswers;
    const QString headline = StatusStyle::runHeadline(summary);
    QString text = headline + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    if (s.cacheHits > 0)
        text += QStringLiteral("; ") + tr("%n answer(s) from the cache", "", s.cacheHits);
    if (simulatedAnswers > 0)
        text += QStringLiteral("; ")
                + tr("%1 of %2 answers were simulated")
                          .arg(QLocale().toString(simulatedAnswers), QLocale().toString(aiAnswers));
    return text;
}

void StatusBar::showOutcome(const RunResult &result, const QString &notice)
{
    QString firstError;
    for (int i = 0; i < m_document->taskCount() && firstError.isEmpty(); ++i) {
        const TaskUpdate &t = m_document->task(i);
        if (!t.error.isEmpty()
            && (t.status == TaskStatus::Failed || t.status == TaskStatus::Timeout))
            firstError = tr("First error (%1): %2")
                                 .arg(m_document->altFile()->tasks.at(i).id, t.error);
    }
    const RunSnapshot &s = result.snapshot;
    QString text = outcomeSentence(result, s.simulatedAnswers, s.aiAnswers())
            + tr(", in %1.").arg(StatusStyle::duration(result.snapshot.elapsedMs));
    if (s.checksFailed > 0 || s.checksWarned > 0)
        text += u' '
                + tr("Checks: %1 passed, %2 failed, %3 warned.")
                          .arg(s.checksPassed)
                          .arg(s.checksFailed)
                          .arg(s.checksWarned);
    if (!firstError.isEmpty())
        text += u' ' + firstError;
    if (!notice.isEmpty())
        text += u' ' + notice;
    if (!result.lastFilePath.isEmpty())
        text += u' ' + tr("LAST file: %1").arg(QDir::toNativeSeparators(result.lastFilePath));
    setMessage(text);
    m_progress->setToolTip(text);
}

void StatusBar::showOutcomeOfUnshown(const RunResult &result)
{
    const RunSnapshot &s = result.snapshot;
    setMessage(tr("Your run finished: %1. It is in the Runs list.")
                       .arg(outcomeSentence(result, s.simulatedAnswers, s.aiAnswers())));
}

void StatusBar::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setToolTip(text); // the whole of it, however narrow the window
}

QString StatusBar::message() const
{
    return m_message->text();
}

void StatusBar::setServer(const QString &text, const QString &toolTip)
{
    m_server->setText(text);
    m_server->setToolTip(toolTip);
}

void StatusBar::setArchive(const QString &text, bool failing, const QString &toolTip)
{
    m_archive->setVisible(!text.isEmpty());
    m_archive->setText(text);
    m_archive->setToolTip(toolTip);
    m_archive->setStyleSheet(failing ? QStringLiteral("QLabel { color: %1; }")
                                               .arg(StatusStyle::fill(TaskStatus::Failed).name())
                                     : QString());
}

void StatusBar::setSimulated(bool simulated)
{
    m_simulated->setVisible(simulated);
}

} // namespace altrunner
