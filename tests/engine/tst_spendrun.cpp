// SPDX-License-Identifier: GPL-3.0-or-later
// Budgets and rate limits in whole runs (docs/engine.md "Budgets", "Rate limits"): the real
// providers against a real HTTP server on 127.0.0.1 that reports varying usage, limits requests
// and tokens per second like a provider and answers 429 beyond them.

#include "fakeaiserver.h"
#include "lastinvariants.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;
using namespace altrunner::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject aiTask(const QString &id, const QString &prompt, int maxTokens,
                   const QStringList &deps = {})
{
    QJsonObject t = task(id, deps, {{u"prompt"_s, prompt}, {u"max_tokens"_s, maxTokens}});
    t.insert(u"retry_count"_s, 0);
    return t;
}

std::shared_ptr<const Pricing> prices(double inputPerMillion, double outputPerMillion)
{
    QString error;
    auto p = Pricing::fromJson(QStringLiteral(R"({"currency": "USD", "models": [
        {"provider": "openai", "model": "*", "input_per_million": %1, "output_per_million": %2},
        {"provider": "orchestrator", "model": "*", "input_per_million": %1, "output_per_million": %2}]})")
                                       .arg(inputPerMillion)
                                       .arg(outputPerMillion)
                                       .toUtf8(),
                               &error);
    Q_ASSERT(p);
    return std::make_shared<const Pricing>(*p);
}

QJsonObject results(const Finished &f)
{
    return f.last.value(u"task_results").toObject();
}

// `count` questions at width 64 against `server` (openai), told `declaredRpm` (0: nothing).
Finished askMany(const FakeAiServer &server, const QString &outputDir, int count, int declaredRpm)
{
    QJsonArray tasks;
    for (int i = 0; i < count; ++i)
        tasks.append(aiTask(u"t%1"_s.arg(i), u"q%1"_s.arg(i), 16));
    EngineConfig config = testConfig(outputDir, 64);
    config.provider = ProviderKind::OpenAi;
    config.aiServiceUrl = server.url();
    config.requestsPerMinute = declaredRpm;
    return runToEnd(load(altDocument(tasks)), config, {});
}

} // namespace

class tst_SpendRun : public QObject
{
    Q_OBJECT

private slots:
    void budgetNeverOvershot_data();
    void budgetNeverOvershot();
    void unreportedUsageIsEstimatedAndPriced();
    void undeclaredLimitIsLearnt();
    void declaredLimitIsPaced();
    void headersPauseBeforeA429();

private:
    QTemporaryDir m_dir;
};

void tst_SpendRun::budgetNeverOvershot_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<bool>("costLimit"); // else tokens

    QTest::newRow("openai, tokens") << ProviderKind::OpenAi << false;
    QTest::newRow("orchestrator, tokens") << ProviderKind::Orchestrator << false;
    QTest::newRow("openai, cost") << ProviderKind::OpenAi << true;
}

