// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkevaluator.h"

#include "schema/answerjson.h"

#include <QJsonDocument>

namespace altrunner {

namespace {

// A value to compare text with: a string as is, anything else as compact JSON.
QString asText(const QJsonValue &value)
{
    return AnswerJson::inserted(value);
}

// At most 80 characters of `text` for a reason, on one line.
QString quoted(const QString &text)
{
    QString shown = text.simplified();
    if (shown.size() > 80)
        shown = shown.left(79) + QChar(0x2026);
    return u'\'' + shown + u'\'';
}

CheckResult result(bool pass, const QString &reason)
{
    return {pass, pass ? 1.0 : 0.0, reason};
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

QJsonValue CheckInput::jsonOf(const QString &output, const QJsonValue &schemaChecked)
{
    if (!schemaChecked.isUndefined())
        return schemaChecked;
    const std::optional<QJsonValue> parsed = AnswerJson::parse(output);
    return parsed ? *parsed : QJsonValue();
}

bool CheckEvaluator::isImmediate(const Check &check)
{
    return check.type != Check::Type::JavaScript && check.type != Check::Type::LlmRubric;
}

CheckResult CheckEvaluator::negated(const Check &check, CheckResult r)
{
    if (!check.negated)
        return r;
    r.pass = !r.pass;
    r.score = 1.0 - std::clamp(r.score, 0.0, 1.0);
    // The reason says what holds ("the answer does not contain 'x'"): true either way.
    return r;
}

CheckResult CheckEvaluator::evaluate(const Check &check, const CheckInput &in)
{
    const QString &out = in.output;
    CheckResult r;
    switch (check.type) {
    case Check::Type::Equals:
        if (check.value.isObject() || check.value.isArray()) {
            const bool same = in.json == check.value;
            r = result(same,
                       same ? tr("the answer's JSON equals the expected value")
                            : tr("the answer's JSON is not the expected value"));
        } else {
            const bool same = out == asText(check.value);
            r = result(same,
                       same ? tr("the answer equals %1").arg(quoted(asText(check.value)))
                            : tr("the answer %1 is not %2")
                                       .arg(quoted(out), quoted(asText(check.value))));
        }
        break;
    case Check::Type::Contains:
    case Check::Type::IContains: {
        const Qt::CaseSensitivity cs
                = check.type == Check::Type::IContains ? Qt::CaseInsensitive : Qt::CaseSensitive;
        const QString needle = asText(check.value);
        const bool found = out.contains(needle, cs);
        r = result(found,
                   found ? tr("the answer contains %1").arg(quoted(needle))
                         : tr("the answer does not contain %1").arg(quoted(needle)));
        break;
    }
    case Check::Type::ContainsAny: {
        QStringList found;
        for (const QString &s : check.strings)
            if (out.contains(s))
                found.append(quoted(s));
        r = result(!found.isEmpty(),
                   found.isEmpty() ? tr("the answer contains none of %1").arg(check.strings.size())
                                   : tr("the answer contains %1").arg(found.join(u", ")));
        break;
    }
    case Check::Type::ContainsAll: {
        QStringList missing;
        for (const QString &s : check.strings)
            if (!out.contains(s))
                missing.append(quoted(s));
        r = result(missing.isEmpty(),
                   missing.isEmpty()
                           ? tr("the answer contains all %1").arg(check.strings.size())
                           : tr("the answer does not contain %1").arg(missing.join(u", ")));
        break;
    }
    case Check::Type::StartsWith: {
        const QString prefix = asText(check.value);
        const bool starts = out.startsWith(prefix);
        r = result(starts,
                   starts ? tr("the answer starts with %1").arg(quoted(prefix))
                          : tr("the answer does not start with %1 (it starts %2)")
                                    .arg(quoted(prefix), quoted(out.left(prefix.size() + 10))));
        break;
    }
    case Check::Type::Regex: {
        const QRegularExpressionMatch m = check.regex.match(out);
        r = result(m.hasMatch(),
                   m.hasMatch() ? tr("the answer matches /%1/ at %2: %3")
                                          .arg(check.regex.pattern())
                                          .arg(m.capturedStart())
                                          .arg(quoted(m.captured()))
                                : tr("the answer does not match /%1/").arg(check.regex.pattern()));
        break;
    }
    case Check::Type::IsJson:
    case Check::Type::JsonSchema: {
        QString why;
        const std::optional<QJsonValue> parsed = AnswerJson::parse(out, &why);
        if (!parsed) {
            r = result(false, tr("the answer is not JSON: %1").arg(why));
        } else if (!check.schema) {
            r = result(true, tr("the answer is JSON"));
        } else {
            const QList<OutputSchema::Problem> problems = check.schema->problemsOf(*parsed);
            r = result(problems.isEmpty(),
                       problems.isEmpty() ? tr("the answer matches the schema")
                                          : tr("the answer does not match the schema: %1")
                                                    .arg(OutputSchema::summary(problems)));
        }
        break;
    }
    case Check::Type::Cost: {
        const double most = check.threshold.value_or(0);
        if (!in.cost)
            r = result(false,
                       tr("the cost is unknown (no price for this model in the pricing "
                          "file), so it cannot be held to %1")
                               .arg(number(most)));
        else
            r = result(*in.cost <= most,
                       *in.cost <= most
                               ? tr("cost %1 is at most %2").arg(number(*in.cost), number(most))
                               : tr("cost %1 is above %2").arg(number(*in.cost), number(most)));
        break;
    }
    case Check::Type::Latency: {
        const double most = check.threshold.value_or(0);
        const bool ok = double(in.latencyMs) <= most;
        r = result(ok,
                   ok ? tr("latency %1 ms is at most %2 ms").arg(in.latencyMs).arg(number(most))
                      : tr("latency %1 ms is above %2 ms").arg(in.latencyMs).arg(number(most)));
        break;
    }
    case Check::Type::Tokens: {
        const double most = check.threshold.value_or(0);
        const bool ok = double(in.tokens) <= most;
        r = result(ok,
                   ok ? tr("%1 tokens is at most %2").arg(in.tokens).arg(number(most))
                      : tr("%1 tokens is above %2").arg(in.tokens).arg(number(most)));
        break;
    }
    case Check::Type::JavaScript:
    case Check::Type::LlmRubric:
        Q_ASSERT_X(false, "CheckEvaluator::evaluate", "not an immediate check");
        return result(false, QStringLiteral("not an immediate check"));
    }
    return negated(check, r);
}

} // namespace altrunner
