// SPDX-License-Identifier: GPL-3.0-or-later
#include "validator.h"

#include "checks/checkparser.h"
#include "graph/cycles.h"
#include "jsonlocator.h"
#include "parameterpool.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace altrunner {

namespace {

constexpr double kMaxTimeoutSeconds = 86400;
constexpr int kMaxRetryCount = 20;
constexpr double kMaxApprovalSeconds = 365.0 * 24 * 3600; // a gate may wait for days
constexpr int kMaxRepairAttempts = 5;
constexpr double kMaxDurationMs = 86400.0 * 1000;

QString shown(const QJsonValue &v)
{
    if (v.isString()) {
        QString s = v.toString();
        if (s.size() > 60)
            s = s.left(57) + QStringLiteral("...");
        return u'\'' + s + u'\'';
    }
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return typeName(v);
}

bool isIsoDateTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
            R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)"
            R"((?:[Zz]|[+-](\d{2}):?(\d{2}))?$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return false;
    if (m.captured(4).toInt() > 23 || m.captured(5).toInt() > 59)
        return false;
    if (!m.captured(6).isEmpty() && m.captured(6).toInt() > 60) // 60: a leap second
        return false;
    if (!m.captured(7).isEmpty() && (m.captured(7).toInt() > 23 || m.captured(8).toInt() > 59))
        return false;
    return true;
}

bool isInteger(double d)
{
    return std::isfinite(d) && std::floor(d) == d;
}

// Collects diagnostics with their anchors; one per validation, not shared.
class Reporter
{
public:
    Validator::Result &result;

    void error(const QString &pointer, const QString &message,
               const std::optional<QString> &anchor = std::nullopt)
    {
        add(Diagnostic::Severity::Error, pointer, message, anchor);
    }
    void warning(const QString &pointer, const QString &message,
                 const std::optional<QString> &anchor = std::nullopt)
    {
        add(Diagnostic::Severity::Warning, pointer, message, anchor);
    }

private:
    void add(Diagnostic::Severity severity, const QString &pointer, const QString &message,
             const std::optional<QString> &anchor)
    {
        Diagnostic d;
        d.severity = severity;
        d.pointer = pointer;
        d.message = message;
        result.diagnostics.append(d);
        result.anchors.append(anchor.value_or(pointer));
    }
};

QString member(const QString &objectPointer, const QString &key)
{
    return objectPointer + u'/' + JsonLocator::escapePointerToken(key);
}

// One validation of one document, in phases that share what earlier ones learned: the header,
// each task on its own, the dependencies once every id is known, cycles, placeholders.
class Pass
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::Validator)

public:
    Pass(Validator::Result &result, int maxTasks)
        : report {result}
        , alt(result.file)
        , m_maxTasks(maxTasks)
    {
    }

    void header(const QJsonObject &root);
    // False when the tasks cannot be read at all (later phases have nothing to check).
    bool tasks(const QJsonObject &root, const Validator::TaskChunks *chunks);
    void dependencies();
    void cycles();
    void placeholders();
    void gates(); // after cycles: `editable` names an upstream task

