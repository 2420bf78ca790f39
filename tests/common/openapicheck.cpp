// SPDX-License-Identifier: GPL-3.0-or-later
#include "openapicheck.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace altrunner::test {

namespace {

QJsonObject resolve(const QJsonObject &spec, QJsonObject node)
{
    for (int guard = 0; guard < 10 && node.contains(u"$ref"); ++guard) {
        const QStringList parts = node.value(u"$ref").toString().mid(2).split(u'/');
        QJsonValue v = spec;
        for (const QString &p : parts)
            v = v.toObject().value(p);
        node = v.toObject();
    }
    return node;
}

bool typeMatches(const QString &type, const QJsonValue &v)
{
    if (type == u"object")
        return v.isObject();
    if (type == u"array")
        return v.isArray();
    if (type == u"string")
        return v.isString();
    if (type == u"integer")
        return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
    if (type == u"number")
        return v.isDouble();
    if (type == u"boolean")
        return v.isBool();
    return true;
}

void check(const QJsonObject &spec, const QJsonObject &schemaIn, const QJsonValue &v,
           const QString &where, QStringList &out)
{
    const QJsonObject schema = resolve(spec, schemaIn);
    if (v.isNull() && schema.value(u"nullable").toBool())
        return;
    if (schema.contains(u"oneOf")) {
        for (const QJsonValue &alt : schema.value(u"oneOf").toArray()) {
            QStringList sub;
            check(spec, alt.toObject(), v, where, sub);
            if (sub.isEmpty())
                return;
        }
        out.append(where + QStringLiteral(": matches none of oneOf"));
        return;
    }
    const QString type = schema.value(u"type").toString();
    if (!type.isEmpty() && !typeMatches(type, v)) {
        out.append(where + QStringLiteral(": expected %1").arg(type));
        return;
    }
    if (schema.contains(u"enum") && !schema.value(u"enum").toArray().contains(v))
        out.append(where + QStringLiteral(": %1 is not in the enum").arg(v.toVariant().toString()));
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const QJsonValue &r : schema.value(u"required").toArray()) {
            if (!o.contains(r.toString()))
                out.append(where + QStringLiteral(": missing required '%1'").arg(r.toString()));
        }
        const QJsonObject props = schema.value(u"properties").toObject();
        for (auto it = props.begin(); it != props.end(); ++it) {
            if (o.contains(it.key()))
                check(spec, it.value().toObject(), o.value(it.key()), where + u'/' + it.key(), out);
        }
    }
    if (v.isArray() && schema.contains(u"items")) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            check(spec, schema.value(u"items").toObject(), a.at(i),
                  where + u'/' + QString::number(i), out);
    }
}

} // namespace

QStringList openApiViolations(const QJsonObject &spec, const QString &pathTemplate,
                              const QString &method, int status, const QByteArray &body)
{
    QStringList out;
    const QJsonObject operation = spec.value(u"paths")
                                          .toObject()
                                          .value(pathTemplate)
                                          .toObject()
                                          .value(method.toLower())
                                          .toObject();
    if (operation.isEmpty())
        return {QStringLiteral("%1 %2 is not documented").arg(method, pathTemplate)};
    const QJsonValue responseValue
            = operation.value(u"responses").toObject().value(QString::number(status));
    if (responseValue.isUndefined())
        return {QStringLiteral("%1 %2: status %3 is not documented")
                        .arg(method, pathTemplate)
                        .arg(status)};
    const QJsonObject response = resolve(spec, responseValue.toObject());
    const QJsonObject content = response.value(u"content").toObject();
    if (content.contains(u"application/json")) {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
        if (e.error != QJsonParseError::NoError)
            return {QStringLiteral("%1 %2 %3: body is not JSON")
                            .arg(method, pathTemplate)
                            .arg(status)};
        const QJsonValue v = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        check(spec, content.value(u"application/json").toObject().value(u"schema").toObject(), v,
              QStringLiteral("%1 %2 %3").arg(method, pathTemplate).arg(status), out);
    }
    return out;
}

} // namespace altrunner::test
