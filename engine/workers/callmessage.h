// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ai/aicall.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace altrunner {

// What a coordinator decides about a call beyond the request itself (docs/distributed.md "The
// protocol"): how the worker's provider streams and how long it may take. Never a secret: a key
// travels as the *name* of the variable the worker reads it from.
struct CallSettings
{
    QString apiKeyEnv; // empty: AI_API_KEY
    bool stream = true;
    double streamIdleSeconds = 30;
    int wholeMs = 300000; // the task's time-out: the longest the worker lets the call run
    int mockLatencyMs = 150;
};

// The messages a coordinator and its workers exchange over NATS (docs/distributed.md): a call,
// its result, a worker's announcement and the notice that a worker took a call. Compact JSON, so
// that whoever reads a stream with the `nats` tool sees what went where. Pure functions: the
// tests read and write every field, and the fuzz target feeds them bytes.
class CallMessage final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::CallMessage)

public:
    static constexpr qsizetype kMaxBytes = 1024 * 1024; // a call's payload (docs: 1 MiB)

    // `<run>.<task>.<attempt>`: JetStream drops a second publish with the same id.
    static QByteArray messageId(const QString &run, const QString &task, int attempt);
    // The subjects, with tokens NATS cannot carry (".", "*", ">", spaces) replaced.
    static QByteArray callSubject(const QString &run);
    static QByteArray resultSubject(const QString &run);
    static QByteArray deltaSubject(const QString &run, const QString &task);
    static QByteArray takenSubject(const QString &run);
    static QByteArray workerSubject(const QString &worker);

    struct Call
    {
        AiRequest request;
        CallSettings settings;
    };
    static QByteArray encodeCall(const AiRequest &request, const CallSettings &settings);
    static std::optional<Call> decodeCall(const QByteArray &bytes, QString *error);

    struct Result
    {
        QString run;
        QString task;
        int attempt = 0;
        AiReply reply;
        QString worker;
        int delivered = 1; // how many times JetStream had delivered the call
    };
    // At most `maxBytes`: a larger answer's raw JSON is left out, then the answer becomes an
    // error that says the limit.
    static QByteArray encodeResult(const Result &result, qsizetype maxBytes = kMaxBytes);
    static std::optional<Result> decodeResult(const QByteArray &bytes, QString *error);

    // A worker took a call: who, which delivery, and where it is in the calls stream (the
    // coordinator deletes a poison call by that sequence).
    struct Taken
    {
        QString run;
        QString task;
        int attempt = 0;
        QString worker;
        int delivered = 1;
        quint64 streamSeq = 0;
    };
    static QByteArray encodeTaken(const Taken &taken);
    static std::optional<Taken> decodeTaken(const QByteArray &bytes);

    // A worker's announcement, every 5 s (docs/distributed.md "Workers announce themselves").
    struct Announcement
    {
        QString name;
        QString version;
        int concurrency = 0;
        int inFlight = 0;
        bool leaving = false; // its last word before a clean exit
    };
    static QByteArray encodeAnnouncement(const Announcement &a);
    static std::optional<Announcement> decodeAnnouncement(const QByteArray &bytes);

    // A streamed answer so far (best effort, core NATS).
    struct Delta
    {
        QString task;
        int attempt = 0;
        QString text;
    };
    static QByteArray encodeDelta(const Delta &delta);
    static std::optional<Delta> decodeDelta(const QByteArray &bytes);
};

} // namespace altrunner
