// SPDX-License-Identifier: GPL-3.0-or-later
// RateLimitHeaders: the OpenAI x-ratelimit-* headers in their real formats ("1s", "6m0s",
// "250ms") and the pause they call for (docs/engine.md "Rate limits").

#include "ratelimit/ratelimitheaders.h"

#include <QTest>

using namespace altrunner;
using Headers = QList<std::pair<QByteArray, QByteArray>>;

class tst_RateLimitHeaders : public QObject
{
    Q_OBJECT

private slots:
    void duration_data();
    void duration();
    void pause_data();
    void pause();
};

void tst_RateLimitHeaders::duration_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("ms"); // -1: unreadable

    QTest::newRow("1s") << QByteArray("1s") << qint64(1000);
    QTest::newRow("6m0s") << QByteArray("6m0s") << qint64(360000);
    QTest::newRow("250ms") << QByteArray("250ms") << qint64(250);
    QTest::newRow("fractional seconds") << QByteArray("1.5s") << qint64(1500);
    QTest::newRow("hours, minutes, seconds") << QByteArray("1h2m3.5s") << qint64(3723500);
    QTest::newRow("minutes and fractional seconds") << QByteArray("2m59.56s") << qint64(179560);
    QTest::newRow("microseconds round up") << QByteArray("20us") << qint64(1);
    QTest::newRow("micro sign") << QByteArray("500\xc2\xb5s") << qint64(1);
    QTest::newRow("0s") << QByteArray("0s") << qint64(0);
    QTest::newRow("a bare number is seconds") << QByteArray("2") << qint64(2000);
    QTest::newRow("spaces around") << QByteArray(" 3s ") << qint64(3000);
    QTest::newRow("empty") << QByteArray("") << qint64(-1);
    QTest::newRow("unknown unit") << QByteArray("3d") << qint64(-1);
    QTest::newRow("no number") << QByteArray("ms") << qint64(-1);
    QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
}

void tst_RateLimitHeaders::duration()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, ms);
    const auto parsed = RateLimitHeaders::parseDuration(text);
    QCOMPARE(parsed.value_or(-1), ms);
}

void tst_RateLimitHeaders::pause_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<qint64>("pauseMs");

    using H = QList<std::pair<QByteArray, QByteArray>>;
    QTest::newRow("none") << H {} << qint64(0);
    QTest::newRow("requests left")
            << H {{"x-ratelimit-remaining-requests", "5"}, {"x-ratelimit-reset-requests", "1s"}}
            << qint64(0);
    QTest::newRow("requests used up")
            << H {{"x-ratelimit-remaining-requests", "0"}, {"x-ratelimit-reset-requests", "250ms"}}
            << qint64(250);
    QTest::newRow("tokens used up, names in any case")
            << H {{"X-RateLimit-Remaining-Tokens", "0"}, {"X-RateLimit-Reset-Tokens", "6m0s"}}
            << qint64(360000);
    QTest::newRow("both used up: the later reset") << H {{"x-ratelimit-remaining-requests", "0"},
                                                         {"x-ratelimit-reset-requests", "1s"},
                                                         {"x-ratelimit-remaining-tokens", "0"},
                                                         {"x-ratelimit-reset-tokens", "2s"}}
                                                   << qint64(2000);
    QTest::newRow("used up without a reset: no pause")
            << H {{"x-ratelimit-remaining-requests", "0"}} << qint64(0);
    QTest::newRow("unreadable count")
            << H {{"x-ratelimit-remaining-requests", "none"}, {"x-ratelimit-reset-requests", "1s"}}
            << qint64(0);
}

void tst_RateLimitHeaders::pause()
{
    QFETCH(Headers, headers);
    QFETCH(qint64, pauseMs);
    QCOMPARE(RateLimitHeaders::parse(headers).pauseMs(), pauseMs);
}

QTEST_GUILESS_MAIN(tst_RateLimitHeaders)
#include "tst_ratelimitheaders.moc"