void tst_SpendRun::budgetNeverOvershot()
{
    QFETCH(ProviderKind, kind);
    QFETCH(bool, costLimit);
    FakeAiServer server;
    QVERIFY(server.listen());
    server.setUsage(FakeAiServer::Usage::Varying);
    server.setDefaultLatencyMs(20);

    // 400 tasks of different prompt lengths and max_tokens, and dependents of the last ones.
    QJsonArray tasks;
    for (int i = 0; i < 400; ++i)
        tasks.append(aiTask(u"t%1"_s.arg(i), u"question %1 "_s.arg(i) + QString(i % 37, u'x'),
                            16 + (i * 7) % 97));
    for (int i = 0; i < 5; ++i)
        tasks.append(aiTask(u"after%1"_s.arg(i), u"about {{t%1}}"_s.arg(399 - i), 32,
                            {u"t%1"_s.arg(399 - i)}));
    const auto alt = load(altDocument(tasks));
    EngineConfig config = testConfig(m_dir.path(), 64);
    config.provider = kind;
    config.aiServiceUrl = server.url();
    RunOptions options;
    // $1,000 and $2,000 per million: a token costs a tenth or a fifth of a cent.
    options.pricing = prices(1000, 2000);
    const qint64 tokenLimit = 12000;
    const double cost = 15.0;
    if (costLimit)
        config.budget.cost = cost;
    else
        config.budget.tokens = tokenLimit;

    const Finished f = runToEnd(alt, config, options);
    const QJsonObject meta = f.last.value(u"metadata").toObject();
    const QJsonObject budget = meta.value(u"budget").toObject();
    QVERIFY2(budget.value(u"exhausted").toBool(), QJsonDocument(budget).toJson().constData());

    // What was charged is what the server reported for the answers it gave, and within the limit.
    qint64 charged = 0;
    double chargedCost = 0;
    double maxRefusedNeed = 0; // the most a refused task needed, in tokens or in dollars
    int completed = 0;
    int refused = 0;
    static const QRegularExpression need(u"^budget exhausted: needs up to ([0-9.]+)"_s);
    const QJsonObject all = results(f);
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject r = it.value().toObject();
        const QString status = r.value(u"status").toString();
        if (status == u"completed") {
            ++completed;
            const QJsonObject usage = r.value(u"output")[u"usage"].toObject();
            QCOMPARE(usage.value(u"estimated").toBool(), false);
            charged += usage.value(u"total_tokens").toInteger();
            chargedCost += r.value(u"output")[u"cost"].toDouble();
        } else {
            QCOMPARE(status, u"cancelled"_s);
            const QString error = r.value(u"error").toString();
            const auto m = need.match(error);
            if (m.hasMatch()) {
                ++refused;
                QCOMPARE(r.value(u"metadata")[u"attempts"].toInt(), 0);
                maxRefusedNeed = std::max(maxRefusedNeed, m.captured(1).toDouble());
            } else {
                QVERIFY2(error.startsWith(u"dependency 't"_s), qPrintable(error));
            }
        }
    }
    qInfo("%d completed, %d refused by the budget, %lld tokens charged", completed, refused,
          charged);
    QVERIFY(completed > 20);
    QVERIFY(refused > 0);
    QCOMPARE(charged, server.reportedTokens());
    QCOMPARE(f.result.snapshot.budget.tokensUsed, charged);
    if (costLimit) {
        const double used = budget.value(u"cost")[u"used"].toDouble();
        QVERIFY2(used <= cost + 1e-9, qPrintable(QString::number(used)));
        QVERIFY(qAbs(used - chargedCost) < 1e-9);
        QCOMPARE(budget.value(u"cost")[u"limit"].toDouble(), cost);
        // As close as the reservations allow: what is left is less than a refused task needed.
        QVERIFY2(cost - used < maxRefusedNeed,
                 qPrintable(u"left %1, refused needed %2"_s.arg(cost - used).arg(maxRefusedNeed)));
    } else {
        const qint64 used = budget.value(u"tokens")[u"used"].toInteger();
        QCOMPARE(used, charged);
        QVERIFY2(used <= tokenLimit, qPrintable(QString::number(used)));
        QCOMPARE(budget.value(u"tokens")[u"limit"].toInteger(), tokenLimit);
        QVERIFY2(double(tokenLimit - used) < maxRefusedNeed,
                 qPrintable(u"left %1, refused needed %2"_s.arg(tokenLimit - used)
                                    .arg(maxRefusedNeed)));
    }
    QCOMPARE(server.inferenceRequests().size(), completed);
    const QStringList violations = lastInvariantViolations(f.last, *alt);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

void tst_SpendRun::unreportedUsageIsEstimatedAndPriced()
{
    FakeAiServer server;
    QVERIFY(server.listen());
    server.setUsage(FakeAiServer::Usage::None);
    const auto alt = load(altDocument({aiTask(u"a"_s, u"twelve chars"_s, 50)}));
    EngineConfig config = testConfig(m_dir.path());
    config.provider = ProviderKind::OpenAi;
    config.aiServiceUrl = server.url();
    RunOptions options;
    options.pricing = prices(1'000'000, 2'000'000); // a unit per input token, two per output
    const Finished f = runToEnd(alt, config, options);
    const QJsonObject output = results(f).value(u"a")[u"output"].toObject();
    const QJsonObject usage = output.value(u"usage").toObject();
    QCOMPARE(usage.value(u"estimated").toBool(), true);
    QCOMPARE(usage.value(u"input_tokens").toInteger(), 3); // 12 characters / 4
    QVERIFY(usage.value(u"output_tokens").toInteger() > 0);
    QCOMPARE(output.value(u"tokens_used").toInteger(), usage.value(u"total_tokens").toInteger());
    QCOMPARE(output.value(u"cost").toDouble(),
             3.0 + 2.0 * double(usage.value(u"output_tokens").toInteger()));
    const QJsonObject cost = f.last.value(u"metadata")[u"cost"].toObject();
    QCOMPARE(cost.value(u"amount").toDouble(), output.value(u"cost").toDouble());
    QCOMPARE(cost.value(u"currency").toString(), u"USD"_s);
    QCOMPARE(cost.value(u"unpriced_tasks").toInt(), 0);

    // No pricing file: the cost is unknown, not zero.
    const Finished unpriced = runToEnd(alt, config, {});
    QVERIFY(results(unpriced).value(u"a")[u"output"][u"cost"].isNull());
    const QJsonObject unknown = unpriced.last.value(u"metadata")[u"cost"].toObject();
    QVERIFY(unknown.value(u"amount").isNull());
    QCOMPARE(unknown.value(u"unpriced_tasks").toInt(), 1);
}

