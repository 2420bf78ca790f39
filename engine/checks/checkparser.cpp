// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkparser.h"

#include "javascriptcheck.h"

#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace altrunner {

namespace {

QString shown(const QJsonValue &v)
{
    if (v.isString())
        return u'"' + v.toString().left(60) + u'"';
    if (v.isUndefined())
        return QStringLiteral("nothing");
    const QByteArray json = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2)).left(60);
}

} // namespace

CheckParser::CheckParser(SchemaResolver resolveSchema)
    : m_resolveSchema(std::move(resolveSchema))
{
}

CheckParser::~CheckParser() = default;

bool CheckParser::compiles(const QString &expression, QString *why)
{
    if (!m_engine)
        m_engine = std::make_unique<QJSEngine>();
    const QJSValue f = JavaScriptCheck::compile(*m_engine, expression);
    if (m_engine->hasError() || f.isError() || !f.isCallable()) {
        *why = m_engine->hasError() ? m_engine->catchError().toString() : f.toString();
        return false;
    }
    return true;
}

std::shared_ptr<const TaskChecks> CheckParser::parse(const QJsonObject &task,
                                                     QList<Problem> *problems)
{
    auto error = [problems](const QString &at, const QString &message) {
        problems->append({at, message, false});
    };
    auto checks = std::make_shared<TaskChecks>();
    bool ok = true;

    const QJsonValue threshold = task.value(QStringLiteral("checks_threshold"));
    if (!threshold.isUndefined() && !threshold.isNull()) {
        const double d = threshold.toDouble(-1);
        if (!threshold.isDouble() || !std::isfinite(d) || d < 0 || d > 1) {
            error(QStringLiteral("/checks_threshold"),
                  tr("'checks_threshold' must be a number from 0 to 1 (the weighted share of "
                     "checks that must pass), not %1")
                          .arg(shown(threshold)));
            ok = false;
        } else {
            checks->threshold = d;
        }
    }
    const QJsonValue retry = task.value(QStringLiteral("retry_on_check_failure"));
    if (!retry.isUndefined() && !retry.isNull()) {
        if (!retry.isBool()) {
            error(QStringLiteral("/retry_on_check_failure"),
                  tr("'retry_on_check_failure' must be true or false, not %1").arg(shown(retry)));
            ok = false;
        } else {
            checks->retryOnFailure = retry.toBool();
        }
    }

    const QJsonValue list = task.value(QStringLiteral("assert"));
    if (list.isUndefined() || list.isNull())
        return nullptr;
    if (!list.isArray()) {
        error(QStringLiteral("/assert"),
              tr("'assert' must be a list of checks ({\"type\": ..., \"value\": ...}), not %1")
                      .arg(shown(list)));
        return nullptr;
    }
    const QJsonArray entries = list.toArray();
    checks->source = entries;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        Check check;
        if (entry(entries.at(i), QStringLiteral("/assert/%1").arg(i), check, problems))
            checks->checks.append(std::move(check));
        else
            ok = false;
    }
    if (!ok || checks->checks.isEmpty())
        return nullptr;
    return checks;
}

