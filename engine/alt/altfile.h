// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "approvalgate.h"
#include "checks/check.h"
#include "placeholders.h"
#include "schema/outputschema.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace altrunner {

enum class Mode { Normal, Dream, Explore, Chaos };
enum class Priority : quint8 { Low = 0, Medium = 1, High = 2, Critical = 3 };
enum class TaskKind : quint8 { Ai, Noop, Approval };

QString modeName(Mode mode);
std::optional<Mode> parseMode(const QString &text); // case-insensitive
QString modeChoices(); // "normal, dream, explore or chaos"
QString priorityName(Priority priority);
std::optional<Priority> parsePriority(const QString &text); // case-insensitive

// One task of an ALT file, validated: dependencies are resolved to indices into AltFile::tasks.
// A file may hold a million: the members are ordered so that the struct has no holes.
struct AltTask
{
    QString id;
    QString description;
    QList<int> dependencies; // indices, duplicates removed, in file order
    QJsonObject parameters; // shared by tasks with equal ones (ParameterPool)
    std::optional<double> timeoutSeconds;
    qint64 durationMs = 0; // noop tasks
    int retryCount = 0;
    // Its output contract: an index into AltFile::schemas, -1 for none (docs/outputs.md).
    qint16 schema = -1;
    // repair_attempts; -1: not set (AI_REPAIR_ATTEMPTS, else 2).
    qint8 repairAttempts = -1;
    TaskKind kind = TaskKind::Ai;
    Priority priority = Priority::Medium; // the task's own, else the file's
    // Its `assert` checks (docs/outputs.md "Checks on answers"): an index into AltFile::checks,
    // -1 for none. It fills the padding after `priority`: a million tasks cost nothing more.
    qint32 checks = -1;
    QString prompt; // AI tasks: parameters.prompt or the description
    QList<PromptSlot> promptSlots; // its {{id}} placeholders, resolved by the validator
};

// A validated ALT file: what the engine runs. Only the loader makes one, so every AltFile is valid.
struct AltFile
{
    QString sourcePath; // empty when it did not come from a file
    // alt-json, alt-yaml, segmentation-yaml or segmentation-json (docs/formats.md)
    QString format = QStringLiteral("alt-json");
    QString id;
    QString version;
    QString createdAt;
    QString title;
    QString description;
    Mode mode = Mode::Normal;
    std::optional<QString> persona;
    Priority priority = Priority::Medium;
    QStringList tags;
    QJsonObject metadata;
    // The file's default model: a model name, or an alias of the models file (docs/outputs.md
    // "Models, aliases and fallbacks"); empty: AI_MODEL.
    QString model;
    // Every distinct output schema of the file once, named ones (top-level `schemas`) and
    // inline ones alike; tasks hold indices.
    QList<std::shared_ptr<const OutputSchema>> schemas;
    QHash<QString, int> schemaNames; // top-level `schemas` name -> index into `schemas`
    // The checks of the tasks that have some; tasks hold indices.
    QList<std::shared_ptr<const TaskChecks>> checks;
    QList<AltTask> tasks;
    // Approval gates (docs/approvals.md), by task index: the few tasks where a person decides.
    QHash<int, ApprovalGate> gates;

    const ApprovalGate *gateOf(int task) const
    {
        const auto it = gates.constFind(task);
        return it == gates.cend() ? nullptr : &*it;
    }

    int indexOf(const QString &taskId) const;
    // Each task's dependencies (indices), by task: what the graph algorithms take.
    QList<QList<int>> dependencyLists() const;
    // The checks of `task` (one of this file's), or null.
    const TaskChecks *checksOf(const AltTask &task) const
    {
        return task.checks < 0 ? nullptr : checks.at(task.checks).get();
    }
    std::shared_ptr<const TaskChecks> sharedChecksOf(const AltTask &task) const
    {
        return task.checks < 0 ? nullptr : checks.at(task.checks);
    }
    // The output contract of task `task`, or null.
    const OutputSchema *schemaOf(int task) const
    {
        const int s = tasks.at(task).schema;
        return s < 0 ? nullptr : schemas.at(s).get();
    }
};

} // namespace altrunner
