// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentation.h"

#include "altfile.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace altrunner {

namespace {

// The enhanced segmentation schema's constructs: ALT Runner runs none of them, and says so.
const char *const kUnsupported[]
        = {"variables", "conditions", "loops", "functions", "function_calls"};

} // namespace

bool Segmentation::isSegmentation(const QJsonObject &root)
{
    return root.contains(QStringLiteral("segments")) && !root.contains(QStringLiteral("tasks"));
}

Segmentation::Mapped Segmentation::toAlt(const QJsonObject &root)
{
    Mapped m;
    auto report = [&m](Diagnostic::Severity severity, const QString &pointer,
                       const QString &message, const QString &anchor = QString()) {
        Diagnostic d;
        d.severity = severity;
        d.pointer = pointer;
        d.message = message;
        m.diagnostics.append(d);
        m.anchors.append(anchor.isNull() ? pointer : anchor);
    };
    auto error = [&](const QString &pointer, const QString &message,
                     const QString &anchor = QString()) {
        report(Diagnostic::Severity::Error, pointer, message, anchor);
    };
    // A required string: reported here in the segmentation's own words; the ALT document gets a
    // stand-in so the validator does not report the same thing again in other words.
    auto requiredString = [&](const QJsonObject &obj, const QString &at, const QString &key,
                              const QString &context) -> QString {
        const QJsonValue v = obj.value(key);
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            if (v.isUndefined())
                error(at + u'/' + key, context + tr("missing required field '%1'").arg(key), at);
            else if (v.isString())
                error(at + u'/' + key, context + tr("'%1' must not be empty").arg(key));
            else
                error(at + u'/' + key,
                      context
                              + tr("'%1' must be a non-empty string, not %2")
                                        .arg(key, typeName(v, TypeWords::Yaml)));
            return QStringLiteral("?");
        }
        return v.toString();
    };
    for (const char *name : kUnsupported) {
        const QString key = QLatin1StringView(name);
        if (root.contains(key))
            error(u'/' + key,
                  tr("%1 are not supported by ALT Runner").arg(QString(key).replace(u'_', u' ')));
    }

    QJsonObject &alt = m.alt;
    alt.insert(QStringLiteral("id"), requiredString(root, QString(), QStringLiteral("id"), {}));
    const QJsonValue version = root.value(QStringLiteral("version"));
    alt.insert(QStringLiteral("version"),
               version.isDouble() ? QString::number(version.toDouble())
                                  : requiredString(root, QString(), QStringLiteral("version"), {}));
    const QString timestamp = requiredString(root, QString(), QStringLiteral("timestamp"), {});
    static const QRegularExpression zone(QStringLiteral("([zZ]|[+-]\\d{2}:?\\d{2})$"));
    if (timestamp != u"?" && !zone.match(timestamp).hasMatch()) {
        report(Diagnostic::Severity::Warning, QStringLiteral("/timestamp"),
               tr("'timestamp' %1 has no time zone: read as UTC").arg(timestamp));
        alt.insert(QStringLiteral("created_at"), QString(timestamp + u'Z'));
    } else {
        alt.insert(QStringLiteral("created_at"),
                   timestamp == u"?" ? QStringLiteral("1970-01-01T00:00:00Z") : timestamp);
    }
    const QString command = requiredString(root, QString(), QStringLiteral("command"), {});
    alt.insert(QStringLiteral("title"), command.left(80));
    alt.insert(QStringLiteral("description"), command);
    // "model" and "schemas": the default model and named output schemas (docs/outputs.md), in
    // YAML as in JSON.
    for (const char *key : {"mode", "persona", "metadata", "model", "schemas"}) {
        const QString k = QLatin1StringView(key);
        if (root.contains(k) && !root.value(k).isNull())
            alt.insert(k, root.value(k));
    }
    QJsonObject metadata = root.value(QStringLiteral("metadata")).toObject();
    if (root.contains(QStringLiteral("language")))
        metadata.insert(QStringLiteral("language"), root.value(QStringLiteral("language")));
    metadata.insert(QStringLiteral("chaos_level"), root.value(QStringLiteral("chaos_level")));
    if (root.value(QStringLiteral("metadata")).isObject()
        || !root.contains(QStringLiteral("metadata")))
        alt.insert(QStringLiteral("metadata"), metadata);

    // chaos_level: 1 to 10 in Chaos mode, null otherwise.
    const QJsonValue chaos = root.value(QStringLiteral("chaos_level"));
    const bool chaosMode
            = root.value(QStringLiteral("mode")).toString().compare(u"chaos", Qt::CaseInsensitive)
            == 0;
    const bool chaosNull = chaos.isNull() || chaos.isUndefined();
    if (chaosMode) {
        const double c = chaos.toDouble();
        if (!chaos.isDouble() || c != std::floor(c) || c < 1 || c > 10)
            error(QStringLiteral("/chaos_level"),
                  tr("'chaos_level' must be an integer from 1 to 10 in Chaos mode, not %1")
                          .arg(chaos.isDouble() ? QString::number(c)
                                                : typeName(chaos, TypeWords::Yaml)),
                  chaos.isUndefined() ? QString() : QStringLiteral("/chaos_level"));
    } else if (!chaosNull) {
        error(QStringLiteral("/chaos_level"),
              tr("'chaos_level' must be null unless the mode is Chaos"));
    }

    const QJsonValue segments = root.value(QStringLiteral("segments"));
    if (!segments.isArray() || segments.toArray().isEmpty()) {
        error(QStringLiteral("/segments"),
              segments.isArray() ? tr("'segments' must hold at least one segment")
                                 : tr("'segments' must be a list of segments, not %1")
                                           .arg(typeName(segments, TypeWords::Yaml)));
        alt.insert(QStringLiteral("tasks"),
                   QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("?")},
                                            {QStringLiteral("description"), QStringLiteral("?")}}});
        return m;
    }
    QJsonArray tasks;
    const QJsonArray list = segments.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString sp = QStringLiteral("/segments/%1").arg(i);
        if (!list.at(i).isObject()) {
            tasks.append(list.at(i)); // the validator says it is not an object
            continue;
        }
        const QJsonObject s = list.at(i).toObject();
        const QString context = tr("segment #%1: ").arg(i + 1);
        for (const char *name : kUnsupported) {
            const QString key = QLatin1StringView(name);
            if (s.contains(key))
                error(sp + u'/' + key,
                      context
                              + tr("%1 are not supported by ALT Runner")
                                        .arg(QString(key).replace(u'_', u' ')));
        }
        QJsonObject t;
        if (s.contains(QStringLiteral("id")))
            t.insert(QStringLiteral("id"), s.value(QStringLiteral("id")));
        const QString content = requiredString(s, sp, QStringLiteral("content"), context);
        t.insert(QStringLiteral("description"), content);
        QJsonObject parameters;
        const QJsonValue params = s.value(QStringLiteral("parameters"));
        if (params.isArray()) {
            const QJsonArray plist = params.toArray();
            for (qsizetype k = 0; k < plist.size(); ++k) {
                const QString pp = sp + QStringLiteral("/parameters/%1").arg(k);
                const QJsonObject p = plist.at(k).toObject();
                if (!plist.at(k).isObject()) {
                    error(pp,
                          context + tr("a parameter must be a mapping with a name and a value"));
                    continue;
                }
                const QJsonValue name = p.value(QStringLiteral("name"));
                if (!name.isString() || name.toString().isEmpty()) {
                    error(pp + u"/name", context + tr("a parameter needs a 'name'"), pp);
                    continue;
                }
                if (!p.contains(QStringLiteral("value"))) {
                    error(pp + u"/value",
                          context + tr("parameter '%1' needs a 'value'").arg(name.toString()), pp);
                    continue;
                }
                parameters.insert(name.toString(), p.value(QStringLiteral("value")));
            }
        } else if (!params.isUndefined() && !params.isNull()) {
            error(sp + u"/parameters",
                  context
                          + tr("'parameters' must be a list of {name, value}, not %1")
                                    .arg(typeName(params, TypeWords::Yaml)));
        }
        // Whatever the segment's type, ALT Runner asks the AI: the type goes along as a hint.
        if (s.contains(QStringLiteral("task_type")))
            parameters.insert(QStringLiteral("segment_type"), s.value(QStringLiteral("task_type")));
        parameters.remove(QStringLiteral("task_type"));
        parameters.insert(QStringLiteral("prompt"), content);
        t.insert(QStringLiteral("parameters"), parameters);
        if (s.contains(QStringLiteral("dependencies")))
            t.insert(QStringLiteral("dependencies"), s.value(QStringLiteral("dependencies")));
        if (s.contains(QStringLiteral("metadata")))
            t.insert(QStringLiteral("metadata"), s.value(QStringLiteral("metadata")));
        // Output contracts and checks on answers (docs/outputs.md) go along as they are.
        for (const char *key :
             {"repair_attempts", "assert", "checks_threshold", "retry_on_check_failure"}) {
            if (s.contains(QLatin1StringView(key)))
                t.insert(QLatin1StringView(key), s.value(QLatin1StringView(key)));
        }
        tasks.append(t);
    }
    alt.insert(QStringLiteral("tasks"), tasks);
    return m;
}

