// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricspanel.h"

#include "util/costtext.h"
#include "util/durationtext.h"

#include "rundocument.h"
#include "statusstyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace altrunner {

namespace {

QString ms(qint64 v)
{
    return v < 0 ? QStringLiteral("–") : StatusStyle::duration(v);
}

} // namespace

QString MetricsPanel::costText(const RunSnapshot &s)
{
    if (!s.costKnown())
        return tr("unknown (no price for the model; see Settings)");
    QString text = StatusStyle::cost(s.cost, s.currency);
    if (s.unpricedTasks > 0)
        text += tr(" + %n answer(s) without a price", "", s.unpricedTasks);
    return text;
}

QString MetricsPanel::budgetText(const RunSnapshot &s)
{
    const BudgetState &b = s.budget;
    if (!b.isSet())
        return tr("none");
    const QString text = budgetSpent(s);
    if (!b.exhausted)
        return text;
    // "36 of 600 tokens — exhausted" read as a contradiction: say what did not fit.
    QString stopped = tr("%1 spent; stopped").arg(text);
    if (b.tokensLimit && b.refusedTokens && b.tokensUsed + *b.refusedTokens > *b.tokensLimit)
        stopped = tr("%1 spent; stopped: a request needs up to %2 tokens")
                          .arg(text, QLocale().toString(*b.refusedTokens));
    else if (b.costLimit && b.refusedCost)
        stopped = tr("%1 spent; stopped: a request may cost up to %2")
                          .arg(text, StatusStyle::cost(*b.refusedCost, s.currency));
    return QStringLiteral("<span style='color:%1'>%2</span>")
            .arg(StatusStyle::fill(TaskStatus::Failed).name(), stopped.toHtmlEscaped());
}

QString MetricsPanel::budgetSpent(const RunSnapshot &s)
{
    const BudgetState &b = s.budget;
    QStringList parts;
    const QLocale locale;
    if (b.tokensLimit)
        parts.append(tr("%1 of %2 tokens")
                             .arg(locale.toString(b.tokensUsed), locale.toString(*b.tokensLimit)));
    if (b.costLimit)
        parts.append(tr("%1 of %2")
                             .arg(StatusStyle::cost(b.costUsed, s.currency),
                                  StatusStyle::cost(*b.costLimit, s.currency)));
    return parts.join(QStringLiteral(", "));
}

MetricsPanel::MetricsPanel(RunDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *form = new QFormLayout(this);
    form->setLabelAlignment(Qt::AlignRight);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto row = [&](const char *key, const QString &title) {
        form->addRow(title, add(QLatin1String(key), title));
    };
    row("progress", tr("Finished"));
    row("running", tr("Running"));
    row("completed", tr("Completed"));
    row("failed", tr("Failed"));
    row("timeout", tr("Timed out"));
    row("cancelled", tr("Cancelled"));
    row("waiting", tr("Waiting for you"));
    row("retries", tr("Retries"));
    row("inflight", tr("In flight (peak)"));
    row("throughput", tr("Throughput"));
    row("latency", tr("AI latency p50 / p95 / p99"));
    row("speed", tr("First token p50 / p95"));
    row("tps", tr("Tokens per second"));
    row("tokens", tr("Tokens"));
    row("cost", tr("Cost"));
    row("budget", tr("Budget"));
    row("rate", tr("Waits for slots"));
    row("cache", tr("From the cache"));
    row("memory", tr("Peak memory"));
    row("elapsed", tr("Elapsed"));
    row("eta", tr("Time left"));
    connect(document, &RunDocument::snapshotChanged, this, &MetricsPanel::refresh);
    refresh();
}

QLabel *MetricsPanel::add(const QString &key, const QString &)
{
    auto *label = new QLabel(this);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_values.insert(key, label);
    return label;
}

QString MetricsPanel::valueText(const QString &key) const
{
    return m_values.value(key) ? m_values.value(key)->text() : QString();
}

