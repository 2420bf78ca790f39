// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlreport.h"

#include "graph/daglayout.h"
#include "htmlwriter.h"
#include "util/costtext.h"
#include "util/durationtext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace altrunner {

namespace {

// Colours as the window draws them (gui/statusstyle.cpp).
const char *const kStyle = R"(
:root{color-scheme:light dark;--fg:#1d2228;--bg:#fff;--muted:#5f6b76;--line:#d5dbe1;--code:#f4f6f8}
@media (prefers-color-scheme:dark){:root{--fg:#e6e9ec;--bg:#16191d;--muted:#9aa5b1;--line:#353b42;--code:#1f2328}}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1200px;padding:16px 24px}
h1{font-size:22px;margin:8px 0}h2{font-size:17px;margin:24px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
.outcome{font-size:16px;font-weight:600;padding:8px 12px;border-radius:6px;border-left:6px solid #9aa3ad;background:var(--code)}
.o-success{border-color:#27ae60}.o-partial_success{border-color:#f2994a}.o-failure{border-color:#eb5757}
dl.figures{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:12px 0}dt{color:var(--muted)}dd{margin:0}
.scroll{overflow:auto;border:1px solid var(--line);border-radius:6px;max-height:640px}
svg text{font:12px system-ui,sans-serif;fill:#fff}svg .label{fill:var(--fg)}svg .edge{stroke:#9aa3ad;fill:none;stroke-width:1.2}
.s-pending{fill:#9aa3ad}.s-running{fill:#2f80ed}.s-retrying{fill:#f2994a}.s-completed{fill:#27ae60}.s-failed{fill:#eb5757}.s-cancelled{fill:#828282}.s-timeout{fill:#c0398b}
.b{display:inline-block;border-radius:10px;padding:0 8px;color:#fff;font-size:12px;background:#9aa3ad}
.b-completed{background:#27ae60}.b-failed{background:#eb5757}.b-cancelled{background:#828282}.b-timeout{background:#c0398b}.b-retrying{background:#f2994a}.b-running{background:#2f80ed}
.c-added{background:#2f80ed}.c-removed{background:#828282}.c-status{background:#eb5757}.c-answer{background:#f2994a}.c-same{background:#9aa3ad}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}th{color:var(--muted);font-weight:600}
td.n{text-align:right;font-variant-numeric:tabular-nums}
pre{background:var(--code);padding:8px;border-radius:4px;white-space:pre-wrap;word-break:break-word;margin:4px 0;max-height:480px;overflow:auto}
.filters{display:flex;gap:8px;align-items:center;margin:8px 0}.filters input{flex:1;padding:4px 8px}
ul.checks{margin:4px 0;padding-left:20px}.pass{color:#27ae60}.fail{color:#eb5757}.warn{color:#c77c2c}
.error{color:#eb5757}.muted{color:var(--muted)}
.d-add{color:#27ae60}.d-del{color:#eb5757}.d-hunk{color:#2f80ed}
tr[hidden]{display:none}
)";

// Filters the task table by text (id, answer, error) and by status or check result. Rows are
// hidden, never rebuilt: the text in them is the escaped text the page was written with.
const char *const kScript = R"(
(function () {
  var q = document.getElementById('filter'), s = document.getElementById('status');
  var shown = document.getElementById('shown');
  if (!q || !s) return;
  function apply() {
    var text = q.value.toLowerCase(), want = s.value, rows = document.querySelectorAll('tr.task'), n = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i], detail = row.nextElementSibling;
      var hay = row.textContent + (detail ? detail.textContent : '');
      var ok = (!want || row.getAttribute('data-status') === want || row.getAttribute('data-checks') === want)
        && (!text || hay.toLowerCase().indexOf(text) >= 0);
      row.hidden = !ok;
      if (detail && detail.classList.contains('detail')) detail.hidden = !ok;
      if (ok) n++;
    }
    shown.textContent = n + ' / ' + rows.length;
  }
  q.addEventListener('input', apply);
  s.addEventListener('change', apply);
  apply();
})();
)";

QString hashOf(const char *text)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(QByteArray(text), QCryptographicHash::Sha256).toBase64());
}

QByteArray page(const QString &title, const QString &body)
{
    HtmlWriter w;
    w.raw(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"));
    // Nothing remote, nothing inline but the page's own style and script (by hash).
    w.raw(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                         "'none'; style-src 'sha256-%1'; script-src 'sha256-%2'; img-src 'none'; "
                         "base-uri 'none'; form-action 'none'\">\n")
                  .arg(hashOf(kStyle), hashOf(kScript)));
    w.raw(QStringLiteral("<meta name=\"referrer\" content=\"no-referrer\">\n"
                         "<meta name=\"viewport\" content=\"width=device-width, "
                         "initial-scale=1\">\n<meta name=\"generator\" content=\"ALT Runner\">\n"));
    w.raw(QStringLiteral("<title>")).text(title).raw(QStringLiteral("</title>\n<style>"));
    w.raw(QLatin1StringView(kStyle));
    w.raw(QStringLiteral("</style></head>\n<body>\n"));
    w.raw(body);
    w.raw(QStringLiteral("\n<script>"));
    w.raw(QLatin1StringView(kScript));
    w.raw(QStringLiteral("</script>\n</body></html>\n"));
    return w.toUtf8();
}

QString answerOf(const QJsonObject &output)
{
    if (output.value(QStringLiteral("text")).isString())
        return output.value(QStringLiteral("text")).toString();
    if (output.value(QStringLiteral("message")).isString())
        return output.value(QStringLiteral("message")).toString();
    if (output.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(output).toJson(QJsonDocument::Indented));
}

QString number(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString statusClass(TaskStatus status)
{
    return statusName(status);
}

// The graph as the window lays it out, each node coloured by its status.
QString graphSvg(const LastReader::PastRun &run)
{
    const DagLayout::Options options;
    const DagLayout::Result layout = DagLayout::compute(run.alt->dependencyLists(), options);
    const QRectF box = layout.bounds.adjusted(-12, -12, 12, 12);
    HtmlWriter w;
    w.raw(QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
                         "aria-label=\"task graph\" width=\"%1\" height=\"%2\" "
                         "viewBox=\"%3 %4 %1 %2\">")
                  .arg(number(box.width(), 0), number(box.height(), 0), number(box.x(), 0),
                       number(box.y(), 0)));
    for (const QList<QPointF> &edge : layout.edges) {
        QStringList points;
        for (const QPointF &p : edge)
            points.append(number(p.x(), 1) + u',' + number(p.y(), 1));
        w.raw(QStringLiteral("<polyline class=\"edge\" points=\"%1\"/>").arg(points.join(u' ')));
    }
    for (qsizetype i = 0; i < layout.positions.size() && i < run.tasks.size(); ++i) {
        const QPointF c = layout.positions.at(i);
        const TaskUpdate &u = run.tasks.at(i);
        const QString &id = run.alt->tasks.at(i).id;
        const QString shown = id.size() > 22 ? id.left(21) + QChar(0x2026) : id;
        w.raw(QStringLiteral("<g><title>"))
                .text(id + QStringLiteral(": ") + statusName(u.status))
                .raw(QStringLiteral("</title><rect class=\"s-%1\" x=\"%2\" y=\"%3\" width=\"%4\" "
                                    "height=\"%5\" rx=\"6\"/><text x=\"%6\" y=\"%7\" "
                                    "text-anchor=\"middle\">")
                             .arg(statusClass(u.status), number(c.x() - options.nodeWidth / 2, 1),
                                  number(c.y() - options.nodeHeight / 2, 1),
                                  number(options.nodeWidth, 0), number(options.nodeHeight, 0),
                                  number(c.x(), 1), number(c.y() + 4, 1)))
                .text(shown)
                .raw(QStringLiteral("</text></g>"));
    }
    w.raw(QStringLiteral("</svg>"));
    return QString::fromUtf8(w.toUtf8());
}

// One bar per task that ran, from its start to its end, in the order they started.
QString timelineSvg(const LastReader::PastRun &run)
{
    QList<int> ran;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (int i = 0; i < run.tasks.size(); ++i) {
        const TaskUpdate &u = run.tasks.at(i);
        if (u.startMs < 0)
            continue;
        ran.append(i);
        first = std::min(first, u.startMs);
        last = std::max(last, std::max(u.endMs, u.startMs));
    }
    if (ran.isEmpty())
        return QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(HtmlWriter::escape(HtmlReport::tr("No task started.")));
    std::stable_sort(ran.begin(), ran.end(), [&](int a, int b) {
        return run.tasks.at(a).startMs < run.tasks.at(b).startMs;
    });
    const double span = std::max<qint64>(last - first, 1);
    constexpr double label = 180, width = 820, row = 18;
    const double height = row * double(ran.size()) + 24;
    HtmlWriter w;
    w.raw(QStringLiteral(
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
                  "aria-label=\"timeline\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\">")
                  .arg(number(label + width + 10, 0), number(height, 0)));
    for (qsizetype k = 0; k < ran.size(); ++k) {
        const TaskUpdate &u = run.tasks.at(ran.at(k));
        const QString &id = run.alt->tasks.at(ran.at(k)).id;
        const double x = label + width * double(u.startMs - first) / span;
        const double w2
                = std::max(2.0, width * double(std::max(u.endMs, u.startMs) - u.startMs) / span);
        const double y = row * double(k) + 2;
        w.raw(QStringLiteral("<text class=\"label\" x=\"0\" y=\"%1\">").arg(number(y + 12, 1)))
                .text(id.size() > 26 ? id.left(25) + QChar(0x2026) : id)
                .raw(QStringLiteral("</text><rect class=\"s-%1\" x=\"%2\" y=\"%3\" width=\"%4\" "
                                    "height=\"%5\" rx=\"2\"><title>")
                             .arg(statusClass(u.status), number(x, 1), number(y, 1), number(w2, 1),
                                  number(row - 4, 0)))
                .text(QStringLiteral("%1: %2, %3")
                              .arg(id, statusName(u.status),
                                   DurationText::seconds(std::max<qint64>(u.endMs - u.startMs, 0))
                                           + QStringLiteral(" s")))
                .raw(QStringLiteral("</title></rect>"));
    }
    w.raw(QStringLiteral("<text class=\"label\" x=\"%1\" y=\"%2\">0 s</text>"
                         "<text class=\"label\" x=\"%3\" y=\"%2\" text-anchor=\"end\">%4 s</text>")
                  .arg(number(label, 0), number(height - 6, 0), number(label + width, 0),
                       DurationText::seconds(qint64(span))));
    w.raw(QStringLiteral("</svg>"));
    return QString::fromUtf8(w.toUtf8());
}

QString checksSummary(const QJsonArray &checks, QString *cls)
{
    int passed = 0, failed = 0;
    for (const QJsonValue &c : checks) {
        if (c[u"pass"].toBool())
            ++passed;
        else if (c[u"severity"].toString() != u"warn")
            ++failed;
    }
    *cls = checks.isEmpty() ? QStringLiteral("none")
            : failed > 0    ? QStringLiteral("checks-failed")
                            : QStringLiteral("checks-passed");
    return checks.isEmpty() ? QString() : QStringLiteral("%1/%2").arg(passed).arg(checks.size());
}

void checksList(HtmlWriter &w, const QJsonArray &checks)
{
    if (checks.isEmpty())
        return;
    w.raw(QStringLiteral("<ul class=\"checks\">"));
    for (const QJsonValue &c : checks) {
        const bool pass = c[u"pass"].toBool();
        const bool warn = c[u"severity"].toString() == u"warn";
        w.raw(QStringLiteral("<li class=\"%1\">")
                      .arg(pass           ? QStringLiteral("pass")
                                   : warn ? QStringLiteral("warn")
                                          : QStringLiteral("fail")));
        w.text((pass           ? QStringLiteral("\u2713 ")
                        : warn ? QStringLiteral("! ")
                               : QStringLiteral("\u2717 "))
               + c[u"type"].toString() + QStringLiteral(": ") + c[u"reason"].toString());
        w.raw(QStringLiteral("</li>"));
    }
    w.raw(QStringLiteral("</ul>"));
}

void statusOptions(HtmlWriter &w, bool withChecks)
{
    w.raw(QStringLiteral("<div class=\"filters\"><input id=\"filter\" type=\"search\" "
                         "placeholder=\""))
            .text(HtmlReport::tr("Filter by id, answer or error"))
            .raw(QStringLiteral("\"><select id=\"status\"><option value=\"\">"))
            .text(HtmlReport::tr("All tasks"))
            .raw(QStringLiteral("</option>"));
    for (int s = 0; s < kTaskStatusCount; ++s) {
        const QString name = statusName(TaskStatus(s));
        w.raw(QStringLiteral("<option value=\"%1\">%1</option>").arg(name));
    }
    if (withChecks)
        w.raw(QStringLiteral("<option value=\"checks-failed\">"))
                .text(HtmlReport::tr("checks failed"))
                .raw(QStringLiteral("</option><option value=\"checks-passed\">"))
                .text(HtmlReport::tr("checks passed"))
                .raw(QStringLiteral("</option>"));
    w.raw(QStringLiteral("</select><span id=\"shown\" class=\"muted\"></span></div>"));
}

} // namespace

namespace {

// How a run ended, in words (the files' enum words never reach a reader).
QString outcomeWords(const QString &status)
{
    if (status == u"success")
        return HtmlReport::tr("succeeded");
    if (status == u"partial_success")
        return HtmlReport::tr("partly succeeded");
    if (status == u"failure")
        return HtmlReport::tr("failed");
    return status;
}

} // namespace

QByteArray HtmlReport::ofRun(const LastReader::PastRun &run)
{
    const QJsonObject &doc = run.document;
    const RunSnapshot &s = run.snapshot;
    const QString title = doc.value(QStringLiteral("alt_file_title")).toString();
    const QString status = doc.value(QStringLiteral("status")).toString();
    HtmlWriter w;
    w.raw(QStringLiteral("<header><h1>"))
            .text(title.isEmpty() ? doc.value(QStringLiteral("alt_file_id")).toString() : title);
    w.raw(QStringLiteral("</h1><p class=\"outcome o-%1\">").arg(HtmlWriter::escape(status)));
    w.text(tr("Outcome: %1. %2 of %3 tasks completed, %4 failed, %5 timed out, %6 cancelled.")
                   .arg(outcomeWords(status))
                   .arg(s.count(TaskStatus::Completed))
                   .arg(s.total)
                   .arg(s.count(TaskStatus::Failed))
                   .arg(s.count(TaskStatus::Timeout))
                   .arg(s.count(TaskStatus::Cancelled)));
    w.raw(QStringLiteral("</p><dl class=\"figures\">"));
    auto figure = [&w](const QString &name, const QString &value) {
        w.element(QStringLiteral("dt"), {}, name).element(QStringLiteral("dd"), {}, value);
    };
    figure(tr("Run"), doc.value(QStringLiteral("execution_id")).toString());
    figure(tr("ALT file"), doc.value(QStringLiteral("alt_file_id")).toString());
    figure(tr("Started"), doc.value(QStringLiteral("created_at")).toString());
    figure(tr("Duration"),
           DurationText::seconds(doc.value(QStringLiteral("execution_time_ms")).toInteger())
                   + QStringLiteral(" s"));
    figure(tr("Tokens"), tr("%1 in, %2 out").arg(s.inputTokens).arg(s.outputTokens));
    figure(tr("Cost"),
           s.pricedTasks > 0 || s.cost > 0 ? CostText::amount(s.cost, s.currency)
                                           : tr("unknown (no prices)"));
    if (s.checkedTasks > 0)
        figure(tr("Checks"),
               tr("%1 passed, %2 failed, %3 warned")
                       .arg(s.checksPassed)
                       .arg(s.checksFailed)
                       .arg(s.checksWarned));
    w.raw(QStringLiteral("</dl></header>\n"));

    const bool drawn = run.tasks.size() <= kMaxDrawnTasks;
    w.raw(QStringLiteral("<section id=\"graph\"><h2>"))
            .text(tr("Graph"))
            .raw(QStringLiteral("</h2>"));
    if (drawn)
        w.raw(QStringLiteral("<div class=\"scroll\">") + graphSvg(run) + QStringLiteral("</div>"));
    else
        w.element(QStringLiteral("p"), QStringLiteral("muted"),
                  tr("%1 tasks: too many to draw here; the table lists every one.")
                          .arg(run.tasks.size()));
    w.raw(QStringLiteral("</section>\n<section id=\"timeline\"><h2>"))
            .text(tr("Timeline"))
            .raw(QStringLiteral("</h2>"));
    if (drawn)
        w.raw(QStringLiteral("<div class=\"scroll\">") + timelineSvg(run)
              + QStringLiteral("</div>"));
    else
        w.element(QStringLiteral("p"), QStringLiteral("muted"),
                  tr("%1 tasks: too many to draw here.").arg(run.tasks.size()));
    w.raw(QStringLiteral("</section>\n<section id=\"tasks\"><h2>"))
            .text(tr("Tasks"))
            .raw(QStringLiteral("</h2>"));
    statusOptions(w, s.checkedTasks > 0);
    w.raw(QStringLiteral("<table id=\"task-table\"><thead><tr>"));
    for (const QString &h :
         {tr("Task"), tr("Status"), tr("Duration"), tr("Tokens"), tr("Cost"), tr("Checks")})
        w.element(QStringLiteral("th"), {}, h);
    w.raw(QStringLiteral("</tr></thead><tbody>\n"));
    for (qsizetype i = 0; i < run.tasks.size() && i < run.alt->tasks.size(); ++i) {
        const TaskUpdate &u = run.tasks.at(i);
        const QString &id = run.alt->tasks.at(i).id;
        QString checksClass;
        const QString checks = checksSummary(u.extra().checks, &checksClass);
        const QJsonValue cost = u.output.value(QStringLiteral("cost"));
        w.raw(QStringLiteral("<tr class=\"task\" data-status=\"%1\" data-checks=\"%2\">")
                      .arg(statusName(u.status), checksClass));
        w.element(QStringLiteral("td"), {}, id);
        w.raw(QStringLiteral("<td><span class=\"b b-%1\">%1</span></td>")
                      .arg(statusName(u.status)));
        w.element(QStringLiteral("td"), QStringLiteral("n"),
                  u.startMs >= 0 && u.endMs >= u.startMs
                          ? DurationText::seconds(u.endMs - u.startMs) + QStringLiteral(" s")
                          : QString());
        w.element(QStringLiteral("td"), QStringLiteral("n"),
                  u.output.contains(QStringLiteral("tokens_used")) ? QString::number(
                          u.output.value(QStringLiteral("tokens_used")).toInteger())
                                                                   : QString());
        w.element(QStringLiteral("td"), QStringLiteral("n"),
                  cost.isDouble() ? number(cost.toDouble(), 6) : QString());
        w.element(QStringLiteral("td"),
                  checksClass == u"checks-failed" ? QStringLiteral("n fail") : QStringLiteral("n"),
                  checks);
        w.raw(QStringLiteral("</tr>\n<tr class=\"detail\"><td colspan=\"6\"><details><summary>"))
                .text(tr("Answer and checks"))
                .raw(QStringLiteral("</summary>"));
        if (!u.error.isEmpty())
            w.element(QStringLiteral("p"), QStringLiteral("error"), u.error);
        const QString answer = answerOf(u.output.object());
        if (!answer.isEmpty())
            w.element(QStringLiteral("pre"), QStringLiteral("answer"), answer);
        else
            w.element(QStringLiteral("p"), QStringLiteral("muted"), tr("No answer."));
        checksList(w, u.extra().checks);
        w.raw(QStringLiteral("</details></td></tr>\n"));
    }
    w.raw(QStringLiteral("</tbody></table></section>"));
    w.raw(QStringLiteral("<footer class=\"muted\"><p>"))
            .text(tr("Written by ALT Runner from the LAST file of run %1. This page loads "
                     "nothing from the network.")
                          .arg(doc.value(QStringLiteral("execution_id")).toString()))
            .raw(QStringLiteral("</p></footer>"));
    return page(tr("ALT Runner report: %1")
                        .arg(title.isEmpty() ? doc.value(QStringLiteral("alt_file_id")).toString()
                                             : title),
                QString::fromUtf8(w.toUtf8()));
}

QByteArray HtmlReport::ofDiff(const LastReader::PastRun &a, const LastReader::PastRun &b,
                              const RunDiff::Result &diff)
{
    HtmlWriter w;
    const QString title = b.document.value(QStringLiteral("alt_file_title")).toString();
    w.raw(QStringLiteral("<header><h1>")).text(tr("Comparing two runs"));
    w.raw(QStringLiteral("</h1><p class=\"outcome\">"));
    w.text(tr("%1 of %2 tasks differ: %3 added, %4 removed, %5 status changed, %6 answer changed.")
                   .arg(diff.differing())
                   .arg(diff.tasks.size())
                   .arg(diff.count(RunDiff::Change::Added))
                   .arg(diff.count(RunDiff::Change::Removed))
                   .arg(diff.count(RunDiff::Change::StatusChanged))
                   .arg(diff.count(RunDiff::Change::AnswerChanged)));
    w.raw(QStringLiteral("</p><dl class=\"figures\">"));
    auto figure = [&w](const QString &name, const QString &value) {
        w.element(QStringLiteral("dt"), {}, name).element(QStringLiteral("dd"), {}, value);
    };
    for (const auto *run : {&a, &b}) {
        const RunSnapshot &s = run->snapshot;
        figure(run == &a ? tr("A") : tr("B"),
               tr("run %1 of %2 (%3), %4; %5 tokens; cost %6")
                       .arg(run->document.value(QStringLiteral("execution_id")).toString(),
                            run->document.value(QStringLiteral("alt_file_id")).toString(),
                            run->document.value(QStringLiteral("created_at")).toString(),
                            outcomeWords(run->document.value(QStringLiteral("status")).toString()))
                       .arg(s.tokensUsed)
                       .arg(CostText::amount(s.cost, s.currency)));
    }
    w.raw(QStringLiteral("</dl></header>\n<section id=\"tasks\"><h2>"))
            .text(title.isEmpty() ? tr("Tasks") : tr("Tasks of %1").arg(title))
            .raw(QStringLiteral("</h2>"));
    w.raw(QStringLiteral(
                  "<div class=\"filters\"><input id=\"filter\" type=\"search\" placeholder=\""))
            .text(tr("Filter by id or answer"))
            .raw(QStringLiteral("\"><select id=\"status\"><option value=\"\">"))
            .text(tr("All tasks"))
            .raw(QStringLiteral("</option><option value=\"differs\">"))
            .text(tr("Only tasks that differ"))
            .raw(QStringLiteral(
                    "</option></select><span id=\"shown\" class=\"muted\"></span></div>"));
    w.raw(QStringLiteral("<table id=\"task-table\"><thead><tr>"));
    for (const QString &h : {tr("Task"), tr("Change"), tr("Status A \u2192 B"), tr("Tokens"),
                             tr("Cost"), tr("Duration"), tr("Checks")})
        w.element(QStringLiteral("th"), {}, h);
    w.raw(QStringLiteral("</tr></thead><tbody>\n"));
    for (const RunDiff::Task &t : diff.tasks) {
        static const char *const classes[]
                = {"c-same", "c-added", "c-removed", "c-status", "c-answer"};
        w.raw(QStringLiteral("<tr class=\"task\" data-status=\"%1\" data-checks=\"\">")
                      .arg(t.differs() ? QStringLiteral("differs") : QStringLiteral("same")));
        w.element(QStringLiteral("td"), {}, t.id);
        w.raw(QStringLiteral("<td><span class=\"b %1\">")
                      .arg(QLatin1StringView(classes[int(t.change)])))
                .text(RunDiff::changeName(t.change))
                .raw(QStringLiteral("</span></td>"));
        auto pair = [](const QString &x, const QString &y) {
            return x == y ? x : x + QStringLiteral(" \u2192 ") + y;
        };
        w.element(QStringLiteral("td"), {},
                  pair(t.a.present ? t.a.status : QStringLiteral("\u2014"),
                       t.b.present ? t.b.status : QStringLiteral("\u2014")));
        w.element(QStringLiteral("td"), QStringLiteral("n"),
                  pair(QString::number(t.a.tokens), QString::number(t.b.tokens)));
        w.element(QStringLiteral("td"), QStringLiteral("n"),
                  pair(t.a.cost ? number(*t.a.cost, 6) : QString(),
                       t.b.cost ? number(*t.b.cost, 6) : QString()));
        w.element(QStringLiteral("td"), QStringLiteral("n"),
                  pair(QString::number(t.a.durationMs) + QStringLiteral(" ms"),
                       QString::number(t.b.durationMs) + QStringLiteral(" ms")));
        w.element(QStringLiteral("td"), QStringLiteral("n"),
                  pair(QStringLiteral("%1/%2").arg(t.a.checksPassed).arg(t.a.checks),
                       QStringLiteral("%1/%2").arg(t.b.checksPassed).arg(t.b.checks)));
        w.raw(QStringLiteral("</tr>\n<tr class=\"detail\"><td colspan=\"7\"><details%1><summary>")
                      .arg(t.answerChanged ? QStringLiteral(" open") : QString()))
                .text(t.answerChanged ? tr("The answer's changes") : tr("The answer"))
                .raw(QStringLiteral("</summary>"));
        if (t.answerChanged) {
            w.raw(QStringLiteral("<pre class=\"diff\">"));
            for (const QString &line : t.diff) {
                const QString cls = line.startsWith(QStringLiteral("@@")) ? QStringLiteral("d-hunk")
                        : line.startsWith(u'+')                           ? QStringLiteral("d-add")
                        : line.startsWith(u'-')                           ? QStringLiteral("d-del")
                                                                          : QString();
                if (cls.isEmpty())
                    w.text(line);
                else
                    w.element(QStringLiteral("span"), cls, line);
                w.raw(QStringLiteral("\n"));
            }
            w.raw(QStringLiteral("</pre>"));
        } else {
            const QString answer = t.b.present ? t.b.answer : t.a.answer;
            w.element(QStringLiteral("pre"), QStringLiteral("answer"), answer);
        }
        for (const auto *side : {&t.a, &t.b})
            if (!side->error.isEmpty())
                w.element(QStringLiteral("p"), QStringLiteral("error"),
                          (side == &t.a ? QStringLiteral("A: ") : QStringLiteral("B: "))
                                  + side->error);
        w.raw(QStringLiteral("</details></td></tr>\n"));
    }
    w.raw(QStringLiteral("</tbody></table></section>"));
    w.raw(QStringLiteral("<footer class=\"muted\"><p>"))
            .text(tr("Written by ALT Runner. This page loads nothing from the network."))
            .raw(QStringLiteral("</p></footer>"));
    return page(tr("ALT Runner: comparing two runs"), QString::fromUtf8(w.toUtf8()));
}

} // namespace altrunner
