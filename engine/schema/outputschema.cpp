// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputschema.h"

#include "answerjson.h"
#include "schemainstance.h"

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QThread>

#include <regex>

namespace altrunner {

namespace {

QString escaped(QString step)
{
    return step.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
}

// The first `$ref` that does not point into this schema ("#..."), as a pointer to it.
std::optional<QString> remoteReference(const QJsonValue &v, const QString &at)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == u"$ref"
                && (!it.value().isString() || !it.value().toString().startsWith(u'#')))
                return at + QStringLiteral("/$ref");
            if (auto found = remoteReference(it.value(), at + u'/' + escaped(it.key())))
                return found;
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (auto found = remoteReference(a.at(i), at + u'/' + QString::number(i)))
                return found;
    }
    return std::nullopt;
}

// A `$ref` that comes back to where it started while checking the same value ({"$ref": "#"},
// or through allOf/anyOf/oneOf/not/if/then/else) never ends: valijson would recurse until the
// stack runs out. Found here first, as the place of the `$ref` that closes the loop.
class RefCycles
{
public:
    explicit RefCycles(const QJsonObject &root)
        : m_root(root)
    {
    }

    std::optional<QString> find() { return everywhere(m_root, QString()); }

private:
    std::optional<QString> everywhere(const QJsonValue &v, const QString &pointer)
    {
        if (v.isObject()) {
            if (auto cycle = visit(v, pointer))
                return cycle;
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                if (auto cycle = everywhere(it.value(), pointer + u'/' + escaped(it.key())))
                    return cycle;
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                if (auto cycle = everywhere(a.at(i), pointer + u'/' + QString::number(i)))
                    return cycle;
        }
        return std::nullopt;
    }

    std::optional<QString> visit(const QJsonValue &node, const QString &pointer)
    {
        if (m_onPath.contains(pointer))
            return pointer;
        if (m_done.contains(pointer) || !node.isObject())
            return std::nullopt;
        m_onPath.insert(pointer);
        const QJsonObject o = node.toObject();
        std::optional<QString> cycle;
        const QJsonValue ref = o.value(QStringLiteral("$ref"));
        if (ref.isString() && ref.toString().startsWith(u'#')) {
            const QString target = ref.toString().mid(1);
            bool found = false;
            const QJsonValue resolved = AnswerJson::at(m_root, target, &found);
            if (found && m_onPath.contains(target))
                cycle = pointer + QStringLiteral("/$ref");
            else if (found)
                cycle = visit(resolved, target);
        }
        for (const char *key : {"allOf", "anyOf", "oneOf"}) {
            const QJsonArray options = o.value(QLatin1StringView(key)).toArray();
            for (qsizetype i = 0; i < options.size() && !cycle; ++i)
                cycle = visit(options.at(i),
                              pointer + u'/' + QLatin1StringView(key) + u'/' + QString::number(i));
        }
        for (const char *key : {"not", "if", "then", "else"}) {
            if (!cycle && o.contains(QLatin1StringView(key)))
                cycle = visit(o.value(QLatin1StringView(key)),
                              pointer + u'/' + QLatin1StringView(key));
        }
        m_onPath.remove(pointer);
        m_done.insert(pointer);
        return cycle;
    }

    const QJsonObject &m_root;
    QSet<QString> m_onPath;
    QSet<QString> m_done;
};

// The regular expressions of `pattern` and `patternProperties`, with their pointers: valijson
// compiles them with std::regex when it first validates, and an invalid one would throw there.
void patterns(const QJsonValue &v, const QString &pointer, QList<std::pair<QString, QString>> *out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString here = pointer + u'/' + escaped(it.key());
            if (it.key() == u"pattern" && it.value().isString())
                out->append({here, it.value().toString()});
            if (it.key() == u"patternProperties" && it.value().isObject()) {
                const QJsonObject props = it.value().toObject();
                for (auto p = props.begin(); p != props.end(); ++p)
                    out->append({here + u'/' + escaped(p.key()), p.key()});
            }
            patterns(it.value(), here, out);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            patterns(a.at(i), pointer + u'/' + QString::number(i), out);
    }
}

// The first string (value or member name) of `v` longer than `limit`, as a pointer and length.
std::optional<std::pair<QString, qsizetype>> longString(const QJsonValue &v, const QString &pointer,
                                                        qsizetype limit)
{
    if (v.isString() && v.toString().size() > limit)
        return std::pair(pointer, v.toString().size());
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString here = pointer + u'/' + escaped(it.key());
            if (it.key().size() > limit)
                return std::pair(here, it.key().size());
            if (auto found = longString(it.value(), here, limit))
                return found;
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (auto found = longString(a.at(i), pointer + u'/' + QString::number(i), limit))
                return found;
    }
    return std::nullopt;
}