private:
    // Whether `{{name}}` may name `path` in task `target`'s answer; reports why not.
    bool fieldOfAnswer(int task, int target, const QString &name, const QStringList &path,
                       const QString &pointer);
    void task(int i, const QJsonValue &tv);
    // Its approval gate, if it is one (docs/approvals.md): `editable` is resolved by gates().
    void gate(int i, AltTask &task, const QJsonObject &t);
    // Checks the `{{name}}` placeholders of `text` (task `i`'s prompt or question): each names
    // an upstream task; `foundSlots` gets one per placeholder.
    void placeholdersIn(int i, const QString &text, const QString &pointer,
                        QList<PromptSlot> &foundSlots);
    struct EditableName
    {
        int task = 0;
        QString name;
    };
    QList<EditableName> editableNames;
    // The task ids upstream of `i` (its dependencies and theirs).
    QSet<int> upstreamOf(int i) const;
    // Which object a field belongs to: the document (task -1) or a task. Its pointer and the
    // words that name it in messages are made only when there is something to report.
    struct Where
    {
        int task = -1;
    };
    QString pointerOf(Where w) const
    {
        return w.task < 0 ? QString() : QStringLiteral("/tasks/%1").arg(w.task);
    }
    QString contextOf(Where w) const { return w.task < 0 ? QString() : taskLabel(w.task); }
    // A required, non-empty string member; `trimmed` says whether blanks alone count as empty.
    QString requiredString(const QJsonObject &obj, Where where, const QString &key, bool trimmed);
    std::optional<QString> optionalString(const QJsonObject &obj, Where where, const QString &key);
    std::optional<Priority> priorityField(const QJsonObject &obj, Where where);
    QString taskLabel(int i) const
    {
        const QString &id = alt.tasks.at(i).id;
        return id.isEmpty() ? numberedTask.arg(i + 1) : namedTask.arg(id);
    }

    Reporter report;
    AltFile &alt;
    int m_maxTasks;
    qsizetype n = 0;
    QList<bool> isObject;
    QHash<QString, int> indexById;
    // Every task's dependencies as listed, in file order: resolved on reading when they name a
    // task already read (almost always, and then no copy of the name is kept), else by name once
    // every id is known. One flat list, not one per task: a 100,000-task file lists 150,000.
    struct ListedDependency
    {
        int index = -1; // the task it names; -1 while unresolved
        int entry = 0; // its place in the task's list, for the diagnostic's pointer
        QString name; // only while unresolved
    };
    QList<ListedDependency> listedDeps;
    QList<int> listedFrom; // task i's are listedDeps[listedFrom[i], listedFrom[i + 1])
    ParameterPool parameterPool;
    // Output schemas already compiled, by their canonical text: a schema written inline in
    // 10,000 tasks is compiled and kept once.
    QHash<QByteArray, int> schemaByText;
    // Compiles `schema` (or finds it compiled); -1 after reporting why it cannot be used.
    int addSchema(const QJsonObject &schema, const QString &pointer, const QString &context);
    void outputSchema(AltTask &task, const QJsonValue &value, const std::function<QString()> &at,
                      const std::function<QString()> &context);
    // The task's checks (docs/outputs.md "Checks on answers"), read only when it has some.
    void checks(AltTask &task, const QJsonObject &t, const QString &pointer,
                const QString &context);
    std::unique_ptr<CheckParser> checkParser; // made for the first task with checks
    QString m_checkPointer; // the task being read, for what the schema resolver reports
    QString m_checkContext;

    // Translated once, not once per task.
    const QString numberedTask = tr("task #%1: ");
    const QString namedTask = tr("task '%1': ");
    const QString millisecondsRange = tr("a number of milliseconds from 0 to 86400000");
    const QString temperatureRange = tr("a number from 0 to 2");
    const QString topPRange = tr("a number from 0 to 1");
    const QString positiveInteger = tr("a positive integer");
    const QString failAttemptsRange = tr("an integer from 0 to 1000");
};

QString Pass::requiredString(const QJsonObject &obj, Where where, const QString &key, bool trimmed)
{
    const auto objPointer = [&] {
        return pointerOf(where);
    };
    const auto context = [&] {
        return contextOf(where);
    };
    // Diagnostics' texts and pointers are built only when there is something to report: this
    // runs for every task of files with a million of them.
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        report.error(member(objPointer(), key),
                     context() + tr("missing required field '%1'").arg(key), objPointer());
        return {};
    }
    if (!v.isString()) {
        report.error(member(objPointer(), key),
                     context() + tr("'%1' must be a string, not %2").arg(key, typeName(v)));
        return {};
    }
    const QString s = v.toString();
    if ((trimmed ? s.trimmed() : s).isEmpty()) {
        report.error(member(objPointer(), key), context() + tr("'%1' must not be empty").arg(key));
        return {};
    }
    return s;
}

std::optional<QString> Pass::optionalString(const QJsonObject &obj, Where where, const QString &key)
{
    const auto objPointer = [&] {
        return pointerOf(where);
    };
    const auto context = [&] {
        return contextOf(where);
    };
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        report.error(member(objPointer(), key),
                     context() + tr("'%1' must be a string, not %2").arg(key, typeName(v)));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<Priority> Pass::priorityField(const QJsonObject &obj, Where where)
{
    const auto objPointer = [&] {
        return pointerOf(where);
    };
    const auto context = [&] {
        return contextOf(where);
    };
    const auto text = optionalString(obj, where, QStringLiteral("priority"));
    if (!text)
        return std::nullopt;
    const auto p = parsePriority(*text);
    if (!p) {
        report.error(member(objPointer(), QStringLiteral("priority")),
                     context()
                             + tr("unknown priority %1 (expected low, medium, high or critical)")
                                       .arg(shown(*text)));
    }
    return p;
}

int Pass::addSchema(const QJsonObject &schema, const QString &pointer, const QString &context)
{
    const QByteArray text = QJsonDocument(schema).toJson(QJsonDocument::Compact);
    if (const auto it = schemaByText.constFind(text); it != schemaByText.cend())
        return *it;
    OutputSchema::Error why;
    auto compiled = OutputSchema::compile(schema, &why);
    if (!compiled) {
        report.error(pointer + why.pointer, context + why.message);
        return -1;
    }
    const int index = int(alt.schemas.size());
    alt.schemas.append(std::move(compiled));
    schemaByText.insert(text, index);
    return index;
}

void Pass::outputSchema(AltTask &task, const QJsonValue &value, const std::function<QString()> &at,
                        const std::function<QString()> &context)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (value.isString()) {
        const auto it = alt.schemaNames.constFind(value.toString());
        if (it != alt.schemaNames.cend()) {
            task.schema = qint16(*it);
            return;
        }
        QStringList names = alt.schemaNames.keys();
        names.sort();
        report.error(at(),
                     context()
                             + (names.isEmpty()
                                        ? tr("'output_schema' names schema %1, but the file has "
                                             "no top-level 'schemas'")
                                                  .arg(shown(value))
                                        : tr("'output_schema' names schema %1, which 'schemas' "
                                             "does not define (it defines: %2)")
                                                  .arg(shown(value), names.join(u", "))));
        return;
    }
    if (!value.isObject()) {
        report.error(at(),
                     context()
                             + tr("'output_schema' must be a JSON Schema object or the name of "
                                  "one in 'schemas', not %1")
                                       .arg(typeName(value)));
        return;
    }
    const int index = addSchema(value.toObject(), at(), context());
    if (index > std::numeric_limits<qint16>::max()) {
        report.error(at(), context() + tr("too many different output schemas in one file"));
        return;
    }
    task.schema = qint16(index);
}

