// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "placeholders.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace altrunner {

enum class Mode { Normal, Dream, Explore, Chaos };
enum class Priority : quint8 { Low = 0, Medium = 1, High = 2, Critical = 3 };
enum class TaskKind : quint8 { Ai, Noop };

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
    TaskKind kind = TaskKind::Ai;
    Priority priority = Priority::Medium; // the task's own, else the file's
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
    QList<AltTask> tasks;

    int indexOf(const QString &taskId) const;
};

} // namespace altrunner
