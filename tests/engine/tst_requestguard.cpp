// SPDX-License-Identifier: GPL-3.0-or-later
// RequestGuard: what the REST API makes of the bytes a client sent, before QHttpServer reads one
// (docs/rest-api.md "Security"). One row per decision.

#include "api/requestguard.h"

#include <QTest>

using namespace altrunner;

class tst_RequestGuard : public QObject
{
    Q_OBJECT

private slots:
    void examine_data();
    void examine();
    void reasonPhrases_data();
    void reasonPhrases();
};

void tst_RequestGuard::examine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("checkHost");
    QTest::addColumn<int>("status"); // 0: not refused
    QTest::addColumn<int>("complete");
    QTest::addColumn<bool>("incomplete");
    QTest::addColumn<bool>("expectContinue");

    const QByteArray get = "GET /health HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n";
    QTest::newRow("a GET") << get << true << 0 << 1 << false << false;
    QTest::newRow("two pipelined") << get + get << true << 0 << 2 << false << false;
    QTest::newRow("half a head") << get.left(20) << true << 0 << 0 << true << false;
    QTest::newRow("a POST with its body")
            << QByteArray("POST /run HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\n{}")
            << true << 0 << 1 << false << false;
    QTest::newRow("a POST waiting for its body")
            << QByteArray("POST /run HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\n{}")
            << true << 0 << 0 << true << false;
    QTest::newRow("100-continue") << QByteArray(
            "POST /run HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n"
            "Expect: 100-continue\r\n\r\n")
                                  << true << 0 << 0 << true << true;
    QTest::newRow("another Expect: 417")
            << QByteArray("POST /run HTTP/1.1\r\nHost: localhost\r\nExpect: magic\r\n\r\n") << true
            << 417 << 0 << false << false;
    QTest::newRow("foreign Host: 403") << QByteArray("GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n")
                                       << true << 403 << 0 << false << false;
    QTest::newRow("foreign Host allowed when not checked")
            << QByteArray("GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n") << false << 0 << 1
            << false << false;
    QTest::newRow("wrong port in Host: 403")
            << QByteArray("GET / HTTP/1.1\r\nHost: localhost:9999\r\n\r\n") << true << 403 << 0
            << false << false;
    QTest::newRow("cross-site Origin: 403") << QByteArray(
            "GET / HTTP/1.1\r\nHost: localhost\r\nOrigin: http://evil.example\r\n\r\n")
                                            << true << 403 << 0 << false << false;
    QTest::newRow("same-site Origin") << QByteArray(
            "GET / HTTP/1.1\r\nHost: localhost\r\nOrigin: http://localhost:8080\r\n\r\n")
                                      << true << 0 << 1 << false << false;
    QTest::newRow("no Host in HTTP/1.1: 400")
            << QByteArray("GET / HTTP/1.1\r\n\r\n") << true << 400 << 0 << false << false;
    QTest::newRow("no Host in HTTP/1.0")
            << QByteArray("GET / HTTP/1.0\r\n\r\n") << true << 0 << 1 << false << false;
    QTest::newRow("two Hosts: 400")
            << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\nHost: localhost\r\n\r\n") << true
            << 400 << 0 << false << false;
    QTest::newRow("chunked: 411") << QByteArray(
            "POST /run HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n")
                                  << true << 411 << 0 << false << false;
    QTest::newRow("body over the limit: 413") << QByteArray(
            "POST /run HTTP/1.1\r\nHost: localhost\r\nContent-Length: 99999999999\r\n\r\n")
                                              << true << 413 << 0 << false << false;
    QTest::newRow("conflicting lengths: 400")
            << QByteArray("POST /run HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1\r\n"
                          "Content-Length: 2\r\n\r\n")
            << true << 400 << 0 << false << false;
    QTest::newRow("negative length: 400")
            << QByteArray("POST /run HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\n\r\n")
            << true << 400 << 0 << false << false;
    QTest::newRow("not HTTP: 400")
            << QByteArray("\x16\x03\x01\x02\x00", 5) << true << 400 << 0 << false << false;
    QTest::newRow("malformed request line: 400")
            << QByteArray("GET\r\n\r\n") << true << 400 << 0 << false << false;
    // RFC 9112 section 5.1 and 5.2, RFC 9110 section 8.6: each a 400.
    QTest::newRow("whitespace before a colon: 400")
            << QByteArray("GET / HTTP/1.1\r\nHost : localhost\r\n\r\n") << true << 400 << 0 << false
            << false;
    QTest::newRow("tab before a colon: 400")
            << QByteArray("GET / HTTP/1.1\r\nHost\t: localhost\r\n\r\n") << true << 400 << 0
            << false << false;
    QTest::newRow("folded header line: 400")
            << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\nX-A: one\r\n two\r\n\r\n") << true
            << 400 << 0 << false << false;
    QTest::newRow("folded with a tab: 400")
            << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\nX-A: one\r\n\ttwo\r\n\r\n") << true
            << 400 << 0 << false << false;
    QTest::newRow("a name that is no token: 400")
            << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\nX(A): 1\r\n\r\n") << true << 400
            << 0 << false << false;
    for (const char *bad : {"+2", "0x2", "2 2", "2,2", "two", "", "1e3", "99999999999999999999"})
        QTest::addRow("Content-Length '%s': 400", bad)
                << QByteArray("POST /run HTTP/1.1\r\nHost: localhost\r\nContent-Length: ") + bad
                        + "\r\n\r\n{}"
                << true << 400 << 0 << false << false;
    QTest::newRow("Content-Length with spaces around")
            << QByteArray("POST /run HTTP/1.1\r\nHost: localhost\r\nContent-Length:  2 \r\n\r\n{}")
            << true << 0 << 1 << false << false;
    QTest::newRow("HTTP/2 request line: 400")
            << QByteArray("GET / HTTP/2\r\nHost: localhost\r\n\r\n") << true << 400 << 0 << false
            << false;
    QTest::newRow("three spaces in the request line: 400")
            << QByteArray("GET / x HTTP/1.1\r\nHost: localhost\r\n\r\n") << true << 400 << 0
            << false << false;
    QTest::newRow("head too large: 431")
            << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(20000, 'a')) << true << 431 << 0
            << false << false;
}

