// SPDX-License-Identifier: GPL-3.0-or-later
// EndpointGovernor: one endpoint's rate limit (docs/engine.md "Rate limits") on a clock the test
// drives: paced slots, the pause after a 429 or used-up headers, the AIMD window, one governor
// per endpoint for the whole process.

#include "ratelimit/endpointgovernor.h"

#include <QTest>

using namespace altrunner;
using Headers = QList<std::pair<QByteArray, QByteArray>>;
using namespace Qt::StringLiterals;

class tst_EndpointGovernor : public QObject
{
    Q_OBJECT

private slots:
    void pause_data();
    void pause();
    void pacesRequestsAndTokens();
    void concurrencyAfter429();
    void learnsTheLimitFromHeaders();
    void learnsTheLimitFromA429();
    void oneGovernorPerEndpoint();
};

void tst_EndpointGovernor::pause_data()
{
    QTest::addColumn<bool>("rateLimited");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<qint64>("waitAt100"); // what an attempt asking at 100 ms is told

    using H = QList<std::pair<QByteArray, QByteArray>>;
    QTest::newRow("success: no pause") << false << qint64(-1) << H {} << qint64(0);
    QTest::newRow("429 with Retry-After 2 s") << true << qint64(2000) << H {} << qint64(1910);
    QTest::newRow("429 without Retry-After: 1 s") << true << qint64(-1) << H {} << qint64(910);
    QTest::newRow("429 with Retry-After 0") << true << qint64(0) << H {} << qint64(0);
    QTest::newRow("used-up requests before any 429")
            << false << qint64(-1)
            << H {{"x-ratelimit-remaining-requests", "0"}, {"x-ratelimit-reset-requests", "6m0s"}}
            << qint64(EndpointGovernor::kMaxPauseMs - 90); // 6 minutes, capped at 2
    QTest::newRow("429 with a day's Retry-After: capped")
            << true << qint64(86400000) << H {} << qint64(EndpointGovernor::kMaxPauseMs - 90);
    QTest::newRow("429 and a longer header reset")
            << true << qint64(1000)
            << H {{"x-ratelimit-remaining-tokens", "0"}, {"x-ratelimit-reset-tokens", "5s"}}
            << qint64(4910);
}

void tst_EndpointGovernor::pause()
{
    QFETCH(bool, rateLimited);
    QFETCH(qint64, retryAfterMs);
    QFETCH(Headers, headers);
    QFETCH(qint64, waitAt100);
    EndpointGovernor g;
    QVERIFY(g.acquire({}, 100, 0).admitted());
    EndpointGovernor::Outcome o;
    o.sentAtMs = 0;
    o.succeeded = !rateLimited;
    o.rateLimited = rateLimited;
    o.retryAfterMs = retryAfterMs;
    o.headers = RateLimitHeaders::parse(headers);
    g.ended(o, 10, 8);
    QCOMPARE(g.inFlight(), 0);
    QCOMPARE(g.acquire({}, 100, 100).waitMs, waitAt100);
}

void tst_EndpointGovernor::pacesRequestsAndTokens()
{
    // 600 requests a minute (paced at kPaceShare of it) and 60,000 tokens a minute.
    EndpointGovernor g;
    const RateLimits limits {600, 60000};
    const double requestGap = 60000.0 / (600 * EndpointGovernor::kPaceShare);
    QVERIFY(g.acquire(limits, 10, 0).admitted());
    const EndpointGovernor::Decision d = g.acquire(limits, 10, 1);
    QVERIFY(!d.admitted());
    QCOMPARE(d.waitMs, qint64(std::ceil(requestGap)) - 1);
    // A reservation of 5,000 tokens is 5 s of the minute's tokens: the one after waits for it.
    EndpointGovernor t;
    QVERIFY(t.acquire(limits, 5000, 0).admitted());
    const qint64 tokenGap
            = qint64(std::ceil(5000 * 60000.0 / (60000 * EndpointGovernor::kPaceShare)));
    QCOMPARE(t.acquire(limits, 10, 200).waitMs, tokenGap - 200);
    QVERIFY(t.acquire(limits, 10, tokenGap).admitted());
}

