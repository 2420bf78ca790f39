// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadlinequeue.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <optional>

class QTcpSocket;

namespace altrunner::test {

// A real HTTP/1.1 server on 127.0.0.1 that speaks both AI protocols (the ALT_LAS orchestrator's
// and the OpenAI chat API) and injects faults on demand, per prompt. Tests and benchmarks drive
// the real providers against it.
class FakeAiServer final : public QObject
{
    Q_OBJECT

public:
    enum class Fault { None, Status, BadJson, Hang, Reset };
    struct Action
    {
        Fault fault = Fault::None;
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<std::pair<QByteArray, QByteArray>> headers;
        int delayMs = -1; // -1: the server's default latency
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        qint64 atMs = 0; // when the request was complete, on the server's clock
        qint64 atNs = 0; // the same, in nanoseconds
        qint64 answeredAtNs = -1; // when the answer was written (-1: not answered)
        int status = 0; // the answer's HTTP status (0: not answered)
    };

    // What answers report of their tokens.
    enum class Usage {
        Fixed, // OpenAI usage 5 + 4 = 9; the orchestrator's tokens_generated 7
        None, // no usage at all: the client must estimate
        Varying, // both shapes' full usage, different per request, within its max_tokens
    };

    // How a chat completion asked for with "stream": true is answered: server-sent events, one
    // content chunk per word, a finish chunk, the usage chunk, [DONE]; written in pieces.
    struct Streaming
    {
        bool plainJson = false; // answer a streaming request with plain JSON anyway
        int pieceBytes = 0; // the stream written in pieces of this size (0: one per event)
        int pieceDelayMs = 0; // between pieces
        int cutAfterBytes = -1; // close the connection after this many bytes of the stream
        bool usageChunk = true;
        QByteArray finishReason = "stop";
        QByteArray contentType = "text/event-stream";
        bool closeDelimited = false; // no chunked encoding: the stream ends when the server closes
    };

    explicit FakeAiServer(QObject *parent = nullptr);
    ~FakeAiServer() override;

    bool listen(quint16 port = 0);
    QUrl url() const;
    void setDefaultLatencyMs(int ms) { m_defaultLatencyMs = ms; }
    void setUsage(Usage usage) { m_usage = usage; }
    void setStreaming(const Streaming &streaming) { m_streaming = streaming; }
    // The exact text the last streamed answer carried, as the client should put it together.
    const QString &lastStreamedText() const { return m_lastStreamedText; }
    // The stream of a chat answer with this text and usage (for the parser's tests too).
    static QList<QByteArray> streamEvents(const QString &text, const QJsonObject &usage,
                                          const QByteArray &model, const QByteArray &finishReason,
                                          bool usageChunk);
    // Limits like a provider's: over any sliding second, at most a 60th of the minute's requests
    // and tokens (tokens as docs/engine.md counts them: UTF-8 bytes of every message sent plus
    // max_tokens). Beyond them: 429 with Retry-After. Every inference answer carries the
    // x-ratelimit-* headers. 0: no limit.
    void setRateLimits(int requestsPerMinute, qint64 tokensPerMinute);
    void setRateLimitHeaders(bool on) { m_rateLimitHeaders = on; } // default on
    int rateLimitedCount() const { return int(m_rateLimitedAtMs.size()); }
    // When each 429 was sent, on the server's clock (Request::atMs).
    const QList<qint64> &rateLimitedAtMs() const { return m_rateLimitedAtMs; }
    // Tokens each answer reported, in order (Usage::Varying and Fixed).
    qint64 reportedTokens() const { return m_reportedTokens; }
    // Requests whose prompt contains `promptPart` get these actions in turn, then plain answers.
    void script(const QByteArray &promptPart, const QList<Action> &actions);

    const QList<Request> &requests() const { return m_requests; }
    QList<Request> inferenceRequests() const;
    int inFlight() const { return m_inFlight; }
    int peakInFlight() const { return m_peakInFlight; }
    int abandoned() const { return m_abandoned; } // requests whose client went away unanswered

    static Action status(int code, const QByteArray &body,
                         const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    static Action fault(Fault f);
    // A whole (not streamed) chat completion whose message is `content`.
    static Action chatAnswer(const QString &content, const QByteArray &finishReason = "stop");

private:
    struct Connection
    {
        QByteArray buffer;
        bool pending = false; // a request is being answered
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    void respond(QTcpSocket *socket, const Action &action, const QByteArray &okBody);
    void respondStream(QTcpSocket *socket, const Action &action, const QList<QByteArray> &events);
    Action nextAction(const QByteArray &prompt);
    // The 429 for a request over the limits, or nullopt; counts it in the window otherwise.
    std::optional<Action> admit(const QJsonObject &body,
                                QList<std::pair<QByteArray, QByteArray>> *headers);
    QJsonObject usageFor(const QJsonObject &body, const QByteArray &prompt);

    QTcpServer m_server;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<std::pair<QByteArray, QList<Action>>> m_scripts;
    QList<Request> m_requests;
    QElapsedTimer m_clock;
    int m_defaultLatencyMs = 0;
    Usage m_usage = Usage::Fixed;
    Streaming m_streaming;
    QString m_lastStreamedText;
    int m_requestsPerMinute = 0;
    qint64 m_tokensPerMinute = 0;
    QList<std::pair<qint64, qint64>> m_window; // (ms, tokens) of the last second's requests
    QList<qint64> m_rateLimitedAtMs;
    bool m_rateLimitHeaders = true;
    qint64 m_reportedTokens = 0;
    quint32 m_seed = 12345;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    int m_abandoned = 0;
    DeadlineQueue m_answers; // last member: its thread stops before the rest goes
};

} // namespace altrunner::test