void Pass::header(const QJsonObject &root)
{
    // Top level.
    alt.id = requiredString(root, Where(), QStringLiteral("id"), true);
    alt.version = requiredString(root, Where(), QStringLiteral("version"), false);
    alt.createdAt = requiredString(root, Where(), QStringLiteral("created_at"), false);
    if (!alt.createdAt.isEmpty() && !isIsoDateTime(alt.createdAt)) {
        report.error(QStringLiteral("/created_at"),
                     tr("'created_at' must be an ISO 8601 date-time such as "
                        "2025-04-26T19:32:00Z, not %1")
                             .arg(shown(alt.createdAt)));
    }
    alt.title = requiredString(root, Where(), QStringLiteral("title"), false);
    alt.description
            = optionalString(root, Where(), QStringLiteral("description")).value_or(QString());
    if (const auto mode = optionalString(root, Where(), QStringLiteral("mode"))) {
        if (const auto m = parseMode(*mode))
            alt.mode = *m;
        else
            report.error(QStringLiteral("/mode"),
                         tr("unknown mode %1 (expected normal, dream, explore or chaos)")
                                 .arg(shown(*mode)));
    }
    alt.persona = optionalString(root, Where(), QStringLiteral("persona"));
    if (const auto model = optionalString(root, Where(), QStringLiteral("model"))) {
        if (model->trimmed().isEmpty())
            report.error(QStringLiteral("/model"), tr("'model' must not be empty"));
        else
            alt.model = model->trimmed();
    }
    {
        const QJsonValue schemas = root.value(QStringLiteral("schemas"));
        if (schemas.isObject()) {
            const QJsonObject named = schemas.toObject();
            for (auto it = named.begin(); it != named.end(); ++it) {
                const QString at = member(QStringLiteral("/schemas"), it.key());
                if (!it.value().isObject()) {
                    report.error(at,
                                 tr("schema '%1' must be a JSON Schema object, not %2")
                                         .arg(it.key(), typeName(it.value())));
                    continue;
                }
                const int index
                        = addSchema(it.value().toObject(), at, tr("schema '%1': ").arg(it.key()));
                if (index >= 0)
                    alt.schemaNames.insert(it.key(), index);
            }
        } else if (!schemas.isUndefined() && !schemas.isNull()) {
            report.error(QStringLiteral("/schemas"),
                         tr("'schemas' must be an object of named JSON Schemas, not %1")
                                 .arg(typeName(schemas)));
        }
    }
    alt.priority = priorityField(root, Where()).value_or(Priority::Medium);
    {
        const QJsonValue tags = root.value(QStringLiteral("tags"));
        if (tags.isArray()) {
            const QJsonArray arr = tags.toArray();
            for (qsizetype i = 0; i < arr.size(); ++i) {
                if (arr.at(i).isString())
                    alt.tags.append(arr.at(i).toString());
                else
                    report.error(QStringLiteral("/tags/%1").arg(i),
                                 tr("tags must be strings, not %1").arg(typeName(arr.at(i))));
            }
        } else if (!tags.isUndefined() && !tags.isNull()) {
            report.error(QStringLiteral("/tags"),
                         tr("'tags' must be an array of strings, not %1").arg(typeName(tags)));
        }
    }
    {
        const QJsonValue meta = root.value(QStringLiteral("metadata"));
        if (meta.isObject())
            alt.metadata = meta.toObject();
        else if (!meta.isUndefined() && !meta.isNull())
            report.error(QStringLiteral("/metadata"),
                         tr("'metadata' must be an object, not %1").arg(typeName(meta)));
    }
}