void tst_EndpointGovernor::concurrencyAfter429()
{
    EndpointGovernor g;
    for (int i = 0; i < 8; ++i)
        QVERIFY(g.acquire({}, 1, 0).admitted());
    EndpointGovernor::Outcome limited;
    limited.rateLimited = true;
    limited.retryAfterMs = 0;
    g.ended(limited, 5, 8); // 8 in flight: halved to 4
    QCOMPARE(g.concurrencyLimit(), 4);
    // 7 still in flight, above the window: nothing more goes until 3 have ended.
    QVERIFY(g.acquire({}, 1, 10).waitForSlot);
    EndpointGovernor::Outcome ok;
    ok.succeeded = true;
    for (int i = 0; i < 3; ++i)
        g.ended(ok, 20, 8);
    QCOMPARE(g.inFlight(), 4);
    QVERIFY(g.acquire({}, 1, 20).waitForSlot);
    g.ended(ok, 21, 8);
    QVERIFY(g.acquire({}, 1, 22).admitted());
    g.withdrawn();
    QCOMPARE(g.inFlight(), 3);
}

void tst_EndpointGovernor::learnsTheLimitFromHeaders()
{
    EndpointGovernor g;
    QVERIFY(g.acquire({}, 10, 0).admitted());
    EndpointGovernor::Outcome ok;
    ok.succeeded = true;
    ok.headers = RateLimitHeaders::parse(
            {{"x-ratelimit-limit-requests", "600"}, {"x-ratelimit-remaining-requests", "599"}});
    g.ended(ok, 20, 8);
    QCOMPARE(g.learnedRequestsPerMinute(), 600.0);
    QVERIFY(g.acquire({}, 10, 30).admitted());
    const qint64 gap = qint64(std::ceil(60000.0 / (600 * EndpointGovernor::kPaceShare)));
    QCOMPARE(g.acquire({}, 10, 31).waitMs, gap - 1);
    // A declared limit wins over a learnt one.
    QVERIFY(g.acquire({6000, 0}, 10, 31 + gap).admitted());
}

void tst_EndpointGovernor::learnsTheLimitFromA429()
{
    // Five sent at once; four answered, one 429: four a second is what got through.
    EndpointGovernor g;
    for (int i = 0; i < 5; ++i)
        QVERIFY(g.acquire({}, 10, 0).admitted());
    EndpointGovernor::Outcome ok;
    ok.succeeded = true;
    for (int i = 0; i < 4; ++i)
        g.ended(ok, 20, 8);
    EndpointGovernor::Outcome limited;
    limited.rateLimited = true;
    limited.retryAfterMs = 100;
    g.ended(limited, 20, 8);
    QCOMPARE(g.acquire({}, 10, 50).waitMs, 70); // paused
    QVERIFY(g.acquire({}, 10, 120).admitted());
    QCOMPARE(g.learnedRequestsPerMinute(), 240.0);
    ok.sentAtMs = 120;
    g.ended(ok, 121, 8); // the window after the 429 is one in flight
    QVERIFY(g.acquire({}, 10, 122).waitMs > 200); // paced at about four a second
}

void tst_EndpointGovernor::oneGovernorPerEndpoint()
{
    const auto a = EndpointGovernor::forEndpoint(u"http://127.0.0.1:1 gpt"_s);
    const auto b = EndpointGovernor::forEndpoint(u"http://127.0.0.1:1 gpt"_s);
    const auto c = EndpointGovernor::forEndpoint(u"http://127.0.0.1:1 other"_s);
    QCOMPARE(a.get(), b.get());
    QVERIFY(a.get() != c.get());
}

QTEST_GUILESS_MAIN(tst_EndpointGovernor)
#include "tst_endpointgovernor.moc"