void MetricsPanel::refresh()
{
    const RunSnapshot &s = m_document->snapshot();
    const QLocale locale;
    auto set = [&](const char *key, const QString &text) {
        m_values.value(QLatin1String(key))->setText(text);
    };
    auto colored = [&](const char *key, TaskStatus status, int n) {
        set(key,
            QStringLiteral("<span style='color:%1'>●</span> %2")
                    .arg(StatusStyle::fill(status).name(), locale.toString(n)));
    };
    const int done = s.finishedCount();
    // Finished is not succeeded: when some did not complete, the completed share is said too.
    const int completed = s.count(TaskStatus::Completed);
    set("progress",
        !s.total                    ? QStringLiteral("–")
                : completed == done ? tr("%1 of %2 (%3%)")
                                              .arg(locale.toString(done), locale.toString(s.total))
                                              .arg(locale.toString(100 * done / s.total))
                                    : tr("%1 of %2, of which %3 completed (%4%)")
                                              .arg(locale.toString(done), locale.toString(s.total),
                                                   locale.toString(completed))
                                              .arg(locale.toString(100 * completed / s.total)));
    colored("running", TaskStatus::Running, s.runningCount());
    colored("completed", TaskStatus::Completed, s.count(TaskStatus::Completed));
    colored("failed", TaskStatus::Failed, s.count(TaskStatus::Failed));
    colored("timeout", TaskStatus::Timeout, s.count(TaskStatus::Timeout));
    colored("cancelled", TaskStatus::Cancelled, s.count(TaskStatus::Cancelled));
    colored("waiting", TaskStatus::Waiting, s.count(TaskStatus::Waiting));
    set("retries", locale.toString(s.retries));
    set("inflight", QStringLiteral("%1 (%2)").arg(s.inFlight).arg(s.peakInFlight));
    set("throughput", tr("%1 tasks/s").arg(locale.toString(s.throughput, 'f', 1)));
    set("latency",
        s.latencyP50Ms < 0
                ? QStringLiteral("–")
                : QStringLiteral("%1 / %2 / %3")
                          .arg(ms(s.latencyP50Ms), ms(s.latencyP95Ms), ms(s.latencyP99Ms)));
    set("speed",
        s.ttftP50Ms < 0 ? QStringLiteral("–")
                        : QStringLiteral("%1 / %2").arg(ms(s.ttftP50Ms), ms(s.ttftP95Ms)));
    set("tps",
        s.tokensPerSecondP50 < 0 ? QStringLiteral("–")
                                 : tr("%1 (slowest 5%: %2 or less)")
                                           .arg(locale.toString(s.tokensPerSecondP50, 'f', 1),
                                                locale.toString(s.tokensPerSecondP5, 'f', 1)));
    set("tokens",
        tr("%1 (in %2, out %3)")
                .arg(locale.toString(s.tokensUsed), locale.toString(s.inputTokens),
                     locale.toString(s.outputTokens)));
    set("cost", costText(s));
    set("budget", budgetText(s));
    set("rate",
        s.rateLimited == 0 && s.waitedMs == 0 ? QStringLiteral("–")
                : s.rateLimited == 0
                ? tr("waited %1 for rate or budget slots").arg(StatusStyle::duration(s.waitedMs))
                : tr("%n answer(s) rate-limited (429), waited %1", "", int(s.rateLimited))
                          .arg(StatusStyle::duration(s.waitedMs)));
    set("cache",
        s.cacheHits == 0 ? QStringLiteral("–")
                         : tr("%n answer(s), %1 tokens and %2 saved", "", s.cacheHits)
                                   .arg(locale.toString(s.cacheSavedTokens),
                                        StatusStyle::cost(s.cacheSavedCost, s.currency)));
    set("memory",
        s.peakMemoryBytes > 0 ? locale.formattedDataSize(s.peakMemoryBytes) : QStringLiteral("–"));
    set("elapsed", ms(s.elapsedMs));
    set("eta", s.finished ? tr("done") : ms(s.etaMs));
}

} // namespace altrunner
