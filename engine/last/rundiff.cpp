// SPDX-License-Identifier: GPL-3.0-or-later
#include "rundiff.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <dtl/dtl.hpp>

#include <string>
#include <vector>

namespace altrunner {

namespace {

RunDiff::Side sideOf(const QJsonObject &r)
{
    RunDiff::Side s;
    s.present = true;
    s.status = r.value(QStringLiteral("status")).toString();
    const QJsonObject output = r.value(QStringLiteral("output")).toObject();
    if (output.value(QStringLiteral("text")).isString())
        s.answer = output.value(QStringLiteral("text")).toString();
    else if (output.value(QStringLiteral("message")).isString())
        s.answer = output.value(QStringLiteral("message")).toString();
    else if (!output.isEmpty())
        s.answer = QString::fromUtf8(QJsonDocument(output).toJson(QJsonDocument::Indented));
    s.tokens = output.value(QStringLiteral("tokens_used")).toInteger();
    if (output.value(QStringLiteral("cost")).isDouble())
        s.cost = output.value(QStringLiteral("cost")).toDouble();
    s.durationMs = r.value(QStringLiteral("duration_ms")).toInteger();
    s.error = r.value(QStringLiteral("error")).toString();
    const QJsonArray checks = r.value(QStringLiteral("metadata"))[u"checks"].toArray();
    s.checks = int(checks.size());
    for (const QJsonValue &c : checks)
        s.checksPassed += c[u"pass"].toBool();
    return s;
}

// Task ids in the order the run wrote them: task_results is an object, so its order is the
// LAST file's own (QJsonObject sorts keys); the ALT file's order is not in it. Sorted ids keep
// the output stable.
QStringList idsOf(const QJsonObject &results)
{
    return results.keys();
}

QString money(const std::optional<double> &cost)
{
    return cost ? QString::number(*cost, 'f', 6) : QStringLiteral("unknown");
}

QJsonObject sideJson(const RunDiff::Side &s)
{
    return {{QStringLiteral("status"), s.status},
            {QStringLiteral("answer"), s.answer},
            {QStringLiteral("tokens"), s.tokens},
            {QStringLiteral("cost"), s.cost ? QJsonValue(*s.cost) : QJsonValue()},
            {QStringLiteral("duration_ms"), s.durationMs},
            {QStringLiteral("checks"),
             QJsonObject {{QStringLiteral("passed"), s.checksPassed},
                          {QStringLiteral("total"), s.checks}}},
            {QStringLiteral("error"), s.error.isEmpty() ? QJsonValue() : QJsonValue(s.error)}};
}

} // namespace

int RunDiff::Result::count(Change change) const
{
    int n = 0;
    for (const Task &t : tasks)
        n += t.change == change;
    return n;
}

int RunDiff::Result::differing() const
{
    return int(tasks.size()) - count(Change::Same);
}

QString RunDiff::changeName(Change change)
{
    switch (change) {
    case Change::Same:
        return QStringLiteral("same");
    case Change::Added:
        return QStringLiteral("added");
    case Change::Removed:
        return QStringLiteral("removed");
    case Change::StatusChanged:
        return QStringLiteral("status changed");
    case Change::AnswerChanged:
        return QStringLiteral("answer changed");
    }
    return {};
}

std::optional<RunDiff::Result> RunDiff::compare(const QJsonObject &a, const QJsonObject &b,
                                                QString *error)
{
    for (const QJsonObject *doc : {&a, &b}) {
        if (!doc->value(QStringLiteral("task_results")).isObject()
            || !doc->value(QStringLiteral("execution_id")).isString()) {
            *error = tr("%1 is not a LAST file (no execution_id and task_results)")
                             .arg(doc == &a ? QStringLiteral("A") : QStringLiteral("B"));
            return std::nullopt;
        }
    }
    Result result;
    result.executionA = a.value(QStringLiteral("execution_id")).toString();
    result.executionB = b.value(QStringLiteral("execution_id")).toString();
    result.altA = a.value(QStringLiteral("alt_file_id")).toString();
    result.altB = b.value(QStringLiteral("alt_file_id")).toString();
    const QJsonObject ra = a.value(QStringLiteral("task_results")).toObject();
    const QJsonObject rb = b.value(QStringLiteral("task_results")).toObject();
    QStringList ids = idsOf(ra);
    for (const QString &id : idsOf(rb))
        if (!ra.contains(id))
            ids.append(id);
    for (const QString &id : std::as_const(ids)) {
        Task t;
        t.id = id;
        if (ra.contains(id))
            t.a = sideOf(ra.value(id).toObject());
        if (rb.contains(id))
            t.b = sideOf(rb.value(id).toObject());
        if (!t.a.present)
            t.change = Change::Added;
        else if (!t.b.present)
            t.change = Change::Removed;
        t.answerChanged = t.a.present && t.b.present && t.a.answer != t.b.answer;
        if (t.a.present && t.b.present) {
            if (t.a.status != t.b.status)
                t.change = Change::StatusChanged;
            else if (t.answerChanged)
                t.change = Change::AnswerChanged;
        }
        if (t.answerChanged)
            t.diff = unifiedDiff(t.a.answer, t.b.answer);
        result.tasks.append(std::move(t));
    }
    return result;
}

QStringList RunDiff::unifiedDiff(const QString &a, const QString &b, int context)
{
    if (a == b)
        return {};
    const QStringList la = a.split(u'\n');
    const QStringList lb = b.split(u'\n');
    if (la.size() > kMaxDiffLines || lb.size() > kMaxDiffLines)
        return {tr("(the answers differ; %1 and %2 lines are too many to compare line by line)")
                        .arg(la.size())
                        .arg(lb.size())};
    std::vector<std::string> va, vb;
    va.reserve(size_t(la.size()));
    vb.reserve(size_t(lb.size()));
    for (const QString &l : la)
        va.push_back(l.toStdString());
    for (const QString &l : lb)
        vb.push_back(l.toStdString());
    dtl::Diff<std::string, std::vector<std::string>> diff(va, vb);
    diff.onHuge();
    diff.compose();
    diff.composeUnifiedHunks();
    Q_UNUSED(context) // dtl's hunks carry its own context of 3 lines, as `diff -u`
    QStringList out;
    for (const auto &hunk : diff.getUniHunks()) {
        out.append(QStringLiteral("@@ -%1,%2 +%3,%4 @@")
                           .arg(hunk.a)
                           .arg(hunk.b)
                           .arg(hunk.c)
                           .arg(hunk.d));
        auto lines = [&out](const auto &elements) {
            for (const auto &e : elements) {
                const QChar mark = e.second.type == dtl::SES_ADD ? u'+'
                        : e.second.type == dtl::SES_DELETE       ? u'-'
                                                                 : u' ';
                out.append(mark + QString::fromStdString(e.first));
            }
        };
        lines(hunk.common[0]);
        lines(hunk.change);
        lines(hunk.common[1]);
    }
    return out;
}

QString RunDiff::text(const Result &r)
{
    QString out;
    out += tr("A: run %1 of %2\nB: run %3 of %4\n").arg(r.executionA, r.altA, r.executionB, r.altB);
    for (const Task &t : r.tasks) {
        QStringList figures;
        if (t.a.present && t.b.present) {
            if (t.a.tokens != t.b.tokens)
                figures.append(tr("tokens %1 -> %2").arg(t.a.tokens).arg(t.b.tokens));
            if (t.a.cost != t.b.cost)
                figures.append(tr("cost %1 -> %2").arg(money(t.a.cost), money(t.b.cost)));
            if (t.a.durationMs != t.b.durationMs)
                figures.append(
                        tr("duration %1 ms -> %2 ms").arg(t.a.durationMs).arg(t.b.durationMs));
            if (t.a.checks != t.b.checks || t.a.checksPassed != t.b.checksPassed)
                figures.append(tr("checks %1/%2 -> %3/%4 passed")
                                       .arg(t.a.checksPassed)
                                       .arg(t.a.checks)
                                       .arg(t.b.checksPassed)
                                       .arg(t.b.checks));
        }
        if (!t.differs() && figures.isEmpty())
            continue;
        QString head = t.id + QStringLiteral(": ") + changeName(t.change);
        if (t.change == Change::StatusChanged)
            head += QStringLiteral(" (%1 -> %2)").arg(t.a.status, t.b.status);
        else if (t.change == Change::Added)
            head += QStringLiteral(" (%1)").arg(t.b.status);
        else if (t.change == Change::Removed)
            head += QStringLiteral(" (was %1)").arg(t.a.status);
        if (t.change == Change::StatusChanged && t.answerChanged)
            head += tr(", answer changed");
        if (!figures.isEmpty())
            head += QStringLiteral("; ") + figures.join(QStringLiteral(", "));
        out += head + u'\n';
        for (const QString &line : t.diff)
            out += QStringLiteral("    ") + line + u'\n';
    }
    out += tr("%1 tasks: %2 the same, %3 added, %4 removed, %5 status changed, %6 answer changed\n")
                   .arg(r.tasks.size())
                   .arg(r.count(Change::Same))
                   .arg(r.count(Change::Added))
                   .arg(r.count(Change::Removed))
                   .arg(r.count(Change::StatusChanged))
                   .arg(r.count(Change::AnswerChanged));
    return out;
}

QJsonObject RunDiff::json(const Result &r)
{
    QJsonArray tasks;
    for (const Task &t : r.tasks) {
        QJsonObject o {{QStringLiteral("task_id"), t.id},
                       {QStringLiteral("change"), changeName(t.change)},
                       {QStringLiteral("differs"), t.differs()},
                       {QStringLiteral("answer_changed"), t.answerChanged}};
        o.insert(QStringLiteral("a"), t.a.present ? QJsonValue(sideJson(t.a)) : QJsonValue());
        o.insert(QStringLiteral("b"), t.b.present ? QJsonValue(sideJson(t.b)) : QJsonValue());
        if (!t.diff.isEmpty())
            o.insert(QStringLiteral("diff"), QJsonArray::fromStringList(t.diff));
        tasks.append(o);
    }
    return {{QStringLiteral("a"),
             QJsonObject {{QStringLiteral("execution_id"), r.executionA},
                          {QStringLiteral("alt_file_id"), r.altA}}},
            {QStringLiteral("b"),
             QJsonObject {{QStringLiteral("execution_id"), r.executionB},
                          {QStringLiteral("alt_file_id"), r.altB}}},
            {QStringLiteral("tasks"), tasks},
            {QStringLiteral("totals"),
             QJsonObject {{QStringLiteral("tasks"), r.tasks.size()},
                          {QStringLiteral("same"), r.count(Change::Same)},
                          {QStringLiteral("added"), r.count(Change::Added)},
                          {QStringLiteral("removed"), r.count(Change::Removed)},
                          {QStringLiteral("status_changed"), r.count(Change::StatusChanged)},
                          {QStringLiteral("answer_changed"), r.count(Change::AnswerChanged)},
                          {QStringLiteral("differing"), r.differing()}}}};
}

} // namespace altrunner