bool Pass::tasks(const QJsonObject &root, const Validator::TaskChunks *chunks)
{
    // Tasks.
    QJsonArray tasks;
    qsizetype total = 0;
    if (chunks) {
        total = chunks->total;
    } else {
        const QJsonValue tasksValue = root.value(QStringLiteral("tasks"));
        if (tasksValue.isUndefined() || tasksValue.isNull()) {
            report.error(QStringLiteral("/tasks"), tr("missing required field 'tasks'"), QString());
            return false;
        }
        if (!tasksValue.isArray()) {
            report.error(QStringLiteral("/tasks"),
                         tr("'tasks' must be an array of task objects, not %1")
                                 .arg(typeName(tasksValue)));
            return false;
        }
        tasks = tasksValue.toArray();
        total = tasks.size();
    }
    if (total == 0) {
        report.error(QStringLiteral("/tasks"), tr("'tasks' must hold at least one task"));
        return false;
    }
    if (total > m_maxTasks) {
        report.error(QStringLiteral("/tasks"),
                     tr("too many tasks: %1 (the limit is %2)").arg(total).arg(m_maxTasks));
        return false;
    }
    n = total;
    // reserve() first: resize() alone rounds a large list up to the next power of two (a
    // 100,000-task file would hold room for 131,072).
    alt.tasks.reserve(n);
    alt.tasks.resize(n);
    isObject.fill(false, n);
    indexById.reserve(n);
    listedFrom.reserve(n + 1);
    listedFrom.resize(n + 1);
    QJsonArray chunk = tasks;
    qsizetype chunkStart = 0;
    for (int i = 0; i < n; ++i) {
        while (chunks && i - chunkStart >= chunk.size()) {
            chunkStart += chunk.size();
            const auto next = chunks->next();
            if (!next || next->isEmpty())
                return false; // unreadable: the caller parses the whole file instead
            chunk = *next;
        }
        task(i, chunk.at(i - chunkStart));
    }
    listedFrom[n] = int(listedDeps.size());
    return true;
}

