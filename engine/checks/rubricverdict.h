// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace altrunner {

// An `llm-rubric` check's grading (docs/outputs.md "Checks on answers"): the question the grader
// model is asked, the schema its verdict must match ({"pass": bool, "reason": string}, strict),
// and what the verdict means. The verdict is itself checked against the schema: a grader that
// answers anything else fails the check with why.
class RubricVerdict final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::RubricVerdict)

public:
    static std::shared_ptr<const OutputSchema> schema();
    static QString systemPrompt();
    static QString prompt(const QString &rubric, const QString &answer);
    static CheckResult read(const QString &graderAnswer);
};

} // namespace altrunner