QString Segmentation::sourcePointer(const QString &altPointer, const QJsonObject &root)
{
    static const QHash<QString, QString> top {
            {QStringLiteral("/created_at"), QStringLiteral("/timestamp")},
            {QStringLiteral("/title"), QStringLiteral("/command")},
            {QStringLiteral("/description"), QStringLiteral("/command")},
            {QStringLiteral("/tasks"), QStringLiteral("/segments")}};
    if (const auto it = top.constFind(altPointer); it != top.cend())
        return *it;
    if (!altPointer.startsWith(u"/tasks/"))
        return altPointer;
    const QStringList parts = altPointer.mid(1).split(u'/');
    const QString segment = u"/segments/" + parts.value(1);
    if (parts.size() == 2)
        return segment;
    const QString field = parts.at(2);
    if (field == u"description")
        return segment + u"/content";
    if (field != u"parameters" || parts.size() < 4)
        return segment + u'/' + parts.mid(2).join(u'/');
    const QString name = parts.at(3);
    if (name == u"prompt")
        return segment + u"/content";
    if (name == u"segment_type")
        return segment + u"/task_type";
    const QJsonArray params = root.value(QStringLiteral("segments"))
                                      .toArray()
                                      .at(parts.value(1).toInt())
                                      .toObject()
                                      .value(QStringLiteral("parameters"))
                                      .toArray();
    for (qsizetype k = 0; k < params.size(); ++k) {
        if (params.at(k).toObject().value(QStringLiteral("name")).toString() == name)
            return segment + QStringLiteral("/parameters/%1/value").arg(k);
    }
    return segment + u"/parameters";
}

} // namespace altrunner