void Pass::task(int i, const QJsonValue &tv)
{
    // Pointers and labels are made only for a diagnostic: this runs for every task.
    const auto tp = [this, i] {
        return pointerOf(Where {i});
    };
    isObject[i] = tv.isObject();
    listedFrom[i] = int(listedDeps.size());
    AltTask &task = alt.tasks[i];
    if (!tv.isObject()) {
        report.error(tp(), tr("task #%1 must be an object, not %2").arg(i + 1).arg(typeName(tv)));
        return;
    }
    const QJsonObject t = tv.toObject();
    task.id = requiredString(t, Where {i}, QStringLiteral("id"), true);
    if (!task.id.isEmpty()) {
        const auto existing = indexById.constFind(task.id);
        if (existing != indexById.cend()) {
            report.error(tp() + QStringLiteral("/id"),
                         tr("duplicate task id '%1' (first used by task #%2 at /tasks/%3)")
                                 .arg(task.id)
                                 .arg(*existing + 1)
                                 .arg(*existing));
        } else {
            indexById.insert(task.id, i);
        }
    }
    const auto ctx = [this, i] {
        return taskLabel(i);
    };
    task.description = requiredString(t, Where {i}, QStringLiteral("description"), false);

    // dependencies: array of strings or null
    const QJsonValue deps = t.value(QStringLiteral("dependencies"));
    if (deps.isArray()) {
        const QJsonArray arr = deps.toArray();
        for (qsizetype k = 0; k < arr.size(); ++k) {
            const QString name = arr.at(k).toString();
            if (!arr.at(k).isString() || name.isEmpty()) {
                report.error(tp() + QStringLiteral("/dependencies/%1").arg(k),
                             ctx()
                                     + tr("a dependency must be a task id (a non-empty "
                                          "string), not %1")
                                               .arg(shown(arr.at(k))));
                continue;
            }
            const auto known = indexById.constFind(name);
            if (known != indexById.cend())
                listedDeps.append({*known, int(k), QString()});
            else
                listedDeps.append({-1, int(k), name});
        }
    } else if (!deps.isUndefined() && !deps.isNull()) {
        report.error(tp() + QStringLiteral("/dependencies"),
                     ctx()
                             + tr("'dependencies' must be an array of task ids or null, not %1")
                                       .arg(typeName(deps)));
    }

    // parameters
    const QJsonValue params = t.value(QStringLiteral("parameters"));
    const auto pp = [&tp]() -> QString {
        return tp() + QStringLiteral("/parameters");
    };
    if (params.isObject()) {
        task.parameters = parameterPool.shared(params.toObject());
    } else if (!params.isUndefined() && !params.isNull()) {
        report.error(pp(),
                     ctx() + tr("'parameters' must be an object, not %1").arg(typeName(params)));
    }
    const QJsonObject &p = task.parameters;
    const QJsonValue type = p.value(QStringLiteral("task_type"));
    if (type.isUndefined() || type.isNull()) {
        task.kind = TaskKind::Ai;
    } else {
        const QString typeText = type.isString() ? type.toString().toLower() : QString();
        if (typeText == u"ai" || typeText == u"ai_prompt") {
            task.kind = TaskKind::Ai;
        } else if (typeText == u"noop" || typeText == u"generic") {
            task.kind = TaskKind::Noop;
        } else if (typeText == u"approval") {
            task.kind = TaskKind::Approval;
        } else {
            report.error(pp() + QStringLiteral("/task_type"),
                         ctx()
                                 + tr("unsupported task_type %1 (supported: ai, ai_prompt, noop, "
                                      "generic, approval)")
                                           .arg(shown(type)));
        }
    }
    auto numberParam = [&](const QString &key, double min, double max, bool integer,
                           const QString &expected) -> std::optional<double> {
        const QJsonValue v = p.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || d < min || d > max
            || (integer && !isInteger(d))) {
            report.error(pp() + u'/' + key,
                         ctx() + tr("'%1' must be %2, not %3").arg(key, expected, shown(v)));
            return std::nullopt;
        }
        return d;
    };
    if (const auto d
        = numberParam(QStringLiteral("duration_ms"), 0, kMaxDurationMs, false, millisecondsRange))
        task.durationMs = qint64(std::llround(*d));
    numberParam(QStringLiteral("temperature"), 0, 2, false, temperatureRange);
    numberParam(QStringLiteral("top_p"), 0, 1, false, topPRange);
    numberParam(QStringLiteral("max_tokens"), 1, 1e9, true, positiveInteger);
    numberParam(QStringLiteral("mock_latency_ms"), 0, kMaxDurationMs, false, millisecondsRange);
    numberParam(QStringLiteral("mock_fail_attempts"), 0, 1000, true, failAttemptsRange);
    numberParam(QStringLiteral("mock_invalid_answers"), 0, 1000, true, failAttemptsRange);
    {
        const QJsonValue model = p.value(QStringLiteral("model"));
        if (!model.isUndefined() && !model.isNull()
            && (!model.isString() || model.toString().trimmed().isEmpty()))
            report.error(
                    pp() + QStringLiteral("/model"),
                    ctx() + tr("'model' must be a non-empty string, not %1").arg(shown(model)));
    }
    const QJsonValue prompt = p.value(QStringLiteral("prompt"));
    task.prompt = prompt.isString() ? prompt.toString() : task.description;
    if (p.contains(QStringLiteral("output_schema")))
        outputSchema(
                task, p.value(QStringLiteral("output_schema")),
                [&pp]() -> QString { return pp() + QStringLiteral("/output_schema"); }, ctx);

    // timeout_seconds
    const QJsonValue timeout = t.value(QStringLiteral("timeout_seconds"));
    if (!timeout.isUndefined() && !timeout.isNull()) {
        const double d = timeout.toDouble();
        if (!timeout.isDouble() || !std::isfinite(d) || d <= 0 || d > kMaxTimeoutSeconds)
            report.error(tp() + QStringLiteral("/timeout_seconds"),
                         ctx()
                                 + tr("'timeout_seconds' must be a number above 0 and at most "
                                      "86400, "
                                      "not %1")
                                           .arg(shown(timeout)));
        else
            task.timeoutSeconds = d;
    }
    // retry_count
    const QJsonValue retries = t.value(QStringLiteral("retry_count"));
    if (!retries.isUndefined() && !retries.isNull()) {
        const double d = retries.toDouble();
        if (!retries.isDouble() || !isInteger(d) || d < 0 || d > kMaxRetryCount)
            report.error(tp() + QStringLiteral("/retry_count"),
                         ctx()
                                 + tr("'retry_count' must be an integer from 0 to 20, not %1")
                                           .arg(shown(retries)));
        else
            task.retryCount = int(d);
    }
    // repair_attempts (docs/outputs.md "Repaired")
    const QJsonValue repairs = t.value(QStringLiteral("repair_attempts"));
    if (!repairs.isUndefined() && !repairs.isNull()) {
        const double d = repairs.toDouble();
        if (!repairs.isDouble() || !isInteger(d) || d < 0 || d > kMaxRepairAttempts)
            report.error(tp() + QStringLiteral("/repair_attempts"),
                         ctx()
                                 + tr("'repair_attempts' must be an integer from 0 to 5, not %1")
                                           .arg(shown(repairs)));
        else
            task.repairAttempts = qint8(d);
    }
    task.priority = priorityField(t, Where {i}).value_or(alt.priority);
    gate(i, task, t);
    if (t.contains(QStringLiteral("assert")) || t.contains(QStringLiteral("checks_threshold"))
        || t.contains(QStringLiteral("retry_on_check_failure")))
        checks(task, t, tp(), ctx());
}

