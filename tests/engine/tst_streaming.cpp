// SPDX-License-Identifier: GPL-3.0-or-later
// Streamed answers (docs/engine.md "Streaming"): the server-sent-event parser on every split of
// its input, and the OpenAI-compatible provider against a real HTTP server on 127.0.0.1 that
// streams in pieces from one byte up, with delays, cut in the middle, with and without the usage
// chunk, or answers plain JSON; refusals, answers cut short, and base URLs.

#include "ai/chatstream.h"
#include "ai/openaiprovider.h"
#include "ai/sseparser.h"
#include "fakeaiserver.h"
#include "run/run.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;
using namespace altrunner::test;

namespace {

QJsonObject aiTask(const QString &id, const QString &prompt, int retries = 0)
{
    QJsonObject t = task(id, {}, {{QStringLiteral("prompt"), prompt}});
    t.insert(QStringLiteral("retry_count"), retries);
    return t;
}

QJsonObject resultOf(const Finished &f, const QString &id = QStringLiteral("a"))
{
    return f.last.value(u"task_results").toObject().value(id).toObject();
}

// Words, a multi-byte character at every position a piece can split, an emoji, a quote.
const QString kPrompt = QStringLiteral("çok güzel — naïve 日本語 🙂 \"quoted\" end");

} // namespace

class tst_Streaming : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parserSplitsAnywhere_data();
    void parserSplitsAnywhere();
    void chatStream();
    void streamedAnswers_data();
    void streamedAnswers();
    void brokenStreams_data();
    void brokenStreams();
    void firstByteTimeOutOnly();
    void textFlowsInBatches();
    void refusalFailsAtOnce();
    void cutShortIsMarked();
    void baseUrls_data();
    void baseUrls();

private:
    EngineConfig config(const FakeAiServer &server) const;
    QTemporaryDir m_dir;
};

void tst_Streaming::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

EngineConfig tst_Streaming::config(const FakeAiServer &server) const
{
    EngineConfig c = testConfig(m_dir.path(), 4);
    c.provider = ProviderKind::OpenAi;
    c.aiServiceUrl = server.url();
    c.aiModel = QStringLiteral("model-a");
    return c;
}

void tst_Streaming::parserSplitsAnywhere_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QList<QByteArray>>("data");
    QTest::newRow("LF") << QByteArray("data: one\n\ndata: two\n\n")
                        << QList<QByteArray> {"one", "two"};
    QTest::newRow("CRLF") << QByteArray("data: one\r\n\r\ndata: two\r\n\r\n")
                          << QList<QByteArray> {"one", "two"};
    QTest::newRow("CR") << QByteArray("data: one\r\rdata: two\r\r")
                        << QList<QByteArray> {"one", "two"};
    QTest::newRow("comments and fields")
            << QByteArray(": ping\nevent: x\nid: 7\nretry: 5\ndata:a\n\n")
            << QList<QByteArray> {"a"};
    QTest::newRow("multi-line data")
            << QByteArray("data: a\ndata: b\n\n") << QList<QByteArray> {"a\nb"};
    QTest::newRow("no data: no event") << QByteArray("event: x\n\n: c\n\n") << QList<QByteArray> {};
    QTest::newRow("UTF-8") << QByteArray("data: \xc3\xa7\xf0\x9f\x99\x82\n\n")
                           << QList<QByteArray> {"\xc3\xa7\xf0\x9f\x99\x82"};
    QTest::newRow("unfinished last event")
            << QByteArray("data: a\n\ndata: b\n") << QList<QByteArray> {"a"};
}

void tst_Streaming::parserSplitsAnywhere()
{
    QFETCH(QByteArray, stream);
    QFETCH(QList<QByteArray>, data);
    // Whole, then in two at every position, then byte by byte: always the same events.
    for (qsizetype cut = -1; cut <= stream.size(); ++cut) {
        SseParser parser;
        QList<SseParser::Event> events;
        if (cut < 0) {
            for (char c : stream)
                events += parser.feed(QByteArrayView(&c, 1));
        } else {
            events += parser.feed(stream.first(cut));
            events += parser.feed(stream.sliced(cut));
        }
        QList<QByteArray> got;
        for (const auto &e : events)
            got.append(e.data);
        QVERIFY2(got == data, qPrintable(QStringLiteral("cut at %1").arg(cut)));
    }
}

