// SPDX-License-Identifier: GPL-3.0-or-later
// BudgetAdmission: what an attempt reserves (prompt bytes + max_tokens, priced), what it is
// charged when it ends (reported figures, else the reservation; a failure only what was
// reported), and when it waits or is refused (docs/engine.md "Budgets").

#include "admission/budgetadmission.h"

#include <QTest>

using namespace altrunner;
using namespace Qt::StringLiterals;

class tst_BudgetAdmission : public QObject
{
    Q_OBJECT

private slots:
    void charge_data();
    void charge();
    void worstCaseIsPriced();
    void waitsThenRefuses();
    void unpricedModelWithCostLimit();
    void withdrawnGivesBack();
};

namespace {

AiRequest request(qint64 promptBytes = 400, int maxTokens = 100)
{
    AiRequest r;
    r.taskId = u"t"_s;
    r.model = u"gpt-4o-mini"_s;
    r.provider = ProviderKind::OpenAi; // priced as the model it goes to
    r.promptBytes = promptBytes;
    r.maxTokens = maxTokens;
    return r;
}

Pricing pricing()
{
    QString error;
    auto p = Pricing::fromJson(R"({"currency": "USD", "models": [{"provider": "openai",
        "model": "gpt-4o-mini", "input_per_million": 1, "output_per_million": 2}]})",
                               &error);
    Q_ASSERT(p);
    return *p;
}

} // namespace

void tst_BudgetAdmission::charge_data()
{
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("simulated");
    QTest::addColumn<int>("reported"); // 0: none, 1: input, 2: output, 3: both
    QTest::addColumn<qint64>("charged"); // prompt 400 bytes, max_tokens 100; usage 30 in, 20 out

    QTest::newRow("answer, both reported") << true << false << 3 << qint64(50);
    QTest::newRow("answer, nothing reported: the reservation") << true << false << 0 << qint64(500);
    QTest::newRow("answer, output only") << true << false << 2 << qint64(420);
    QTest::newRow("answer, input only") << true << false << 1 << qint64(130);
    QTest::newRow("failure, nothing reported: nothing") << false << false << 0 << qint64(0);
    QTest::newRow("failure, both reported") << false << false << 3 << qint64(50);
    QTest::newRow("simulated: its own estimate") << true << true << 0 << qint64(50);
}

void tst_BudgetAdmission::charge()
{
    QFETCH(bool, ok);
    QFETCH(bool, simulated);
    QFETCH(int, reported);
    QFETCH(qint64, charged);
    Budget budget({10000, std::nullopt});
    const Pricing prices = pricing();
    BudgetAdmission policy(budget, &prices);
    AiReply reply;
    reply.ok = ok;
    reply.simulated = simulated;
    reply.usage.input = 30;
    reply.usage.output = 20;
    reply.usage.inputReported = reported & 1;
    reply.usage.outputReported = reported & 2;
    const Spend s = policy.charge(request(), reply);
    QCOMPARE(s.tokens, charged);

    QCOMPARE(policy.admit(1, request(), 0).kind, Admission::Verdict::Kind::Admit);
    QCOMPARE(budget.reserved().tokens, 500);
    policy.settled(1, request(), reply);
    QCOMPARE(budget.reserved().tokens, 0);
    QCOMPARE(budget.used().tokens, charged);
}

void tst_BudgetAdmission::worstCaseIsPriced()
{
    Budget budget({std::nullopt, 1.0}, u"USD"_s);
    const Pricing prices = pricing();
    BudgetAdmission policy(budget, &prices);
    const auto worst = policy.worstCase(request(1'000'000, 500'000));
    QVERIFY(worst);
    QCOMPARE(worst->tokens, 1'500'000);
    QCOMPARE(worst->cost, 1.0 + 1.0); // a million input at 1, half a million output at 2
}

void tst_BudgetAdmission::waitsThenRefuses()
{
    Budget budget({1000, std::nullopt});
    BudgetAdmission policy(budget, nullptr);
    QCOMPARE(policy.admit(1, request(), 0).kind, Admission::Verdict::Kind::Admit);
    QCOMPARE(policy.admit(2, request(), 1).kind, Admission::Verdict::Kind::Admit);
    // 1000 reserved: the third waits for one of them.
    const auto held = policy.admit(3, request(), 2);
    QCOMPARE(held.kind, Admission::Verdict::Kind::Wait);
    QCOMPARE(held.waitMs, -1);
    AiReply reply;
    reply.ok = true;
    reply.usage = {300, 200, false, true, true};
    policy.settled(1, request(), reply);
    policy.settled(2, request(), reply);
    QCOMPARE(budget.used().tokens, 1000);
    const auto refused = policy.admit(3, request(), 0);
    QCOMPARE(refused.kind, Admission::Verdict::Kind::Refuse);
    QCOMPARE(refused.reason, u"budget exhausted: needs up to 500 tokens, 0 left"_s);
    QVERIFY(budget.exhausted());
}

void tst_BudgetAdmission::unpricedModelWithCostLimit()
{
    Budget budget({std::nullopt, 5.0}, u"USD"_s);
    const Pricing prices = pricing();
    BudgetAdmission policy(budget, &prices);
    AiRequest unpriced = request();
    unpriced.provider = ProviderKind::Orchestrator; // the pricing file prices only openai
    const auto v = policy.admit(1, unpriced, 0);
    QCOMPARE(v.kind, Admission::Verdict::Kind::Refuse);
    QVERIFY2(v.reason.contains(u"no price"_s), qPrintable(v.reason));
    QVERIFY(!budget.exhausted());
    // Without a cost limit an unpriced model is no obstacle.
    Budget tokens({5000, std::nullopt});
    BudgetAdmission tokenPolicy(tokens, &prices);
    QCOMPARE(tokenPolicy.admit(1, unpriced, 0).kind, Admission::Verdict::Kind::Admit);
}

void tst_BudgetAdmission::withdrawnGivesBack()
{
    Budget budget({600, std::nullopt});
    BudgetAdmission policy(budget, nullptr);
    QCOMPARE(policy.admit(1, request(), 0).kind, Admission::Verdict::Kind::Admit);
    policy.withdrawn(1, request());
    QCOMPARE(budget.reserved().tokens, 0);
    QCOMPARE(budget.used().tokens, 0);
    QCOMPARE(budget.inFlight(), 0);
    QCOMPARE(policy.admit(2, request(), 0).kind, Admission::Verdict::Kind::Admit);
}

QTEST_GUILESS_MAIN(tst_BudgetAdmission)
#include "tst_budgetadmission.moc"
