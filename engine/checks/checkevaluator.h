// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace altrunner {

// What a check looks at: the answer and what the task spent on it.
struct CheckInput
{
    QString output; // the answer's text
    QJsonValue json; // output.json with a schema, else the text read as JSON, else null
    QJsonObject context; // {task_id, vars}
    std::optional<double> cost; // unknown without a price
    qint64 latencyMs = 0; // the answering attempt's; 0 for an answer from the cache
    qint64 tokens = 0;

    // `json` as docs/outputs.md defines it: the schema-checked value when there is one, else
    // the text parsed as JSON (a ```json fence tolerated), else null.
    static QJsonValue jsonOf(const QString &output, const QJsonValue &schemaChecked);
};

// The checks that need nothing but their input (docs/outputs.md "Checks on answers"): every type
// but `javascript` (JavaScriptCheck, on the run's thread pool) and `llm-rubric` (a grader
// model's verdict, RubricVerdict). `not-` turns pass into fail and says so.
class CheckEvaluator final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::CheckEvaluator)

public:
    // Whether `check` is evaluated here, at once.
    static bool isImmediate(const Check &check);
    static CheckResult evaluate(const Check &check, const CheckInput &input);
    // A result of the check's own type turned around for `not-`.
    static CheckResult negated(const Check &check, CheckResult result);
};

} // namespace altrunner