void tst_Streaming::chatStream()
{
    const QJsonObject usage {{u"prompt_tokens"_qs, 5}, {u"completion_tokens"_qs, 4}};
    const QByteArray all = FakeAiServer::streamEvents(kPrompt, usage, "m", "stop", true).join();
    for (int piece : {1, 2, 3, 5, 1000}) {
        ChatStream s;
        for (qsizetype i = 0; i < all.size(); i += piece)
            s.feed(QByteArrayView(all).sliced(i, std::min<qsizetype>(piece, all.size() - i)));
        QCOMPARE(s.text(), kPrompt);
        QVERIFY(s.isDone());
        QCOMPARE(s.usage().value_or(QJsonObject()), usage);
        QCOMPARE(s.finishReason(), u"stop"_qs);
        QCOMPARE(s.model(), u"m"_qs);
        QVERIFY(s.error().isEmpty());
    }
    ChatStream bad;
    bad.feed("data: {not json\n\ndata: {\"error\": {\"message\": \"overloaded\"}}\n\n");
    QVERIFY(bad.error().contains(u"not JSON"));
    ChatStream error;
    error.feed("data: {\"error\": {\"message\": \"overloaded\"}}\n\n");
    QCOMPARE(error.error(), u"overloaded"_qs);
}

void tst_Streaming::streamedAnswers_data()
{
    QTest::addColumn<int>("pieceBytes");
    QTest::addColumn<int>("pieceDelayMs");
    QTest::addColumn<bool>("usageChunk");
    QTest::addColumn<bool>("plainJson");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("closeDelimited");
    QTest::newRow("one event per piece")
            << 0 << 0 << true << false << QByteArray("text/event-stream") << false;
    QTest::newRow("1-byte pieces")
            << 1 << 0 << true << false << QByteArray("text/event-stream") << false;
    QTest::newRow("2-byte pieces")
            << 2 << 0 << true << false << QByteArray("text/event-stream") << false;
    QTest::newRow("3-byte pieces, 1 ms apart")
            << 3 << 1 << true << false << QByteArray("text/event-stream") << false;
    QTest::newRow("7-byte pieces")
            << 7 << 0 << true << false << QByteArray("text/event-stream") << false;
    QTest::newRow("4 KiB pieces") << 4096 << 0 << true << false << QByteArray("text/event-stream")
                                  << false;
    QTest::newRow("events 20 ms apart")
            << 0 << 20 << true << false << QByteArray("text/event-stream") << false;
    QTest::newRow("no usage chunk")
            << 0 << 0 << false << false << QByteArray("text/event-stream") << false;
    QTest::newRow("plain JSON to a streaming request")
            << 0 << 0 << true << true << QByteArray("text/event-stream") << false;
    QTest::newRow("ended by closing the connection")
            << 3 << 0 << true << false << QByteArray("text/event-stream") << true;
    QTest::newRow("events sent as text/plain")
            << 5 << 0 << true << false << QByteArray("text/plain") << false;
}

void tst_Streaming::streamedAnswers()
{
    QFETCH(int, pieceBytes);
    QFETCH(int, pieceDelayMs);
    QFETCH(bool, usageChunk);
    QFETCH(bool, plainJson);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, closeDelimited);
    FakeAiServer server;
    QVERIFY(server.listen());
    FakeAiServer::Streaming s;
    s.pieceBytes = pieceBytes;
    s.pieceDelayMs = pieceDelayMs;
    s.usageChunk = usageChunk;
    s.plainJson = plainJson;
    s.contentType = contentType;
    s.closeDelimited = closeDelimited;
    server.setStreaming(s);
    const Finished f = runToEnd(load(altDocument({aiTask(u"a"_qs, kPrompt)})), config(server));
    QCOMPARE(f.result.outcome, RunOutcome::Success);
    const QJsonObject out = resultOf(f).value(u"output").toObject();
    // What was sent, exactly, whatever the pieces.
    QCOMPARE(out.value(u"text").toString(), u"echo: "_qs + kPrompt);
    const QJsonObject request
            = QJsonDocument::fromJson(server.inferenceRequests().at(0).body).object();
    QCOMPARE(request.value(u"stream").toBool(), true);
    QCOMPARE(request.value(u"stream_options")[u"include_usage"].toBool(), true);
    QCOMPARE(server.inferenceRequests().at(0).headers.value("accept"),
             QByteArray("text/event-stream, application/json"));
    // The usage as sent (5 + 4), estimated without the usage chunk.
    QCOMPARE(out.value(u"usage")[u"estimated"].toBool(), !usageChunk);
    if (usageChunk)
        QCOMPARE(out.value(u"usage")[u"output_tokens"].toInt(), 4);
    QCOMPARE(out.value(u"raw")[u"streamed"].toBool(), !plainJson);
    QVERIFY(out.value(u"ttft_ms").isDouble());
    QVERIFY(out.value(u"ttft_ms").toInteger() >= 0);
    QVERIFY(out.value(u"tokens_per_second").isDouble() || out.value(u"tokens_per_second").isNull());
    QVERIFY(!out.contains(u"truncated"));
    QCOMPARE(resultOf(f).value(u"metadata")[u"attempts"].toInt(), 1);
    QVERIFY(f.result.snapshot.ttftP50Ms >= 0);
}