void tst_SpendRun::undeclaredLimitIsLearnt()
{
    // The server allows 10 requests a second; the run is not told and sends 64 at once. The 429s
    // pause the endpoint and halve its concurrency, and use up no retries: every task completes.
    FakeAiServer server;
    QVERIFY(server.listen());
    server.setRateLimits(600, 0);
    server.setDefaultLatencyMs(20);
    const Finished f = askMany(server, m_dir.path(), 40, 0);
    QCOMPARE(f.result.outcome, RunOutcome::Success);
    QVERIFY(server.rateLimitedCount() > 0);
    const QJsonObject meta = f.last.value(u"metadata").toObject();
    QCOMPARE(meta.value(u"rate_limited_responses").toInt(), server.rateLimitedCount());
    QCOMPARE(meta.value(u"retries").toInt(), 0);
    qint64 waited = 0;
    const QJsonObject all = results(f);
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonArray log = it.value()[u"metadata"][u"attempt_log"].toArray();
        QVERIFY(log.size() <= 21);
        for (const QJsonValue &a : log)
            waited += a[u"wait_ms"].toInteger();
        QCOMPARE(log.last()[u"outcome"].toString(), u"completed"_s);
    }
    QVERIFY(waited > 0);
}

void tst_SpendRun::declaredLimitIsPaced()
{
    // Told the limit, the run paces itself under it: every request is answered (no 429 is
    // asserted away here: the machine's scheduling jitter is not the engine's; the benchmark
    // measures the 429 share).
    FakeAiServer server;
    QVERIFY(server.listen());
    server.setRateLimits(1200, 0);
    server.setDefaultLatencyMs(20);
    const Finished f = askMany(server, m_dir.path(), 60, 1200);
    QCOMPARE(f.result.outcome, RunOutcome::Success);
    // Paced: never more than a couple in flight for 20 ms answers at 20 a second.
    QVERIFY2(server.peakInFlight() <= 3, qPrintable(QString::number(server.peakInFlight())));
    const auto requests = server.inferenceRequests();
    QCOMPARE(requests.size() - server.rateLimitedCount(), 60);
    qInfo("429s: %d of %lld requests", server.rateLimitedCount(), qint64(requests.size()));
}

void tst_SpendRun::headersPauseBeforeA429()
{
    // Two requests a second, one at a time: the second answer says none are left and when they
    // reset, so the third waits for that instead of being refused.
    FakeAiServer server;
    QVERIFY(server.listen());
    server.setRateLimits(120, 0);
    const auto alt
            = load(altDocument({aiTask(u"a"_s, u"a"_s, 8), aiTask(u"b"_s, u"b"_s, 8, {u"a"_s}),
                                aiTask(u"c"_s, u"c"_s, 8, {u"b"_s})}));
    EngineConfig config = testConfig(m_dir.path(), 1);
    config.provider = ProviderKind::OpenAi;
    config.aiServiceUrl = server.url();
    const Finished f = runToEnd(alt, config, {});
    QCOMPARE(f.result.outcome, RunOutcome::Success);
    QCOMPARE(server.rateLimitedCount(), 0);
    const QJsonArray log = results(f).value(u"c")[u"metadata"][u"attempt_log"].toArray();
    QCOMPARE(log.size(), 1);
    QVERIFY2(log.at(0)[u"wait_ms"].toInteger() >= 500,
             qPrintable(QString::number(log.at(0)[u"wait_ms"].toInteger())));
}

QTEST_GUILESS_MAIN(tst_SpendRun)
#include "tst_spendrun.moc"