void Pass::gate(int i, AltTask &task, const QJsonObject &t)
{
    const auto tp = [this, i] {
        return pointerOf(Where {i});
    };
    const auto ctx = [this, i] {
        return taskLabel(i);
    };
    const QJsonObject &p = task.parameters;
    bool gated = task.kind == TaskKind::Approval;
    const QJsonValue requiresValue = t.value(QStringLiteral("requires_approval"));
    if (!requiresValue.isUndefined() && !requiresValue.isNull()) {
        if (!requiresValue.isBool()) {
            report.error(tp() + QStringLiteral("/requires_approval"),
                         ctx()
                                 + tr("'requires_approval' must be true or false, not %1")
                                           .arg(shown(requiresValue)));
        } else if (requiresValue.toBool() && task.kind == TaskKind::Noop) {
            report.error(tp() + QStringLiteral("/requires_approval"),
                         ctx()
                                 + tr("'requires_approval' is for AI tasks: a noop task has no "
                                      "answer to approve (a task of task_type \"approval\" "
                                      "asks a person)"));
        } else if (requiresValue.toBool()) {
            gated = true;
        }
    }
    ApprovalGate g;
    const QJsonValue timeout = t.value(QStringLiteral("approval_timeout_seconds"));
    const bool hasTimeout = !timeout.isUndefined() && !timeout.isNull();
    if (hasTimeout) {
        const double d = timeout.toDouble();
        if (!timeout.isDouble() || !std::isfinite(d) || d <= 0 || d > kMaxApprovalSeconds)
            report.error(tp() + QStringLiteral("/approval_timeout_seconds"),
                         ctx()
                                 + tr("'approval_timeout_seconds' must be a number of seconds "
                                      "above 0 and at most 31536000 (a year), not %1")
                                           .arg(shown(timeout)));
        else
            g.timeoutSeconds = d;
    }
    const QJsonValue onTimeout = t.value(QStringLiteral("on_timeout"));
    const bool hasOnTimeout = !onTimeout.isUndefined() && !onTimeout.isNull();
    if (hasOnTimeout) {
        const QString v = onTimeout.isString() ? onTimeout.toString() : QString();
        if (v == u"approve")
            g.approveOnTimeout = true;
        else if (v != u"reject")
            report.error(tp() + QStringLiteral("/on_timeout"),
                         ctx()
                                 + tr("'on_timeout' must be \"reject\" or \"approve\", not %1")
                                           .arg(shown(onTimeout)));
        else if (!hasTimeout && gated)
            report.warning(tp() + QStringLiteral("/on_timeout"),
                           ctx()
                                   + tr("'on_timeout' has no effect without "
                                        "'approval_timeout_seconds'"));
    }
    if (!gated && (hasTimeout || hasOnTimeout)) {
        report.warning(tp()
                               + (hasTimeout ? QStringLiteral("/approval_timeout_seconds")
                                             : QStringLiteral("/on_timeout")),
                       ctx()
                               + tr("has no approval gate, so '%1' has no effect (a task of "
                                    "task_type \"approval\", or \"requires_approval\": true, "
                                    "has one)")
                                         .arg(hasTimeout
                                                      ? QStringLiteral("approval_timeout_seconds")
                                                      : QStringLiteral("on_timeout")));
    }
    const QJsonValue question = p.value(QStringLiteral("question"));
    const QString qp = tp() + QStringLiteral("/parameters/question");
    if (!question.isUndefined() && !question.isNull()
        && (!question.isString() || question.toString().trimmed().isEmpty())) {
        report.error(
                qp,
                ctx() + tr("'question' must be a non-empty string, not %1").arg(shown(question)));
    } else if (question.isString()) {
        g.question = question.toString();
    } else if (task.kind == TaskKind::Approval) {
        report.error(tp() + QStringLiteral("/parameters"),
                     ctx()
                             + tr("an approval task needs parameters.question: what the person "
                                  "decides"));
    }
    const QJsonValue editable = p.value(QStringLiteral("editable"));
    if (!editable.isUndefined() && !editable.isNull()) {
        if (task.kind != TaskKind::Approval)
            report.warning(tp() + QStringLiteral("/parameters/editable"),
                           ctx()
                                   + tr("'editable' is for tasks of task_type \"approval\"; an "
                                        "AI task that requires approval can have its own answer "
                                        "edited anyway"));
        else if (!editable.isString() || editable.toString().isEmpty())
            report.error(tp() + QStringLiteral("/parameters/editable"),
                         ctx()
                                 + tr("'editable' must be the id of a task this one depends on, "
                                      "not %1")
                                           .arg(shown(editable)));
        else
            editableNames.append({i, editable.toString()});
    }
    if (!gated)
        return;
    if (task.kind == TaskKind::Ai)
        g.editable = i;
    alt.gates.insert(i, std::move(g));
}