void tst_Streaming::brokenStreams_data()
{
    QTest::addColumn<int>("cutAfterBytes");
    QTest::addColumn<int>("pieceDelayMs");
    QTest::addColumn<QString>("error");
    QTest::newRow("cut inside the first event") << 20 << 0 << u"before [DONE]"_qs;
    QTest::newRow("cut before [DONE]") << 600 << 0 << u"before [DONE]"_qs;
    QTest::newRow("stalled between chunks") << -1 << 700 << u"sent nothing for 0.3 s"_qs;
}

void tst_Streaming::brokenStreams()
{
    QFETCH(int, cutAfterBytes);
    QFETCH(int, pieceDelayMs);
    QFETCH(QString, error);
    FakeAiServer server;
    QVERIFY(server.listen());
    FakeAiServer::Streaming s;
    s.cutAfterBytes = cutAfterBytes;
    s.pieceDelayMs = pieceDelayMs;
    server.setStreaming(s);
    EngineConfig c = config(server);
    c.aiStreamIdleSeconds = 0.3;
    // Retryable: both attempts are made, and the task fails with the stream's fault.
    const Finished f = runToEnd(load(altDocument({aiTask(u"a"_qs, kPrompt, 1)})), c);
    const QJsonObject r = resultOf(f);
    QCOMPARE(r.value(u"status").toString(), u"failed"_qs);
    QCOMPARE(r.value(u"metadata")[u"attempts"].toInt(), 2);
    QVERIFY2(r.value(u"error").toString().contains(error),
             qPrintable(r.value(u"error").toString()));
    QCOMPARE(server.inferenceRequests().size(), 2);
}

void tst_Streaming::firstByteTimeOutOnly()
{
    // AI_TIMEOUT_SECONDS bounds the wait for the first byte; a stream that keeps coming may
    // take longer, up to the task's own time-out.
    FakeAiServer server;
    QVERIFY(server.listen());
    FakeAiServer::Streaming s;
    s.pieceDelayMs = 60; // ~14 events: ~0.8 s in all
    server.setStreaming(s);
    EngineConfig c = config(server);
    c.aiTimeoutSeconds = 0.4;
    const Finished f = runToEnd(load(altDocument({aiTask(u"a"_qs, kPrompt)})), c);
    QCOMPARE(resultOf(f).value(u"status").toString(), u"completed"_qs);
    QVERIFY(resultOf(f).value(u"output")[u"ttft_ms"].toInteger() < 400);
    // The same server silent past the first-byte time-out: the attempt times out.
    server.setDefaultLatencyMs(800);
    const Finished late = runToEnd(load(altDocument({aiTask(u"a"_qs, kPrompt)})), c);
    QCOMPARE(resultOf(late).value(u"status").toString(), u"timeout"_qs);
}