void tst_RequestGuard::examine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, checkHost);
    QFETCH(int, status);
    QFETCH(int, complete);
    QFETCH(bool, incomplete);
    QFETCH(bool, expectContinue);
    RequestGuard::Limits limits;
    limits.maxBodyBytes = 1 << 20;
    const RequestGuard::Verdict v = RequestGuard::examine(bytes, limits, checkHost, 8080);
    QCOMPARE(v.status, status);
    QCOMPARE(v.message.isEmpty(), status == 0);
    if (status == 0) {
        QCOMPARE(v.completeRequests, complete);
        QCOMPARE(v.incomplete, incomplete);
        QCOMPARE(v.expectContinue, expectContinue);
        // The first complete request comes parsed, once: what the router uses.
        QCOMPARE(v.first.has_value(), complete > 0);
        if (v.first)
            QVERIFY(v.first->path.startsWith(u'/'));
    }
}

void tst_RequestGuard::reasonPhrases_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("phrase");
    QTest::newRow("400") << 400 << QByteArray("Bad Request");
    QTest::newRow("403") << 403 << QByteArray("Forbidden");
    QTest::newRow("408") << 408 << QByteArray("Request Timeout");
    QTest::newRow("411") << 411 << QByteArray("Length Required");
    QTest::newRow("413") << 413 << QByteArray("Content Too Large");
    QTest::newRow("417") << 417 << QByteArray("Expectation Failed");
    QTest::newRow("429") << 429 << QByteArray("Too Many Requests");
    QTest::newRow("431") << 431 << QByteArray("Request Header Fields Too Large");
    QTest::newRow("503") << 503 << QByteArray("Service Unavailable");
    QTest::newRow("unknown 4xx") << 499 << QByteArray("Client Error");
    QTest::newRow("unknown 5xx") << 599 << QByteArray("Server Error");
}

void tst_RequestGuard::reasonPhrases()
{
    QFETCH(int, status);
    QFETCH(QByteArray, phrase);
    QCOMPARE(RequestGuard::reasonPhrase(status), phrase);
}

QTEST_GUILESS_MAIN(tst_RequestGuard)
#include "tst_requestguard.moc"
