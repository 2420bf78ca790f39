// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemainstance.h"

#include "answerjson.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace altrunner {

namespace {

class Maker
{
public:
    explicit Maker(const QJsonObject &root)
        : m_root(root)
    {
    }

    QJsonValue make(const QJsonValue &node, int depth, const QString &name)
    {
        if (node.isBool())
            return node.toBool() ? QJsonValue(QStringLiteral("example")) : QJsonValue();
        QJsonObject s = node.toObject();
        if (depth > 24)
            return QJsonValue();
        const QString ref = s.value(QStringLiteral("$ref")).toString();
        if (ref.startsWith(u'#'))
            return make(target(ref), depth + 1, name);
        if (s.contains(QStringLiteral("const")))
            return s.value(QStringLiteral("const"));
        const QJsonArray choices = s.value(QStringLiteral("enum")).toArray();
        if (!choices.isEmpty())
            return choices.first();
        for (const char *key : {"anyOf", "oneOf"}) {
            const QJsonArray options = s.value(QLatin1StringView(key)).toArray();
            if (!options.isEmpty())
                return make(options.first(), depth + 1, name);
        }
        const QJsonArray all = s.value(QStringLiteral("allOf")).toArray();
        for (const QJsonValue &part : all) {
            const QJsonObject p = part.toObject();
            for (auto it = p.begin(); it != p.end(); ++it) {
                if (it.key() == u"properties" && s.value(it.key()).isObject()) {
                    QJsonObject merged = s.value(it.key()).toObject();
                    const QJsonObject more = it.value().toObject();
                    for (auto m = more.begin(); m != more.end(); ++m)
                        merged.insert(m.key(), m.value());
                    s.insert(it.key(), merged);
                } else if (it.key() == u"required" && s.value(it.key()).isArray()) {
                    QJsonArray merged = s.value(it.key()).toArray();
                    for (const QJsonValue &r : it.value().toArray())
                        merged.append(r);
                    s.insert(it.key(), merged);
                } else if (!s.contains(it.key())) {
                    s.insert(it.key(), it.value());
                }
            }
        }
        QString type = s.value(QStringLiteral("type")).toString();
        if (s.value(QStringLiteral("type")).isArray()) {
            const QJsonArray types = s.value(QStringLiteral("type")).toArray();
            type = types.first().toString();
            for (const QJsonValue &t : types) // the first that is not null, if any
                if (t.toString() != u"null") {
                    type = t.toString();
                    break;
                }
        }
        if (type.isEmpty())
            type = s.contains(QStringLiteral("properties")) ? QStringLiteral("object")
                    : s.contains(QStringLiteral("items"))   ? QStringLiteral("array")
                                                            : QStringLiteral("string");
        if (type == u"object")
            return object(s, depth);
        if (type == u"array")
            return array(s, depth, name);
        if (type == u"integer" || type == u"number")
            return number(s, type == u"integer");
        if (type == u"boolean")
            return true;
        if (type == u"null")
            return QJsonValue();
        return string(s, name);
    }

private:
    QJsonValue target(const QString &ref) const { return AnswerJson::at(m_root, ref.sliced(1)); }

    QJsonValue object(const QJsonObject &s, int depth)
    {
        QJsonObject o;
        const QJsonObject properties = s.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            o.insert(it.key(), make(it.value(), depth + 1, it.key()));
        // Required members the schema describes nowhere: a string stands in.
        for (const QJsonValue &r : s.value(QStringLiteral("required")).toArray())
            if (!o.contains(r.toString()))
                o.insert(r.toString(), QStringLiteral("example"));
        return o;
    }

    QJsonValue array(const QJsonObject &s, int depth, const QString &name)
    {
        QJsonArray a;
        const int count = std::clamp(s.value(QStringLiteral("minItems")).toInt(1), 1, 100);
        const int most = s.value(QStringLiteral("maxItems")).toInt(count);
        const QJsonValue items = s.value(QStringLiteral("items"));
        for (int i = 0; i < std::min(count, std::max(most, 0)); ++i) {
            if (items.isArray())
                a.append(
                        make(items.toArray().at(std::min<qsizetype>(i, items.toArray().size() - 1)),
                             depth + 1, name));
            else
                a.append(make(items, depth + 1, name));
        }
        return a;
    }

    static QJsonValue number(const QJsonObject &s, bool integer)
    {
        double v = 0;
        if (s.value(QStringLiteral("minimum")).isDouble())
            v = s.value(QStringLiteral("minimum")).toDouble();
        else if (s.value(QStringLiteral("exclusiveMinimum")).isDouble())
            v = s.value(QStringLiteral("exclusiveMinimum")).toDouble() + 1;
        else if (s.value(QStringLiteral("maximum")).isDouble())
            v = std::min(0.0, s.value(QStringLiteral("maximum")).toDouble());
        else if (s.value(QStringLiteral("exclusiveMaximum")).isDouble())
            v = std::min(0.0, s.value(QStringLiteral("exclusiveMaximum")).toDouble() - 1);
        const double step = s.value(QStringLiteral("multipleOf")).toDouble(0);
        if (step > 0)
            v = std::ceil(v / step) * step;
        if (integer)
            v = std::ceil(v);
        return integer ? QJsonValue(qint64(v)) : QJsonValue(v);
    }

    static QJsonValue string(const QJsonObject &s, const QString &name)
    {
        const QString format = s.value(QStringLiteral("format")).toString();
        QString text;
        if (format == u"date-time")
            text = QStringLiteral("2026-01-01T00:00:00Z");
        else if (format == u"date")
            text = QStringLiteral("2026-01-01");
        else if (format == u"time")
            text = QStringLiteral("00:00:00Z");
        else if (format == u"email")
            text = QStringLiteral("someone@example.com");
        else if (format == u"uri" || format == u"url")
            text = QStringLiteral("https://example.com/");
        else if (format == u"uuid")
            text = QStringLiteral("00000000-0000-4000-8000-000000000000");
        else
            text = name.isEmpty() ? QStringLiteral("example") : QStringLiteral("example ") + name;
        const int least = s.value(QStringLiteral("minLength")).toInt(0);
        while (text.size() < least)
            text += u'x';
        const QJsonValue most = s.value(QStringLiteral("maxLength"));
        if (most.isDouble() && text.size() > most.toInt())
            text.truncate(std::max(0, most.toInt()));
        return text;
    }

    const QJsonObject &m_root;
};

} // namespace

QJsonValue SchemaInstance::of(const QJsonObject &schema)
{
    return Maker(schema).make(schema, 0, QString());
}

} // namespace altrunner