QSet<int> Pass::upstreamOf(int i) const
{
    QList<int> queue = alt.tasks.at(i).dependencies;
    QSet<int> upstream(queue.cbegin(), queue.cend());
    for (qsizetype q = 0; q < queue.size(); ++q) {
        for (int d : alt.tasks.at(queue.at(q)).dependencies) {
            if (!upstream.contains(d)) {
                upstream.insert(d);
                queue.append(d);
            }
        }
    }
    return upstream;
}

void Pass::gates()
{
    for (const EditableName &e : std::as_const(editableNames)) {
        const QString pointer = QStringLiteral("/tasks/%1/parameters/editable").arg(e.task);
        const int target = indexById.value(e.name, -1);
        if (target < 0) {
            report.error(pointer,
                         taskLabel(e.task) + tr("'editable' names unknown task '%1'").arg(e.name));
            continue;
        }
        if (!upstreamOf(e.task).contains(target)) {
            report.error(pointer,
                         taskLabel(e.task)
                                 + tr("'editable' names task '%1', which is not a direct or "
                                      "transitive dependency of this gate: only an answer the "
                                      "gate holds back can be edited")
                                           .arg(e.name));
            continue;
        }
        if (auto it = alt.gates.find(e.task); it != alt.gates.end())
            it->editable = target;
    }
}

void Pass::checks(AltTask &task, const QJsonObject &t, const QString &pointer,
                  const QString &context)
{
    if (!checkParser) {
        checkParser = std::make_unique<CheckParser>(
                [this](const QJsonValue &value,
                       const QString &at) -> std::shared_ptr<const OutputSchema> {
                    // A json-schema check's value: named or inline, as output_schema.
                    AltTask probe;
                    outputSchema(
                            probe, value, [&] { return m_checkPointer + at; },
                            [&] { return m_checkContext; });
                    return probe.schema < 0 ? nullptr : alt.schemas.at(probe.schema);
                });
    }
    m_checkPointer = pointer;
    m_checkContext = context;
    QList<CheckParser::Problem> problems;
    if (auto parsed = checkParser->parse(t, &problems)) {
        task.checks = qint32(alt.checks.size());
        alt.checks.append(std::move(parsed));
    }
    for (const CheckParser::Problem &p : std::as_const(problems)) {
        if (p.warning)
            report.warning(pointer + p.pointer, context + p.message);
        else
            report.error(pointer + p.pointer, context + p.message);
    }
}

void Pass::dependencies()
{
    QSet<int> listed; // for long dependency lists, where a linear search per entry is quadratic
    for (int i = 0; i < n; ++i) {
        if (!isObject.at(i))
            continue;
        AltTask &task = alt.tasks[i];
        const int from = listedFrom.at(i);
        const int to = listedFrom.at(i + 1);
        const bool longList = to - from > 32;
        if (longList)
            listed.clear();
        for (int e = from; e < to; ++e) {
            ListedDependency &d = listedDeps[e];
            auto pointer = [i, k = d.entry] {
                return QStringLiteral("/tasks/%1/dependencies/%2").arg(i).arg(k);
            };
            if (d.index < 0) {
                const auto it = indexById.constFind(d.name);
                if (it == indexById.cend()) {
                    report.error(pointer(),
                                 taskLabel(i) + tr("depends on unknown task '%1'").arg(d.name));
                    continue;
                }
                d.index = *it;
            }
            if (d.index == i) {
                report.error(pointer(), taskLabel(i) + tr("depends on itself"));
            } else if (longList ? listed.contains(d.index) : task.dependencies.contains(d.index)) {
                report.warning(pointer(),
                               taskLabel(i)
                                       + tr("lists dependency '%1' more than once")
                                                 .arg(alt.tasks.at(d.index).id));
            } else {
                task.dependencies.append(d.index);
                if (longList)
                    listed.insert(d.index);
            }
        }
    }
}

void Pass::cycles()
{
    QList<QList<int>> dependencies;
    dependencies.reserve(n);
    for (const AltTask &t : std::as_const(alt.tasks))
        dependencies.append(t.dependencies);
    for (const QList<int> &path : Cycles::find(dependencies)) {
        const int first = path.first();
        QStringList names;
        for (int v : path)
            names.append(alt.tasks.at(v).id);
        names.append(alt.tasks.at(first).id);
        const int second = path.size() > 1 ? path.at(1) : first;
        // Point at the dependency entry of `first` that starts the cycle.
        QString pointer = QStringLiteral("/tasks/%1/dependencies").arg(first);
        for (int e = listedFrom.at(first); e < listedFrom.at(first + 1); ++e) {
            if (listedDeps.at(e).index == second) {
                pointer += u'/' + QString::number(listedDeps.at(e).entry);
                break;
            }
        }
        report.error(pointer, tr("cycle: %1").arg(names.join(QStringLiteral(" -> "))));
    }
}