bool CheckParser::entry(const QJsonValue &value, const QString &at, Check &check,
                        QList<Problem> *problems)
{
    auto error = [problems, &at](const QString &field, const QString &message) {
        problems->append({at + field, message, false});
        return false;
    };
    if (!value.isObject())
        return error(QString(),
                     tr("a check must be an object with a 'type', not %1").arg(shown(value)));
    const QJsonObject o = value.toObject();
    static const QSet<QString> known {QStringLiteral("type"),       QStringLiteral("value"),
                                      QStringLiteral("threshold"),  QStringLiteral("weight"),
                                      QStringLiteral("severity"),   QStringLiteral("metric"),
                                      QStringLiteral("description")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            problems->append({at + u'/' + it.key(),
                              tr("unknown field '%1' in a check (ignored; known: type, value, "
                                 "threshold, weight, severity)")
                                      .arg(it.key()),
                              true});

    const QJsonValue type = o.value(QStringLiteral("type"));
    if (!type.isString())
        return error(QStringLiteral("/type"),
                     tr("a check needs a 'type' (one of %1), not %2")
                             .arg(Check::typeNames().join(u", "), shown(type)));
    QString name = type.toString();
    if (name.startsWith(QStringLiteral("not-"))) {
        check.negated = true;
        name = name.mid(4);
    }
    const std::optional<Check::Type> t = Check::typeNamed(name);
    if (!t)
        return error(QStringLiteral("/type"),
                     tr("unknown check type %1 (known: %2, each also with 'not-')")
                             .arg(shown(type), Check::typeNames().join(u", ")));
    check.type = *t;

    auto number = [&](const QString &field, std::optional<double> *out) {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull())
            return true;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || !std::isfinite(d) || d < 0)
            return error(u'/' + field,
                         tr("'%1' must be a number of at least 0, not %2").arg(field, shown(v)));
        *out = d;
        return true;
    };
    std::optional<double> weight;
    if (!number(QStringLiteral("weight"), &weight)
        || !number(QStringLiteral("threshold"), &check.threshold))
        return false;
    check.weight = weight.value_or(1.0);

    const QJsonValue severity = o.value(QStringLiteral("severity"));
    if (!severity.isUndefined() && !severity.isNull()) {
        if (severity != QJsonValue(QStringLiteral("warn"))
            && severity != QJsonValue(QStringLiteral("error")))
            return error(
                    QStringLiteral("/severity"),
                    tr("'severity' must be \"warn\" or \"error\", not %1").arg(shown(severity)));
        check.warnOnly = severity.toString() == u"warn";
    }

    const QJsonValue v = o.value(QStringLiteral("value"));
    check.value = v;
    const bool hasValue = !v.isUndefined() && !v.isNull();
    const QString typeName = Check::nameOf(check.type);
    auto needText = [&]() {
        if (v.isString() || v.isDouble() || v.isBool())
            return true;
        return error(QStringLiteral("/value"),
                     tr("'%1' needs a 'value' with the text to look for, not %2")
                             .arg(typeName, shown(v)));
    };
    switch (check.type) {
    case Check::Type::Equals:
        if (v.isUndefined())
            return error(QStringLiteral("/value"),
                         tr("'equals' needs a 'value': the text (or JSON) the answer must be"));
        break;
    case Check::Type::Contains:
    case Check::Type::IContains:
    case Check::Type::StartsWith:
        return needText();
    case Check::Type::ContainsAny:
    case Check::Type::ContainsAll: {
        if (v.isString()) {
            // promptfoo's comma-separated form
            for (const QString &s : v.toString().split(u',', Qt::SkipEmptyParts))
                check.strings.append(s.trimmed());
        } else if (v.isArray()) {
            const QJsonArray items = v.toArray();
            for (qsizetype k = 0; k < items.size(); ++k) {
                const QJsonValue item = items.at(k);
                if (!item.isString() && !item.isDouble())
                    return error(QStringLiteral("/value/%1").arg(k),
                                 tr("'%1' looks for strings, not %2").arg(typeName, shown(item)));
                check.strings.append(item.isString() ? item.toString()
                                                     : QString::number(item.toDouble(), 'g', 17));
            }
        }
        if (check.strings.isEmpty())
            return error(QStringLiteral("/value"),
                         tr("'%1' needs a 'value' with the strings to look for (a list, or text "
                            "separated by commas), not %2")
                                 .arg(typeName, shown(v)));
        break;
    }
    case Check::Type::Regex: {
        if (!v.isString())
            return error(QStringLiteral("/value"),
                         tr("'regex' needs a 'value' with the pattern, not %1").arg(shown(v)));
        check.regex = QRegularExpression(v.toString());
        if (!check.regex.isValid())
            return error(QStringLiteral("/value"),
                         tr("the pattern %1 does not compile: %2 at offset %3")
                                 .arg(shown(v), check.regex.errorString())
                                 .arg(check.regex.patternErrorOffset()));
        check.regex.optimize();
        break;
    }
    case Check::Type::IsJson:
    case Check::Type::JsonSchema:
        if (!hasValue) {
            if (check.type == Check::Type::JsonSchema)
                return error(QStringLiteral("/value"),
                             tr("'json-schema' needs a 'value': a JSON Schema, or the name of "
                                "one in 'schemas'"));
            break;
        }
        if (!v.isObject() && !v.isString())
            return error(QStringLiteral("/value"),
                         tr("'%1' takes a JSON Schema or the name of one in 'schemas', not %2")
                                 .arg(typeName, shown(v)));
        check.schema = m_resolveSchema(v, at + QStringLiteral("/value"));
        if (!check.schema)
            return false; // the resolver said why
        break;
    case Check::Type::JavaScript: {
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return error(QStringLiteral("/value"),
                         tr("'javascript' needs a 'value' with the code (an expression over "
                            "output, json and context), not %1")
                                 .arg(shown(v)));
        QString why;
        if (!compiles(v.toString(), &why))
            return error(QStringLiteral("/value"),
                         tr("the JavaScript does not compile: %1").arg(why));
        break;
    }
    case Check::Type::Cost:
    case Check::Type::Latency:
    case Check::Type::Tokens:
        if (!check.threshold)
            return error(QStringLiteral("/threshold"),
                         tr("'%1' needs a 'threshold': the most it may be (%2)")
                                 .arg(typeName,
                                      check.type == Check::Type::Cost
                                              ? tr("in the pricing file's currency")
                                              : check.type == Check::Type::Latency
                                              ? tr("in milliseconds")
                                              : tr("in tokens")));
        break;
    case Check::Type::LlmRubric:
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return error(QStringLiteral("/value"),
                         tr("'llm-rubric' needs a 'value' with the rubric the grader applies, "
                            "not %1")
                                 .arg(shown(v)));
        break;
    }
    return true;
}

} // namespace altrunner
