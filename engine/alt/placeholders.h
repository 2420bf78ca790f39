// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace altrunner {

// One `{{id}}` in an AI task's prompt (docs/formats.md "Placeholders"): where it stands in the
// prompt text, and the index of the task whose output fills it.
struct PromptSlot
{
    qsizetype start = 0; // of the opening "{{"
    qsizetype end = 0; // just past the closing "}}"
    int source = -1; // task index
    // `{{task.items.0.name}}`: the part of the task's parsed answer it names (docs/outputs.md
    // "Used"); empty for the whole answer.
    QStringList path = {};
};

// Finds placeholders once, when a file is validated, so a run fills them by index: no pattern
// matching and no search by id for each attempt.
class Placeholders final
{
public:
    struct Found
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QStringView name; // trimmed, as written between the braces
    };

    // Every `{{ name }}` in `prompt`, in order; a name holds no brace.
    static QList<Found> find(QStringView prompt);

    // The prompt with each slot replaced by `outputOf(slot)`; text outside filled as is.
    static QString render(QStringView prompt, const QList<PromptSlot> &filled,
                          const std::function<QString(const PromptSlot &)> &outputOf);
};

} // namespace altrunner