bool Pass::fieldOfAnswer(int task, int target, const QString &name, const QStringList &path,
                         const QString &pointer)
{
    const OutputSchema *schema = alt.schemaOf(target);
    if (!schema) {
        // Filled when the answer happens to be JSON with that member; empty otherwise.
        report.warning(pointer,
                       taskLabel(task)
                               + tr("placeholder {{%1}} names a field of task '%2', which has no "
                                    "output_schema: it is empty unless the answer is JSON with "
                                    "that field")
                                         .arg(name, alt.tasks.at(target).id));
        return true;
    }
    QString why;
    if (schema->declares(path, &why))
        return true;
    report.error(pointer,
                 taskLabel(task)
                         + tr("placeholder {{%1}}: %2 (the output_schema of '%3')")
                                   .arg(name, why, alt.tasks.at(target).id));
    return false;
}

void Pass::placeholders()
{
    // Placeholders {{ID}} in AI prompts and gates' questions must name an upstream task
    // (docs/formats.md, docs/approvals.md).
    for (int i = 0; i < n; ++i) {
        AltTask &task = alt.tasks[i];
        if (!isObject.at(i))
            continue;
        if (task.kind == TaskKind::Ai && task.prompt.contains(u"{{")) {
            const bool fromParameters = task.parameters.value(QStringLiteral("prompt")).isString();
            placeholdersIn(i, task.prompt,
                           QStringLiteral("/tasks/%1/").arg(i)
                                   + (fromParameters ? QStringLiteral("parameters/prompt")
                                                     : QStringLiteral("description")),
                           task.promptSlots);
        }
        if (auto gate = alt.gates.find(i);
            gate != alt.gates.end() && gate->question.contains(u"{{")) {
            placeholdersIn(i, gate->question,
                           QStringLiteral("/tasks/%1/parameters/question").arg(i),
                           gate->questionSlots);
        }
    }
}

void Pass::placeholdersIn(int i, const QString &text, const QString &pointer,
                          QList<PromptSlot> &foundSlots)
{
    const AltTask &task = alt.tasks.at(i);
    QSet<int> upstream; // computed on first need
    bool upstreamKnown = false;
    QSet<QString> reported;
    for (const Placeholders::Found &found : Placeholders::find(text)) {
        const QString name = found.name.toString();
        if (reported.contains(name))
            continue;
        int target = indexById.value(name, -1);
        QStringList path;
        if (target < 0 && name.contains(u'.')) {
            // {{task.field.0.name}}: a part of the task's parsed answer (docs/outputs.md).
            path = name.split(u'.');
            target = indexById.value(path.takeFirst(), -1);
            if (target >= 0 && (path.contains(QString()))) {
                reported.insert(name);
                report.error(
                        pointer,
                        taskLabel(i)
                                + tr("placeholder {{%1}} has an empty step in its path").arg(name));
                continue;
            }
            if (target >= 0 && !fieldOfAnswer(i, target, name, path, pointer)) {
                reported.insert(name);
                continue;
            }
        }
        if (target >= 0)
            foundSlots.append({found.start, found.end, target, path});
        if (target < 0) {
            reported.insert(name);
            report.error(pointer,
                         taskLabel(i)
                                 + tr("placeholder {{%1}} names no task of this file").arg(name));
            continue;
        }
        if (task.dependencies.contains(target))
            continue;
        if (!upstreamKnown) {
            upstream = upstreamOf(i);
            upstreamKnown = true;
        }
        if (!upstream.contains(target)) {
            reported.insert(name);
            report.error(
                    pointer,
                    taskLabel(i)
                            + tr("placeholder {{%1}} names task '%2', which is not a direct or "
                                 "transitive dependency of '%3'")
                                      .arg(name, alt.tasks.at(target).id, task.id));
        }
    }
}

} // namespace

Validator::Validator(int maxTasks)
    : m_maxTasks(maxTasks)
{
}

Validator::Result Validator::validate(const QJsonObject &root, const TaskChunks *chunks) const
{
    Result result;
    Pass pass(result, m_maxTasks);
    pass.header(root);
    if (!pass.tasks(root, chunks))
        return result;
    pass.dependencies();
    pass.cycles();
    pass.placeholders();
    pass.gates();
    return result;
}

} // namespace altrunner
