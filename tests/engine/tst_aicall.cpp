// SPDX-License-Identifier: GPL-3.0-or-later
// The AiCall contract, tried the way KCoreAddons' kjobtest tries KJob: every kind of call
// (delayed, mock, HTTP) under every combination of start, abort and finish. The callback fires
// at most once, never inside start(), never after abort().

#include "ai/aiprovider.h"
#include "ai/delayedcall.h"
#include "ai/mockprovider.h"
#include "ai/providerfactory.h"
#include "fakeaiserver.h"

#include <QPointer>
#include <QTest>

using namespace altrunner;
using altrunner::test::FakeAiServer;

namespace {

enum class Kind { Delayed, Mock, Orchestrator, OpenAi };
enum class Step { Start, Abort, Wait, DeleteLater };

} // namespace

Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(QList<Step>)

class tst_AiCall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void contract_data();
    void contract();

private:
    FakeAiServer m_server;
};

void tst_AiCall::contract_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<int>("callbacks");

    const QList<std::pair<const char *, Kind>> kinds {{"delayed", Kind::Delayed},
                                                      {"mock", Kind::Mock},
                                                      {"orchestrator", Kind::Orchestrator},
                                                      {"openai", Kind::OpenAi}};
    using S = Step;
    const QList<std::tuple<const char *, QList<Step>, int>> plans {
            {"start, finish", {S::Start, S::Wait}, 1},
            {"start, abort", {S::Start, S::Abort, S::Wait}, 0},
            {"start, finish, abort", {S::Start, S::Wait, S::Abort, S::Wait}, 1},
            {"start, abort, abort", {S::Start, S::Abort, S::Abort, S::Wait}, 0},
            {"start, delete", {S::Start, S::DeleteLater, S::Wait}, 0},
            {"start, finish, delete", {S::Start, S::Wait, S::DeleteLater, S::Wait}, 1},
    };
    for (const auto &[kindName, kind] : kinds) {
        for (const auto &[planName, steps, callbacks] : plans)
            QTest::addRow("%s: %s", kindName, planName) << kind << steps << callbacks;
    }
}

void tst_AiCall::contract()
{
    QFETCH(Kind, kind);
    QFETCH(QList<Step>, steps);
    QFETCH(int, callbacks);

    EngineConfig config;
    config.mockLatencyMs = 20;
    config.aiServiceUrl = m_server.url();
    config.provider = kind == Kind::OpenAi ? ProviderKind::OpenAi : ProviderKind::Orchestrator;
    m_server.setDefaultLatencyMs(20);
    std::unique_ptr<AiProvider> provider;
    if (kind == Kind::Mock)
        provider = std::make_unique<MockProvider>(20);
    else if (kind != Kind::Delayed) {
        QString error;
        provider = createProvider(config, &error);
        QVERIFY2(provider, qPrintable(error));
    }

    int called = 0;
    bool insideStart = false;
    bool aborted = false;
    AiCallback done = [&](const AiReply &reply) {
        QVERIFY2(!insideStart, "the callback fired inside start()");
        QVERIFY2(!aborted, "the callback fired after abort()");
        QVERIFY(reply.ok);
        ++called;
    };
    AiRequest request;
    request.taskId = QStringLiteral("t");
    request.prompt = QStringLiteral("hello");
    request.model = QStringLiteral("m");

    QObject owner;
    QPointer<AiCall> call;
    for (Step step : steps) {
        switch (step) {
        case Step::Start:
            insideStart = true;
            if (kind == Kind::Delayed) {
                AiReply reply;
                reply.ok = true;
                call = new DelayedCall(20, reply, done, &owner);
            } else {
                call = provider->start(request, done, &owner);
            }
            insideStart = false;
            QVERIFY(call);
            break;
        case Step::Abort:
            if (call) {
                aborted = true;
                call->abort();
            }
            break;
        case Step::DeleteLater:
            if (call) {
                aborted = true; // deleting is the owner's way to say it no longer listens
                call->deleteLater();
            }
            break;
        case Step::Wait:
            if (!aborted) {
                // Until the call has said how it ended.
                QVERIFY(QTest::qWaitFor([&] { return called > 0; }, 5000));
            } else {
                // Until a sentinel call started now, slower than any of these, has reported:
                // an aborted call's callback, were it to come, would have come before it.
                bool sentinel = false;
                AiReply ok;
                ok.ok = true;
                new DelayedCall(
                        300, ok, [&](const AiReply &) { sentinel = true; }, &owner);
                QVERIFY(QTest::qWaitFor([&] { return sentinel; }, 5000));
            }
            break;
        }
    }
    QCOMPARE(called, callbacks);
}

QTEST_GUILESS_MAIN(tst_AiCall)
#include "tst_aicall.moc"
