// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compactjson.h"
#include "requestkey.h"
#include "schema/outputschema.h"
#include "taskstatus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace altrunner {

struct AttemptRecord
{
    qint64 startMs = 0; // milliseconds since the epoch
    qint64 endMs = 0;
    AttemptOutcome outcome = AttemptOutcome::Completed;
    QString error;
    // How long it waited for a rate or budget slot before it was sent (attempt_log[].wait_ms).
    qint64 waitMs = 0;
    // More of attempt_log[] when there is more to say (null otherwise): "model" (the models
    // file's alias it went to), "errors" (an invalid_output's problems: [{"pointer", "message"}]).
    QJsonObject detail = {};
};

// Everything a run learns about one task; what a LAST task result is written from. A run holds one
// per task (a million of them in a large file), so what few tasks have is kept apart.
struct TaskRecord
{
    TaskStatus status = TaskStatus::Pending;
    bool aiFallback = false;
    // Attempts answered 429: sent again after the endpoint's pause, not counted as retries.
    int rateLimitedSends = 0;
    qint64 startMs = -1; // first attempt's start; -1 when it never started
    qint64 endMs = -1;
    QList<AttemptRecord> attempts;
    // The answer (empty: null in the file, or a noop's, below), kept as compact text: a run of a
    // million tasks holds a million of them (docs/engine.md "Memory").
    CompactJson output;
    // A completed noop's output is {"message": <this>}: the description's text, shared, rather
    // than one JSON object per task (100,000 of those cost 20 MB). Null for other tasks.
    QString message;
    QString error; // null: null in the file
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 tokensUsed() const { return inputTokens + outputTokens; }
    // What the answer cost in the pricing file's currency; unknown without a price.
    std::optional<double> cost;

    // The result cache's key of the request that got the answer (metadata.request_key): a
    // later re-run of failed tasks compares it to tell a changed prompt.
    RequestKey requestKey;

    // What the LAST file's task result holds as its output: `output`, or a noop's message.
    QJsonObject outputObject() const;
    bool hasOutput() const { return !output.isEmpty() || !message.isNull(); }
    // Answered from the result cache; carried over from an earlier run (re-run).
    bool fromCache() const { return !extra().cache.isEmpty(); }
    bool isCarried() const { return !extra().carried.isEmpty(); }
    // What a placeholder naming this task is filled with: the answer's text, a noop's message,
    // or the output as compact JSON.
    QString outputText() const;
    // What `{{task.a.0.b}}` is filled with: that part of the parsed answer (output.json, else
    // the text read as JSON), a string as is and anything else as compact JSON; empty when the
    // answer has no such part (docs/outputs.md "Used").
    QString outputText(const QStringList &path) const;

    // What few tasks have: allocated on the first write, shared by copies until one changes it.
    struct Extra : QSharedData
    {
        QList<qint64> retryDelaysMs;
        // Answered from the result cache: the task result's metadata.cache; empty otherwise.
        QJsonObject cache;
        // The answer so far while it streams; all of it once a streamed answer is complete.
        QString streamedText;
        // A result carried over unchanged from an earlier run (re-run failed); written as it was.
        QJsonObject carried;
        QString carriedFrom;
        // Output contracts and models (docs/outputs.md): the place in the task's chain of
        // models, its first attempt there, the repairs spent there, the models left behind
        // ([{"model", "reason"}], metadata.fallbacks), and the repair to ask next.
        int route = 0;
        int routeFirstAttempt = 0;
        int repairs = 0;
        QJsonArray fallbacks;
        QString invalidAnswer;
        QList<OutputSchema::Problem> problems;
        // Tokens of answers that missed the schema: part of what the task cost.
        qint64 spentInputTokens = 0;
        qint64 spentOutputTokens = 0;
        std::optional<double> spentCost = 0.0; // unknown once one of them had no price
        // Checks on answers (docs/outputs.md "Checks on answers"): the results, metadata.checks;
        // the llm-rubric entry whose grader is being asked (-1: none); answers that failed
        // their checks and were asked again (retry_on_check_failure), which skip the cache.
        QJsonArray checks;
        int grading = -1;
        int checkRetries = 0;
        // Workers (docs/distributed.md): extra deliveries of its calls (metadata.redelivered).
        int redelivered = 0;
        // Approval gates (docs/approvals.md): since when it waits for a person (-1: it does
        // not), and the decision on it, metadata.approval ({"decision", "by", "at", "note",
        // "edited"}; an edited answer's "original" too). An answer a gate replaced keeps
        // metadata.edited ({"by", "at", "gate", "original"}).
        qint64 waitingSinceMs = -1;
        QJsonObject approval;
        QJsonObject edited;
    };
    const Extra &extra() const;
    Extra &extraForWrite();

private:
    QSharedDataPointer<Extra> m_extra;
};

} // namespace altrunner
