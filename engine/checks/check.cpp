// SPDX-License-Identifier: GPL-3.0-or-later
#include "check.h"

#include <array>
#include <utility>

namespace altrunner {

namespace {

constexpr std::array<std::pair<Check::Type, const char *>, 14> kNames {{
        {Check::Type::Equals, "equals"},
        {Check::Type::Contains, "contains"},
        {Check::Type::IContains, "icontains"},
        {Check::Type::ContainsAny, "contains-any"},
        {Check::Type::ContainsAll, "contains-all"},
        {Check::Type::StartsWith, "starts-with"},
        {Check::Type::Regex, "regex"},
        {Check::Type::IsJson, "is-json"},
        {Check::Type::JsonSchema, "json-schema"},
        {Check::Type::JavaScript, "javascript"},
        {Check::Type::Cost, "cost"},
        {Check::Type::Latency, "latency"},
        {Check::Type::Tokens, "tokens"},
        {Check::Type::LlmRubric, "llm-rubric"},
}};

} // namespace

std::optional<Check::Type> Check::typeNamed(const QString &name)
{
    for (const auto &[type, text] : kNames)
        if (name == QLatin1StringView(text))
            return type;
    return std::nullopt;
}

QString Check::nameOf(Type type)
{
    for (const auto &[t, text] : kNames)
        if (t == type)
            return QLatin1StringView(text);
    Q_UNREACHABLE();
    return QString();
}

QStringList Check::typeNames()
{
    QStringList names;
    for (const auto &entry : kNames)
        names.append(QLatin1StringView(entry.second));
    return names;
}

QString Check::name() const
{
    return negated ? QStringLiteral("not-") + nameOf(type) : nameOf(type);
}

bool TaskChecks::hasRubric() const
{
    for (const Check &c : checks)
        if (c.type == Check::Type::LlmRubric)
            return true;
    return false;
}

QJsonObject CheckResult::toJson(const Check &check) const
{
    QJsonObject o {{QStringLiteral("type"), check.name()},
                   {QStringLiteral("pass"), pass},
                   {QStringLiteral("score"), score},
                   {QStringLiteral("reason"), reason}};
    if (check.warnOnly)
        o.insert(QStringLiteral("severity"), QStringLiteral("warn"));
    return o;
}

} // namespace altrunner
