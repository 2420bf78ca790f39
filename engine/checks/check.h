// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/outputschema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <memory>
#include <optional>

namespace altrunner {

// One entry of a task's `assert` list, read and checked at load time (docs/outputs.md "Checks on
// answers"): its type with promptfoo's name, whether it is negated (`not-`), what it compares
// with, its bound (`threshold`), weight and severity. Immutable once read.
struct Check
{
    enum class Type : quint8 {
        Equals,
        Contains,
        IContains,
        ContainsAny,
        ContainsAll,
        StartsWith,
        Regex,
        IsJson,
        JsonSchema,
        JavaScript,
        Cost,
        Latency,
        Tokens,
        LlmRubric,
    };
    // The type by its name without `not-` ("contains"), or nullopt.
    static std::optional<Type> typeNamed(const QString &name);
    static QString nameOf(Type type);
    // Every type's name, for an error that lists them.
    static QStringList typeNames();

    Type type = Type::Equals;
    bool negated = false;
    bool warnOnly = false; // "severity": "warn": recorded, never fails the task
    double weight = 1.0;
    std::optional<double> threshold;
    QJsonValue value;
    QStringList strings; // contains-any / contains-all: the strings to look for
    QRegularExpression regex; // regex, compiled once
    std::shared_ptr<const OutputSchema> schema; // json-schema (and is-json with a schema)

    // The name the results carry: "not-contains", "llm-rubric".
    QString name() const;
};

// A task's checks: its `assert` entries, `checks_threshold` (the weighted share of the entries
// that are not warnings that must pass; 1: all) and `retry_on_check_failure`.
struct TaskChecks
{
    QList<Check> checks;
    double threshold = 1.0;
    bool retryOnFailure = false;
    QJsonArray source; // the `assert` list as written: what a journal writes back

    bool hasRubric() const;
};

// What one check found: the entry of `metadata.checks` (docs/outputs.md).
struct CheckResult
{
    bool pass = false;
    double score = 0.0;
    QString reason;

    // {"type", "pass", "score", "reason"} (+ "severity": "warn" for a warning).
    QJsonObject toJson(const Check &check) const;
};

} // namespace altrunner
