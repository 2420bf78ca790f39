// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressprinter.h"

#include "util/costtext.h"
#include "util/durationtext.h"

#include <cstdio>

namespace altrunner {

namespace {

QString duration(qint64 ms)
{
    return ms < 0 ? QStringLiteral("?") : DurationText::format(ms, DurationText::Style::Compact);
}

} // namespace

ProgressPrinter::ProgressPrinter(const AltFile &alt, bool terminal)
    : m_alt(alt)
    , m_terminal(terminal)
    , m_err(stderr)
    , m_reported(alt.tasks.size(), TaskStatus::Pending)
{
    m_sinceLine.start();
}

QString ProgressPrinter::line(const RunSnapshot &s) const
{
    return QStringLiteral("%1/%2 done: %3 completed, %4 failed, %5 timed out, %6 cancelled, "
                          "%7 running; %8 tasks/s; elapsed %9, left %10")
                   .arg(s.finishedCount())
                   .arg(s.total)
                   .arg(s.count(TaskStatus::Completed))
                   .arg(s.count(TaskStatus::Failed))
                   .arg(s.count(TaskStatus::Timeout))
                   .arg(s.count(TaskStatus::Cancelled))
                   .arg(s.runningCount())
                   .arg(s.throughput, 0, 'f', 1)
                   .arg(duration(s.elapsedMs), duration(s.etaMs))
            + (s.tokensUsed > 0 ? QStringLiteral("; tokens %1 in, %2 out")
                                          .arg(s.inputTokens)
                                          .arg(s.outputTokens)
                                : QString())
            + spend(s) + (s.waitingFor.isEmpty() ? QString() : QStringLiteral("; ") + s.waitingFor);
}

QString ProgressPrinter::spend(const RunSnapshot &s)
{
    QString text;
    if (!s.costKnown())
        text += QStringLiteral("; cost unknown");
    else if (s.pricedTasks > 0 || !s.currency.isEmpty())
        text += QStringLiteral("; cost %1").arg(CostText::amount(s.cost, s.currency));
    if (s.unpricedTasks > 0)
        text += QStringLiteral(" (%1 unpriced)").arg(s.unpricedTasks);
    if (s.cacheHits > 0)
        text += QStringLiteral("; %1 from the cache (%2 tokens saved)")
                        .arg(s.cacheHits)
                        .arg(s.cacheSavedTokens);
    const BudgetState &b = s.budget;
    if (b.tokensLimit)
        text += QStringLiteral("; budget %1 of %2 tokens").arg(b.tokensUsed).arg(*b.tokensLimit);
    if (b.costLimit)
        text += QStringLiteral("; budget %1 of %2")
                        .arg(CostText::amount(b.costUsed, s.currency),
                             CostText::amount(*b.costLimit, s.currency));
    if (b.exhausted)
        text += QStringLiteral(" (exhausted)");
    if (s.rateLimited > 0)
        text += QStringLiteral("; %1 rate-limited").arg(s.rateLimited);
    if (s.ttftP50Ms >= 0)
        text += QStringLiteral("; first token p50 %1").arg(duration(s.ttftP50Ms));
    if (s.tokensPerSecondP50 >= 0)
        text += QStringLiteral(", %1 tokens/s").arg(s.tokensPerSecondP50, 0, 'f', 1);
    return text;
}

void ProgressPrinter::clearBar()
{
    if (m_barShown) {
        m_err << "\r\x1b[2K";
        m_barShown = false;
    }
}

void ProgressPrinter::note(const QString &text)
{
    clearBar();
    m_err << text << '\n';
    m_err.flush();
}

void ProgressPrinter::update(const RunSnapshot &s, const QList<TaskUpdate> &changed)
{
    // Tasks that did not complete are worth a line of their own; the rest only move the bar.
    for (const TaskUpdate &u : changed) {
        const int t = u.index;
        const TaskStatus status = u.status;
        if (status == m_reported.at(t))
            continue;
        m_reported[t] = status;
        if (m_quiet)
            continue; // said with the next update after the question
        if (status == TaskStatus::Failed || status == TaskStatus::Timeout
            || status == TaskStatus::Retrying || status == TaskStatus::Waiting) {
            clearBar();
            const QString what = status == TaskStatus::Retrying ? QStringLiteral("retrying")
                    : status == TaskStatus::Waiting ? QStringLiteral("waiting for a decision")
                                                    : statusName(status);
            m_err << "task " << m_alt.tasks.at(t).id << ": " << what << '\n';
        }
    }
    if (s.waitingFor != m_waitingFor) {
        // Said once when it starts and once when it ends (docs/distributed.md).
        clearBar();
        m_err << (s.waitingFor.isEmpty() ? QStringLiteral("a worker took the calls") : s.waitingFor)
              << '\n';
        m_err.flush();
        m_waitingFor = s.waitingFor;
    }
    if (m_quiet) {
        return;
    } else if (m_terminal) {
        const int width = 30;
        const int filled = s.total ? int(qint64(width) * s.finishedCount() / s.total) : width;
        clearBar();
        m_err << '[' << QString(filled, u'#') << QString(width - filled, u'.') << "] " << line(s);
        m_barShown = true;
        m_err.flush();
    } else if (m_sinceLine.elapsed() >= 1000) {
        m_sinceLine.restart();
        m_err << "progress: " << line(s) << '\n';
        m_err.flush();
    }
}

void ProgressPrinter::finish(const RunSnapshot &s, RunOutcome outcome)
{
    clearBar();
    m_err << "run " << s.executionId << ' ' << outcomeName(outcome) << ": " << line(s) << '\n';
    m_err.flush();
}

} // namespace altrunner
