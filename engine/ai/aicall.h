// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/engineconfig.h"
#include "schema/outputschema.h"
#include "tokenusage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace altrunner {

// What the engine asks of an AI provider for one attempt of one task.
struct AiRequest
{
    QString taskId;
    QString executionId;
    int attempt = 1; // 1-based
    QString prompt; // placeholders already substituted
    QString model; // the model's name at the service
    // Where it goes (docs/outputs.md "Models, aliases and fallbacks"): the models file's alias
    // (empty without one), its provider and base URL.
    QString alias;
    ProviderKind provider = ProviderKind::Mock;
    QUrl serviceUrl;
    // The answer must match this schema (docs/outputs.md "Output contracts"); null: free text.
    std::shared_ptr<const OutputSchema> schema;
    bool schemaInPrompt = false; // AI_SCHEMA_MODE=prompt
    // A repair attempt: the invalid answer, and the user's turn that lists what is wrong with
    // it, after the original conversation.
    QString invalidAnswer;
    QString repairMessage;
    // The system message, when it is not the mode's (a grader's, docs/outputs.md "Checks on
    // answers").
    QString system;
    // Not answered from the result cache: asked again because the answer it gave failed the
    // task's checks (retry_on_check_failure). What comes back is stored as any answer.
    bool askAfresh = false;
    QString mode;
    std::optional<QString> persona;
    double temperature = 0.2;
    double topP = 1.0;
    std::optional<int> maxTokens; // always set by RequestBuilder: the task's, else AI_MAX_TOKENS
    // UTF-8 bytes of everything sent as the prompt, system message included: no tokenizer makes
    // more tokens than bytes, so with max_tokens it bounds what the attempt can cost.
    qint64 promptBytes = 0;
    QJsonObject parameters; // the task's parameters, for provider-specific knobs
    // What the file says of the whole request beyond mode and persona: `language` and
    // `chaos_level` of ALT_LAS segmentation files (docs/formats.md "Segmentation files").
    QJsonObject context;
    int timeoutMs = 60000; // the attempt's budget, counted from when the request is sent

    // The most tokens this attempt can cost (docs/engine.md "Budgets").
    qint64 worstCaseTokens() const { return promptBytes + maxTokens.value_or(0); }
};

// How an attempt ended, as far as the provider can tell.
struct AiReply
{
    bool ok = false;
    QString text;
    QString model;
    TokenUsage usage;
    QString provider;
    bool simulated = false;
    QJsonValue raw;
    QString error;
    bool retryable = false;
    bool timedOut = false;
    qint64 retryAfterMs = -1; // the server's Retry-After, when it sent one
    int httpStatus = 0; // 0: no HTTP answer (or not an HTTP provider)
    // The x-ratelimit-* headers of the answer, as sent, for the rate governor.
    QList<std::pair<QByteArray, QByteArray>> rateLimitHeaders;
    // From the request to the first token of the answer (the whole answer when not streamed),
    // and from then to its end; -1 when not known (output.ttft_ms, output.tokens_per_second).
    qint64 ttftMs = -1;
    qint64 generationMs = -1;
    // The model stopped at max_tokens (finish_reason "length"): the answer is cut short.
    bool truncated = false;
    // Asking the same model again is pointless but another model may answer (docs/outputs.md
    // "When the next model is asked"): it refused, its content filter stopped it, or the prompt
    // is longer than its context.
    bool fallBack = false;
    // Who answered, when a worker did (docs/distributed.md), and how many times the call was
    // delivered to workers (more than 1: a worker died holding it, or was too slow).
    QString worker;
    int deliveries = 0;
    // The answer read as JSON, once it matched the request's schema (output.json); undefined
    // otherwise. invalidOutput: it did not match, so it is not an answer to keep.
    QJsonValue json = QJsonValue(QJsonValue::Undefined);
    bool invalidOutput = false;

    bool rateLimited() const { return httpStatus == 429; }
    // A failure the next model would meet too, or must not see (docs/outputs.md): a malformed
    // request (a 400 that is not about the context length), or a key refused (401, 403).
    bool keepsToThisModel() const
    {
        return (httpStatus == 400 && !fallBack) || httpStatus == 401 || httpStatus == 403;
    }
};

using AiCallback = std::function<void(const AiReply &)>;

// One attempt in flight. The provider reports through the callback, never from inside start(),
// and never after abort(); the owner deletes the call with deleteLater() once it is done.
class AiCall : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void abort() = 0;
    // The request waits in a queue before it goes out (a worker pool's call waits for a worker):
    // the attempt's clock starts at sent(), not when the call was made.
    virtual bool isQueued() const { return false; }

signals:
    // A queued call went out (a worker took it).
    void sent();
    // The first bytes of the answer arrived: from here on the stream's idle time-out, not the
    // time to the first byte, bounds the attempt.
    void answerStarted();
    // A streamed answer grew; `textSoFar` is all of it until now.
    void answerGrew(const QString &textSoFar);
};

} // namespace altrunner