void tst_Streaming::textFlowsInBatches()
{
    // The answer grows in the run's batches (at most ~30 a second), not one signal per chunk.
    FakeAiServer server;
    QVERIFY(server.listen());
    FakeAiServer::Streaming s;
    s.pieceBytes = 100;
    s.pieceDelayMs = 2;
    server.setStreaming(s);
    const QString longPrompt = QStringList(40, kPrompt).join(u' ');
    Run run(load(altDocument({aiTask(u"a"_qs, longPrompt)})), config(server), {});
    QList<qsizetype> seen;
    int batches = 0;
    connect(&run, &Run::progressed, this, [&](const RunSnapshot &, const QList<TaskUpdate> &c) {
        ++batches;
        for (const TaskUpdate &u : c) {
            if (!u.extra().streamedText.isEmpty()
                && (seen.isEmpty() || seen.last() != u.extra().streamedText.size()))
                seen.append(u.extra().streamedText.size());
        }
    });
    QSignalSpy finished(&run, &Run::finished);
    QElapsedTimer clock;
    clock.start();
    run.start();
    QVERIFY(finished.wait(60000));
    QVERIFY2(seen.size() >= 3, qPrintable(QString::number(seen.size())));
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), QString(u"echo: "_qs + longPrompt).size());
    // Thousands of pieces, but only as many batches as the clock allows.
    QVERIFY2(batches <= clock.elapsed() / 25 + 5,
             qPrintable(QStringLiteral("%1 batches in %2 ms").arg(batches).arg(clock.elapsed())));
}

void tst_Streaming::refusalFailsAtOnce()
{
    FakeAiServer server;
    QVERIFY(server.listen());
    const QByteArray refusal = R"({"choices": [{"index": 0, "finish_reason": "stop", "message":
        {"role": "assistant", "content": null, "refusal": "I can't help with that."}}]})";
    server.script("refuse",
                  {FakeAiServer::status(200, refusal), FakeAiServer::status(200, refusal)});
    // Streamed, the refusal comes in delta.refusal.
    const Finished f
            = runToEnd(load(altDocument({aiTask(u"a"_qs, u"refuse this"_qs, 2)})), config(server));
    const QJsonObject r = resultOf(f);
    QCOMPARE(r.value(u"status").toString(), u"failed"_qs);
    QCOMPARE(r.value(u"metadata")[u"attempts"].toInt(), 1); // not retried: it would say the same
    QVERIFY2(r.value(u"error").toString().contains(u"refused to answer: I can't help with that."),
             qPrintable(r.value(u"error").toString()));
}

void tst_Streaming::cutShortIsMarked()
{
    for (bool plain : {false, true}) {
        FakeAiServer server;
        QVERIFY(server.listen());
        FakeAiServer::Streaming s;
        s.finishReason = "length";
        s.plainJson = plain;
        server.setStreaming(s);
        if (plain) {
            server.script("short", {FakeAiServer::status(200, R"({"choices": [{"index": 0,
                "finish_reason": "length", "message": {"role": "assistant", "content": "cut"}}]})")});
        }
        const Finished f
                = runToEnd(load(altDocument({aiTask(u"a"_qs, u"short"_qs)})), config(server));
        const QJsonObject out = resultOf(f).value(u"output").toObject();
        QCOMPARE(resultOf(f).value(u"status").toString(), u"completed"_qs);
        QCOMPARE(out.value(u"truncated").toBool(), true);
    }
}

void tst_Streaming::baseUrls_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("bare host") << u"http://h:1"_qs << u"http://h:1/v1/chat/completions"_qs;
    QTest::newRow("bare host, slash") << u"http://h:1/"_qs << u"http://h:1/v1/chat/completions"_qs;
    QTest::newRow("/v1") << u"http://h/v1"_qs << u"http://h/v1/chat/completions"_qs;
    QTest::newRow("/v1/") << u"http://h/v1/"_qs << u"http://h/v1/chat/completions"_qs;
    QTest::newRow("a proxy's path")
            << u"https://x.example/openai/deployments/gpt"_qs
            << u"https://x.example/openai/deployments/gpt/chat/completions"_qs;
    QTest::newRow("Ollama's /api/v1")
            << u"http://h/api/v1"_qs << u"http://h/api/v1/chat/completions"_qs;
}

void tst_Streaming::baseUrls()
{
    QFETCH(QString, base);
    QFETCH(QString, endpoint);
    QCOMPARE(OpenAiProvider::apiUrl(QUrl(base), u"/chat/completions"_qs).toString(), endpoint);
}

QTEST_GUILESS_MAIN(tst_Streaming)
#include "tst_streaming.moc"
