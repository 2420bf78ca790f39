// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>

class QJSEngine;

namespace altrunner {

// Reads a task's `assert`, `checks_threshold` and `retry_on_check_failure` (docs/outputs.md
// "Checks on answers") into TaskChecks, finding every mistake at load time: an unknown type (the
// known ones listed), a value of the wrong kind, a regex or a JavaScript expression that does not
// compile, a missing bound, a schema the file does not define. One parser serves a whole file:
// JavaScript is compiled in one engine, made on first use, in the calling thread.
class CheckParser final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::CheckParser)
    Q_DISABLE_COPY_MOVE(CheckParser)

public:
    struct Problem
    {
        QString pointer; // into the task object: "/assert/2/value"
        QString message;
        bool warning = false;
    };
    // A json-schema's value (an object, or a name in the file's `schemas`) as a compiled schema,
    // or null with `problems` told why (the validator's own rules for output_schema).
    using SchemaResolver = std::function<std::shared_ptr<const OutputSchema>(
            const QJsonValue &value, const QString &pointer)>;

    explicit CheckParser(SchemaResolver resolveSchema);
    ~CheckParser();

    // Null when the task has no `assert` (or an empty one), or when an entry is wrong (see
    // `problems`).
    std::shared_ptr<const TaskChecks> parse(const QJsonObject &task, QList<Problem> *problems);

private:
    bool entry(const QJsonValue &value, const QString &at, Check &check, QList<Problem> *problems);
    bool compiles(const QString &expression, QString *why);

    SchemaResolver m_resolveSchema;
    std::unique_ptr<QJSEngine> m_engine;
};

} // namespace altrunner