// OpenAI's strict mode (its structured outputs guide): keywords it accepts, and the rule that
// every object lists all its properties as required and allows no others.
bool strictNode(const QJsonValue &v, bool root)
{
    if (!v.isObject())
        return false;
    static const QSet<QString> allowed {QStringLiteral("type"),
                                        QStringLiteral("properties"),
                                        QStringLiteral("required"),
                                        QStringLiteral("additionalProperties"),
                                        QStringLiteral("items"),
                                        QStringLiteral("enum"),
                                        QStringLiteral("const"),
                                        QStringLiteral("anyOf"),
                                        QStringLiteral("$ref"),
                                        QStringLiteral("definitions"),
                                        QStringLiteral("$defs"),
                                        QStringLiteral("description"),
                                        QStringLiteral("title"),
                                        QStringLiteral("$schema"),
                                        QStringLiteral("pattern"),
                                        QStringLiteral("format"),
                                        QStringLiteral("minimum"),
                                        QStringLiteral("maximum"),
                                        QStringLiteral("exclusiveMinimum"),
                                        QStringLiteral("exclusiveMaximum"),
                                        QStringLiteral("multipleOf"),
                                        QStringLiteral("minItems"),
                                        QStringLiteral("maxItems")};
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return false;
    if (root && o.value(QStringLiteral("type")).toString() != u"object")
        return false;
    const bool isObject = o.value(QStringLiteral("type")).toString() == u"object"
            || o.contains(QStringLiteral("properties"));
    if (isObject) {
        const QJsonValue extra = o.value(QStringLiteral("additionalProperties"));
        if (!extra.isBool() || extra.toBool())
            return false;
        const QJsonObject properties = o.value(QStringLiteral("properties")).toObject();
        QSet<QString> required;
        for (const QJsonValue &r : o.value(QStringLiteral("required")).toArray())
            required.insert(r.toString());
        for (auto it = properties.begin(); it != properties.end(); ++it)
            if (!required.contains(it.key()) || !strictNode(it.value(), false))
                return false;
    }
    if (o.contains(QStringLiteral("items")) && !strictNode(o.value(QStringLiteral("items")), false))
        return false;
    for (const QJsonValue &option : o.value(QStringLiteral("anyOf")).toArray())
        if (!strictNode(option, false))
            return false;
    for (const char *key : {"definitions", "$defs"}) {
        const QJsonObject defs = o.value(QLatin1StringView(key)).toObject();
        for (auto it = defs.begin(); it != defs.end(); ++it)
            if (!strictNode(it.value(), false))
                return false;
    }
    return true;
}

// valijson's context ("<root>", "[items]", "[0]") as a JSON pointer ("/items/0").
QString pointerOf(const std::vector<std::string> &context)
{
    QString pointer;
    for (const std::string &step : context) {
        if (step.size() >= 2 && step.front() == '[' && step.back() == ']')
            pointer += u'/' + escaped(QString::fromStdString(step.substr(1, step.size() - 2)));
    }
    return pointer;
}

// valijson also reports each enclosing value that failed because a part of it did: those repeat
// what the deeper problem says, so they are left out when a deeper one is there.
bool isSummary(const std::string &description)
{
    return description.rfind("Failed to validate item #", 0) == 0
            || description.rfind("Failed to validate against schema associated with property", 0)
            == 0
            || description.rfind("Failed to validate against schema associated with pattern", 0)
            == 0
            || description.rfind("Failed to validate against additional properties schema", 0) == 0;
}

} // namespace

std::shared_ptr<const OutputSchema> OutputSchema::compile(const QJsonObject &schema, Error *error)
{
    if (const auto remote = remoteReference(schema, QString())) {
        *error = {*remote,
                  tr("remote references are not fetched: '$ref' must point into this schema "
                     "(\"#\" or \"#/definitions/...\")")};
        return nullptr;
    }
    if (const auto cycle = RefCycles(schema).find()) {
        *error = {*cycle,
                  tr("this '$ref' leads back to where it started without going into the value "
                     "(a schema that refers to itself must do so inside properties or items)")};
        return nullptr;
    }
    QList<std::pair<QString, QString>> regexes;
    patterns(schema, QString(), &regexes);
    for (const auto &[pointer, pattern] : std::as_const(regexes)) {
        try {
            const std::regex compiled(pattern.toStdString(), std::regex::ECMAScript);
        } catch (const std::exception &) {
            *error = {pointer,
                      tr("'%1' is not a regular expression this checker can use (ECMAScript)")
                              .arg(pattern.left(100))};
            return nullptr;
        }
    }
    std::shared_ptr<OutputSchema> s(new OutputSchema);
    s->m_hasPatterns = !regexes.isEmpty();
    s->m_json = schema;
    s->m_canonical = QJsonDocument(schema).toJson(QJsonDocument::Compact);
    s->m_schema = std::make_unique<valijson::Schema>();
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const QJsonValue root(schema);
        valijson::adapters::QtJsonAdapter adapter(root);
        parser.populateSchema(adapter, *s->m_schema);
    } catch (const std::exception &e) {
        *error = {QString(),
                  tr("not a usable JSON Schema (draft 7): %1").arg(QString::fromUtf8(e.what()))};
        return nullptr;
    }
    s->m_strict = strictNode(schema, true);
    s->m_instance = SchemaInstance::of(schema);
    return s;
}

