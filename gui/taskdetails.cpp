// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskdetails.h"

#include "last/rundiff.h"

#include "util/costtext.h"

#include "util/durationtext.h"

#include "run/requestpreview.h"
#include "rundocument.h"
#include "statusstyle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QScrollBar>

namespace altrunner {

TaskDetails::TaskDetails(RunDocument *document, QWidget *parent)
    : QTextBrowser(parent)
    , m_document(document)
{
    setOpenLinks(false);
    connect(document, &RunDocument::reset, this, [this] { showTask(-1); });
    connect(document, &RunDocument::tasksChanged, this, [this](const QList<int> &indices) {
        if (indices.contains(m_task))
            refresh();
    });
    showTask(-1);
}

QString TaskDetails::spendLine(const QJsonObject &output)
{
    const QJsonObject usage = output.value(QStringLiteral("usage")).toObject();
    const QJsonValue cost = output.value(QStringLiteral("cost"));
    return tr("%1 tokens (in %2, out %3%4), cost %5, model %6, provider %7")
            .arg(QLocale().toString(output.value(QStringLiteral("tokens_used")).toInteger()),
                 QLocale().toString(usage.value(QStringLiteral("input_tokens")).toInteger()),
                 QLocale().toString(usage.value(QStringLiteral("output_tokens")).toInteger()))
            .arg(usage.value(QStringLiteral("estimated")).toBool() ? tr(", estimated") : QString())
            .arg(cost.isDouble() ? StatusStyle::cost(cost.toDouble()) : tr("unknown"),
                 output.value(QStringLiteral("model")).toString().toHtmlEscaped(),
                 output.value(QStringLiteral("provider")).toString().toHtmlEscaped());
}

QString TaskDetails::promptAsSent(int index) const
{
    // The request a run builds, from the answers of the tasks it names (as the engine fills
    // them); empty while one of them has no answer.
    const AltFile &alt = *m_document->altFile();
    const AltTask &task = alt.tasks.at(index);
    if (task.promptSlots.isEmpty())
        return task.prompt;
    const EngineConfig config;
    RequestPreview preview(alt, config, RunOptions());
    for (const PromptSlot &slot : task.promptSlots) {
        if (slot.source < 0 || slot.source >= m_document->taskCount())
            continue;
        const TaskUpdate &d = m_document->task(slot.source);
        if (d.status != TaskStatus::Completed)
            return {};
        preview.know(slot.source, d.output.object());
    }
    const auto request = preview.request(index);
    return request ? request->prompt : QString();
}

QString TaskDetails::answerText() const
{
    if (m_task < 0 || m_task >= m_document->taskCount())
        return {};
    const TaskUpdate &t = m_document->task(m_task);
    if (t.output.isEmpty())
        return t.extra().streamedText;
    const QString text = t.output.value(QStringLiteral("text"))
                                 .toString(t.output.value(QStringLiteral("message")).toString());
    return text.isEmpty() ? QString::fromUtf8(QJsonDocument(t.output.object()).toJson()) : text;
}

QString TaskDetails::promptText() const
{
    if (m_task < 0 || m_task >= m_document->taskCount())
        return {};
    const QString sent = promptAsSent(m_task);
    return sent.isEmpty() ? m_document->altFile()->tasks.at(m_task).prompt : sent;
}

void TaskDetails::showTask(int index)
{
    m_task = index;
    refresh();
}

void TaskDetails::refresh()
{
    if (m_task < 0 || m_task >= m_document->taskCount()) {
        setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                        .arg(tr("Select a task in the graph, the timeline or the task list.")));
        return;
    }
    const AltTask &task = m_document->altFile()->tasks.at(m_task);
    const TaskUpdate &t = m_document->task(m_task);
    QString html;
    auto row = [&html](const QString &k, const QString &v) {
        html += QStringLiteral(
                        "<tr><td style='color:gray; padding-right:8px'>%1</td><td>%2</td></tr>")
                        .arg(k, v);
    };
    html += QStringLiteral("<h3>%1 <span style='color:%2'>●</span> %3</h3>")
                    .arg(task.id.toHtmlEscaped(), StatusStyle::taskFill(t).name(),
                         StatusStyle::label(t.status));
    if (t.fromCache())
        html += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                        .arg(StatusStyle::cached().name(),
                             tr("Answered from the result cache: the same request was answered "
                                "before, so nothing was sent."));
    if (t.aiFallback)
        html += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                        .arg(StatusStyle::fallbackMark().name(),
                             tr("Answered by the simulated provider after the AI service failed "
                                "(AI_FALLBACK_TO_MOCK)."));
    if (!t.extra().fallbacks.isEmpty()) {
        // The models it left behind, and why (docs/outputs.md "Models, aliases and fallbacks").
        html += QStringLiteral("<p style='color:%1'><b>%2</b></p><ul>")
                        .arg(StatusStyle::fallbackMark().name(),
                             tr("Answered by a fallback model: %1")
                                     .arg(StatusStyle::modelChain(t).toHtmlEscaped()));
        for (const QJsonValue &left : t.extra().fallbacks)
            html += QStringLiteral("<li>%1</li>")
                            .arg(tr("left '%1': %2")
                                         .arg(left[u"model"].toString(), left[u"reason"].toString())
                                         .toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!t.extra().checks.isEmpty()) {
        // Its checks, each with why (docs/outputs.md "Checks on answers").
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Checks"));
        const QStringList lines = StatusStyle::checkLines(t.extra().checks);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonValue c = t.extra().checks.at(i);
            const bool pass = c[u"pass"].toBool();
            const bool warn = c[u"severity"].toString() == u"warn";
            html += QStringLiteral("<li style='color:%1'>%2</li>")
                            .arg(pass           ? StatusStyle::fill(TaskStatus::Completed).name()
                                         : warn ? StatusStyle::fill(TaskStatus::Retrying).name()
                                                : StatusStyle::fill(TaskStatus::Failed).name(),
                                 lines.at(i).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    } else if (const TaskChecks *checks = m_document->altFile()->checksOf(task);
               checks && (t.status == TaskStatus::Completed || t.status == TaskStatus::Running)) {
        html += QStringLiteral("<p style='color:gray'>%1</p>")
                        .arg(tr("%n check(s) run when the answer is in.", nullptr,
                                int(checks->checks.size())));
    }
    // Approval gates (docs/approvals.md): the decision, and an edited answer as a diff.
    const QJsonObject edit = !t.extra().edited.isEmpty()                       ? t.extra().edited
            : t.extra().approval.value(QStringLiteral("edited")).toBool(false) ? t.extra().approval
                                                                               : QJsonObject();
    if (!t.extra().approval.isEmpty()) {
        const bool approved
                = t.extra().approval.value(QStringLiteral("decision")).toString() == u"approved";
        const QString note = t.extra().approval.value(QStringLiteral("note")).toString();
        html += QStringLiteral("<p style='color:%1'>%2</p>")
                        .arg(StatusStyle::fill(approved ? TaskStatus::Completed
                                                        : TaskStatus::Failed)
                                     .name(),
                             (approved ? tr("Approved by %1 at %2.") : tr("Rejected by %1 at %2."))
                                             .arg(t.extra()
                                                          .approval.value(QStringLiteral("by"))
                                                          .toString(),
                                                  t.extra()
                                                          .approval.value(QStringLiteral("at"))
                                                          .toString())
                                             .toHtmlEscaped()
                                     + (note.isEmpty()
                                                ? QString()
                                                : QStringLiteral(" ") + note.toHtmlEscaped()));
    }
    if (edit.contains(QStringLiteral("original"))) {
        html += QStringLiteral("<h4>%1</h4><pre style='white-space:pre-wrap'>")
                        .arg(tr("Edited by %1 (before and after)")
                                     .arg(edit.value(QStringLiteral("by")).toString())
                                     .toHtmlEscaped());
        for (const QString &line :
             RunDiff::unifiedDiff(edit.value(QStringLiteral("original")).toString(),
                                  t.output.value(QStringLiteral("text")).toString())) {
            const QString colour = line.startsWith(u'+')
                    ? StatusStyle::fill(TaskStatus::Completed).name()
                    : line.startsWith(u'-') ? StatusStyle::fill(TaskStatus::Failed).name()
                                            : QString();
            html += colour.isEmpty() ? line.toHtmlEscaped()
                                     : QStringLiteral("<span style='color:%1'>%2</span>")
                                               .arg(colour, line.toHtmlEscaped());
            html += u'\n';
        }
        html += QStringLiteral("</pre>");
    }
    if (t.output.value(QStringLiteral("simulated")).toBool() && !t.aiFallback)
        html += QStringLiteral("<p style='color:gray'>%1</p>")
                        .arg(tr("Simulated answer (mock provider)."));
    const bool going = t.status == TaskStatus::Running || t.status == TaskStatus::Retrying;
    if (t.output.isEmpty() && !t.extra().streamedText.isEmpty() && going) {
        // The answer as far as it has come, first: it grows with each batch while it streams.
        html += QStringLiteral("<h4>%1</h4><pre style='white-space:pre-wrap'>%2<span "
                               "style='color:%3'>▍</span></pre>")
                        .arg(tr("Answer (arriving)"), t.extra().streamedText.toHtmlEscaped(),
                             StatusStyle::fill(TaskStatus::Running).name());
    } else if (t.output.isEmpty() && !t.extra().streamedText.isEmpty()) {
        // Cut off (cancelled, timed out, failed): what had come, said as such.
        html += QStringLiteral("<h4>%1</h4><pre style='white-space:pre-wrap'>%2</pre>")
                        .arg(tr("Answer as far as it came (task %1)")
                                     .arg(StatusStyle::label(t.status)),
                             t.extra().streamedText.toHtmlEscaped());
    }
    html += QStringLiteral("<table>");
    if (task.description != task.id)
        row(tr("Description"), task.description.toHtmlEscaped());
    row(tr("Kind"),
        task.kind == TaskKind::Ai                 ? tr("AI prompt")
                : task.kind == TaskKind::Approval ? tr("approval: a person decides")
                                                  : tr("no-op"));
    QStringList deps;
    for (int d : task.dependencies)
        deps.append(m_document->altFile()->tasks.at(d).id.toHtmlEscaped());
    row(tr("Depends on"), deps.isEmpty() ? tr("nothing") : deps.join(QStringLiteral(", ")));
    if (t.startMs >= 0) {
        row(tr("Started"), StatusStyle::localTime(t.startMs));
        if (t.endMs >= 0)
            row(tr("Took"), StatusStyle::duration(t.endMs - t.startMs));
    }
    if (m_document->isCritical(m_task))
        row(tr("Critical path"), tr("yes"));
    if (const OutputSchema *schema = m_document->altFile()->schemaOf(m_task))
        row(tr("Output schema"),
            t.output.contains(QStringLiteral("json"))
                    ? tr("the answer matches it (checked here)")
                    : (schema->isStrict() ? tr("sent as a strict JSON Schema")
                                          : tr("sent in the instructions")));
    if (const QString alias = t.output.value(QStringLiteral("model_alias")).toString();
        !alias.isEmpty())
        row(tr("Model"),
            tr("%1 (alias '%2')")
                    .arg(t.output.value(QStringLiteral("model")).toString(), alias)
                    .toHtmlEscaped());
    html += QStringLiteral("</table>");
    if (!t.error.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p style='color:%2'>%3</p>")
                        .arg(tr("Error"), StatusStyle::fill(TaskStatus::Failed).name(),
                             t.error.toHtmlEscaped());
    const QString text = t.output.value(QStringLiteral("text"))
                                 .toString(t.output.value(QStringLiteral("message")).toString());
    if (t.output.value(QStringLiteral("truncated")).toBool())
        html += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                        .arg(StatusStyle::fallbackMark().name(),
                             tr("The answer was cut short: the model stopped at max_tokens. Raise "
                                "the task's max_tokens (or AI_MAX_TOKENS) to get all of it."));
    if (!t.output.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><pre style='white-space:pre-wrap'>%2</pre>")
                        .arg(tr("Output"),
                             (text.isEmpty()
                                      ? QString::fromUtf8(QJsonDocument(t.output.object()).toJson())
                                      : text)
                                     .toHtmlEscaped());
        if (t.output.contains(QStringLiteral("tokens_used")))
            html += QStringLiteral("<p style='color:gray'>%1</p>")
                            .arg(spendLine(t.output.object()));
        if (const QJsonValue ttft = t.output.value(QStringLiteral("ttft_ms")); ttft.isDouble()) {
            const QJsonValue tps = t.output.value(QStringLiteral("tokens_per_second"));
            html += QStringLiteral("<p style='color:gray'>%1</p>")
                            .arg(tps.isDouble()
                                         ? tr("First token after %1, then %2 tokens/s")
                                                   .arg(StatusStyle::duration(ttft.toInteger()))
                                                   .arg(QLocale().toString(tps.toDouble(), 'f', 1))
                                         : tr("First token after %1")
                                                   .arg(StatusStyle::duration(ttft.toInteger())));
        }
    }
    if (!t.attempts.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Attempts"));
        for (qsizetype a = 0; a < t.attempts.size(); ++a) {
            const AttemptRecord &r = t.attempts.at(a);
            if (r.waitMs > 0)
                html += QStringLiteral(
                                "<tr><td></td><td colspan='3' style='color:gray'>%1</td></tr>")
                                .arg(tr("waited %1 for a rate-limit or budget slot")
                                             .arg(StatusStyle::duration(r.waitMs)));
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                            .arg(a + 1)
                            .arg(r.endMs > 0 ? StatusStyle::label(r.outcome) : tr("running"))
                            .arg(r.endMs > 0 ? StatusStyle::duration(r.endMs - r.startMs)
                                             : QString())
                            .arg(r.error.toHtmlEscaped());
            if (const QString alias = r.detail.value(QStringLiteral("model")).toString();
                !alias.isEmpty())
                html += QStringLiteral(
                                "<tr><td></td><td colspan='3' style='color:gray'>%1</td></tr>")
                                .arg(tr("asked '%1'").arg(alias).toHtmlEscaped());
            // What did not match the schema, each with its place in the answer.
            for (const QJsonValue &e : r.detail.value(QStringLiteral("errors")).toArray())
                html += QStringLiteral("<tr><td></td><td colspan='3' style='color:%1'>"
                                       "<code>%2</code> %3</td></tr>")
                                .arg(StatusStyle::fill(TaskStatus::Failed).name(),
                                     (e[u"pointer"].toString().isEmpty() ? QStringLiteral("/")
                                                                         : e[u"pointer"].toString())
                                             .toHtmlEscaped(),
                                     e[u"message"].toString().toHtmlEscaped());
            if (a < t.extra().retryDelaysMs.size())
                html += QStringLiteral(
                                "<tr><td></td><td colspan='3' style='color:gray'>%1</td></tr>")
                                .arg(tr("waited %1 before retrying")
                                             .arg(StatusStyle::duration(
                                                     t.extra().retryDelaysMs.at(a))));
        }
        html += QStringLiteral("</table>");
    }
    if (task.kind == TaskKind::Ai && !task.prompt.isEmpty()) {
        const QString sent = promptAsSent(m_task);
        html += QStringLiteral("<h4>%1</h4><pre style='white-space:pre-wrap; color:gray'>%2</pre>")
                        .arg(sent.isEmpty() ? tr("Prompt (its placeholders fill in once the tasks "
                                                 "they name have answered)")
                                            : tr("Prompt as sent"),
                             (sent.isEmpty() ? task.prompt : sent).toHtmlEscaped());
    }
    // Keep the reader's place: at the bottom it follows a growing answer, elsewhere it stays.
    QScrollBar *bar = verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 4;
    const int position = bar->value();
    const bool sameTask = m_shown == m_task;
    setHtml(html);
    m_shown = m_task;
    if (sameTask)
        bar->setValue(atBottom && t.output.isEmpty() && !t.extra().streamedText.isEmpty()
                              ? bar->maximum()
                              : position);
}

} // namespace altrunner
