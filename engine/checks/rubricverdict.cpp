// SPDX-License-Identifier: GPL-3.0-or-later
#include "rubricverdict.h"

#include <QJsonDocument>

namespace altrunner {

std::shared_ptr<const OutputSchema> RubricVerdict::schema()
{
    static const std::shared_ptr<const OutputSchema> verdict = [] {
        const QJsonObject json = QJsonDocument::fromJson(R"({
            "type": "object",
            "properties": {"pass": {"type": "boolean"}, "reason": {"type": "string"}},
            "required": ["pass", "reason"],
            "additionalProperties": false})")
                                         .object();
        OutputSchema::Error error;
        auto compiled = OutputSchema::compile(json, &error);
        Q_ASSERT_X(compiled, "RubricVerdict::schema", qPrintable(error.message));
        return compiled;
    }();
    return verdict;
}

QString RubricVerdict::systemPrompt()
{
    return QStringLiteral(
            "You grade an answer against a rubric. Read the rubric and the answer, decide whether "
            "the answer meets the rubric, and reply with JSON only: {\"pass\": true or false, "
            "\"reason\": \"one or two sentences on why\"}.");
}

QString RubricVerdict::prompt(const QString &rubric, const QString &answer)
{
    return QStringLiteral("Rubric:\n%1\n\nAnswer:\n<answer>\n%2\n</answer>").arg(rubric, answer);
}

CheckResult RubricVerdict::read(const QString &graderAnswer)
{
    const OutputSchema::Check check = schema()->check(graderAnswer);
    if (!check.ok())
        return {false, 0.0,
                tr("the grader's verdict is not {\"pass\": bool, \"reason\": string}: %1")
                        .arg(check.value ? OutputSchema::summary(check.problems)
                                         : graderAnswer.left(80).simplified())};
    const QJsonObject verdict = check.value->toObject();
    const bool pass = verdict.value(QStringLiteral("pass")).toBool();
    return {pass, pass ? 1.0 : 0.0, verdict.value(QStringLiteral("reason")).toString()};
}

} // namespace altrunner