OutputSchema::~OutputSchema() = default;

QList<OutputSchema::Problem> OutputSchema::problemsOf(const QJsonValue &value) const
{
    if (!m_hasPatterns)
        return validated(value);
    // std::regex, which valijson matches patterns with, recurses once per character: a long
    // string would overflow an ordinary stack (tens of thousands of characters do on 8 MiB).
    // Patterns are matched on a thread of its own with a stack sized for the longest string
    // allowed, and a longer string is a problem of the answer, said as such.
    if (const auto tooLong = longString(value, QString(), kLongestPatternString))
        return {{tooLong->first,
                 tr("a string of %1 characters is longer than a pattern can be checked against "
                    "(at most %2)")
                         .arg(tooLong->second)
                         .arg(kLongestPatternString)}};
    QList<Problem> problems;
    std::unique_ptr<QThread> worker(QThread::create([&] { problems = validated(value); }));
    worker->setStackSize(kPatternStackBytes);
    worker->start();
    worker->wait();
    return problems;
}

QList<OutputSchema::Problem> OutputSchema::validated(const QJsonValue &value) const
{
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::QtJsonAdapter adapter(value);
    try {
        if (validator.validate(*m_schema, adapter, &results))
            return {};
    } catch (const std::exception &e) {
        return {{QString(),
                 tr("the answer could not be checked: %1").arg(QString::fromUtf8(e.what()))}};
    }
    QList<Problem> all;
    QList<Problem> detailed;
    valijson::ValidationResults::Error e;
    while (results.popError(e)) {
        Problem p {pointerOf(e.context), QString::fromStdString(e.description)};
        if (!isSummary(e.description))
            detailed.append(p);
        all.append(std::move(p));
    }
    return detailed.isEmpty() ? all : detailed;
}

OutputSchema::Check OutputSchema::check(const QString &answer) const
{
    Check c;
    QString why;
    c.value = AnswerJson::parse(answer, &why);
    if (!c.value)
        c.problems.append({QString(), why});
    else
        c.problems = problemsOf(*c.value);
    return c;
}

QString OutputSchema::summary(const QList<Problem> &problems, int max)
{
    QStringList parts;
    for (qsizetype i = 0; i < problems.size() && i < max; ++i) {
        const Problem &p = problems.at(i);
        parts.append(p.pointer.isEmpty() ? p.message
                                         : p.pointer + QStringLiteral(": ") + p.message);
    }
    if (problems.size() > max)
        parts.append(tr("%n more", nullptr, int(problems.size() - max)));
    return parts.join(QStringLiteral("; "));
}

QJsonObject OutputSchema::resolved(const QJsonObject &node) const
{
    QJsonObject n = node;
    for (int hops = 0; hops < 16; ++hops) {
        const QString ref = n.value(QStringLiteral("$ref")).toString();
        if (!ref.startsWith(u'#'))
            return n;
        n = AnswerJson::at(m_json, ref.sliced(1)).toObject();
    }
    return n;
}

bool OutputSchema::declares(const QStringList &path, QString *why) const
{
    QJsonObject node = resolved(m_json);
    QString at;
    for (const QString &step : path) {
        // Any of the alternatives that declares the step will do.
        QList<QJsonObject> candidates {node};
        for (const char *key : {"anyOf", "oneOf", "allOf"})
            for (const QJsonValue &option : node.value(QLatin1StringView(key)).toArray())
                candidates.append(resolved(option.toObject()));
        bool found = false;
        for (const QJsonObject &c : std::as_const(candidates)) {
            bool isIndex = false;
            const int index = step.toInt(&isIndex);
            const QJsonObject properties = c.value(QStringLiteral("properties")).toObject();
            if (properties.contains(step)) {
                node = resolved(properties.value(step).toObject());
                found = true;
                break;
            }
            if (isIndex && c.contains(QStringLiteral("items"))) {
                const QJsonValue items = c.value(QStringLiteral("items"));
                node = resolved(items.isArray() ? items.toArray().at(index).toObject()
                                                : items.toObject());
                found = true;
                break;
            }
        }
        if (!found) {
            if (why)
                *why = at.isEmpty() ? tr("the schema declares no '%1'").arg(step)
                                    : tr("the schema declares no '%1' in '%2'").arg(step, at);
            return false;
        }
        at += at.isEmpty() ? step : u'.' + step;
    }
    return true;
}

} // namespace altrunner
