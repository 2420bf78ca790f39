// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace altrunner {

// A person's decision on an approval gate (docs/approvals.md): approve (optionally with a note
// and an edited answer) or reject with a reason. Written to the journal before it takes effect.
struct ApprovalDecision
{
    bool approve = false;
    QString by = QStringLiteral("local"); // the token's name where tokens are named
    QString note; // an approval's note, a rejection's reason
    // The edited answer: a string, or a JSON value where the task has an output schema.
    std::optional<QJsonValue> output;
    qint64 atMs = 0; // since the epoch; set when it takes effect
    // Read back from the run's journal (taken on resume): already written there, at `atMs`.
    // Not part of the journal's line.
    bool journaled = false;

    // {"decision": "approve"|"reject", "by", "note", "output"?, "at_ms"} (the journal's line).
    QJsonObject toJson() const;
    static std::optional<ApprovalDecision> fromJson(const QJsonObject &o);
    // `yes`, `no`, `no:reason` (--approve TASK=...); nullopt for anything else.
    static std::optional<ApprovalDecision> fromWord(QStringView text);
    // An edited answer as a person typed it (the window's editor, the console's prompt): JSON
    // where it parses as an object or array (a task with an output schema checks it), text
    // otherwise.
    static QJsonValue editedOutput(const QString &typed);
    // The answer text an edited output stands for: a string as it is, any other JSON value
    // (numbers and booleans too) as compact JSON.
    static QString answerText(const QJsonValue &output);
};

// A gate that waits for a person, as the views and GET /approvals show it.
struct PendingApproval
{
    int task = -1;
    QString taskId;
    QString question; // its placeholders filled
    // The answer to judge: an AI gate's own, an approval task's editable (or only) dependency's;
    // null when there is none.
    QString answer;
    QString editable; // the task id whose answer may be edited; empty for none
    qint64 waitingSinceMs = 0;
    qint64 deadlineMs = -1; // its time-out, -1 for none
    bool approveOnTimeout = false;
};

// Why a decision was not taken (the REST API's 404, 409, 400).
struct DecisionResult
{
    enum class Kind : quint8 { Taken, UnknownTask, NotWaiting, BadDecision, RunGone };
    Kind kind = Kind::Taken;
    QString message;
    QJsonObject result; // the gate's task result once taken (a LAST task result)
    bool ok() const { return kind == Kind::Taken; }
};

} // namespace altrunner

Q_DECLARE_METATYPE(altrunner::ApprovalDecision)
