// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace altrunner {

// Two LAST files of the same ALT file (or of two versions of it) compared task by task
// (docs/outputs.md "Comparing runs and sharing them"): added, removed, status changed, answer
// changed or the same, the answer's unified line diff (Debian's dtl, the Diff Template Library),
// and what changed in tokens, cost, duration and checks. A task "differs" when it was added or
// removed or its status or answer changed; the other figures are told, not counted.
class RunDiff final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::RunDiff)

public:
    enum class Change { Same, Added, Removed, StatusChanged, AnswerChanged };
    struct Side
    {
        bool present = false;
        QString status;
        QString answer; // the answer's text (output.text, a noop's message, else its JSON)
        qint64 tokens = 0;
        std::optional<double> cost;
        qint64 durationMs = 0;
        int checksPassed = 0;
        int checks = 0;
        QString error;
    };
    struct Task
    {
        QString id;
        Change change = Change::Same;
        bool answerChanged = false;
        Side a;
        Side b;
        QStringList diff; // unified, by lines, with @@ hunk headers; empty when the same
        bool differs() const { return change != Change::Same; }
    };
    struct Result
    {
        QString executionA;
        QString executionB;
        QString altA;
        QString altB;
        QList<Task> tasks; // A's order, then the tasks only B has
        int count(Change change) const;
        int differing() const;
    };

    // Null with `error` when either is not a LAST document.
    static std::optional<Result> compare(const QJsonObject &a, const QJsonObject &b,
                                         QString *error);
    // The unified diff of two texts by lines, `context` lines around each change; texts over
    // kMaxDiffLines lines are said to differ without a diff.
    static QStringList unifiedDiff(const QString &a, const QString &b, int context = 3);
    static constexpr qsizetype kMaxDiffLines = 20000;

    static QString changeName(Change change); // "answer changed"
    // What `altrunner-cli diff` prints: a line per task that differs (and its diff), the
    // changes in figures, then the totals.
    static QString text(const Result &result);
    static QJsonObject json(const Result &result);
};

} // namespace altrunner
