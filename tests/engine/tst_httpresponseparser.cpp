// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP response parser: every framing (length, chunked, until close), the answers it skips
// or refuses, its bounds, and whether the connection may be kept. Each row is fed whole and in
// pieces of 1, 2, 3 and 7 bytes: a socket may cut its input anywhere, and the result must not
// depend on where.

#include "ai/httpresponseparser.h"

#include <QTest>

using namespace altrunner;

class tst_HttpResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void responses_data();
    void responses();
    void headersAreReadAsSent();
    void bodyIsHandedOverAsItComes();
};

void tst_HttpResponseParser::responses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("close"); // the connection closes after the input
    QTest::addColumn<QString>("outcome"); // complete, waiting, or the error's words
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("keepAlive");

    const QByteArray ok = "HTTP/1.1 200 OK\r\n";
    QTest::newRow("length") << ok + "Content-Length: 5\r\n\r\nhello" << false << u"complete"_qs
                            << 200 << QByteArray("hello") << true;
    QTest::newRow("bare LF line ends")
            << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nhi") << false << u"complete"_qs
            << 200 << QByteArray("hi") << true;
    QTest::newRow("no reason phrase") << QByteArray("HTTP/1.1 503\r\nContent-Length: 0\r\n\r\n")
                                      << false << u"complete"_qs << 503 << QByteArray() << true;
    QTest::newRow("chunked, extension and trailer") << ok
                    + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=1\r\n "
                      "world\r\n0\r\nX-T: "
                      "t\r\n\r\n" << false << u"complete"_qs
                                                    << 200 << QByteArray("hello world") << true;
    QTest::newRow("chunked, upper-case hex, bare LF")
            << ok + "Transfer-Encoding: Chunked\r\n\r\nA\n0123456789\n0\n\n"
            << false << u"complete"_qs << 200 << QByteArray("0123456789") << true;
    QTest::newRow("chunked wins over a length")
            << ok + "Content-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n"
            << false << u"complete"_qs << 200 << QByteArray("ok") << true;
    QTest::newRow("until close") << ok + "\r\nall of it" << true << u"complete"_qs << 200
                                 << QByteArray("all of it") << false;
    QTest::newRow("until close, still open")
            << ok + "\r\nsome" << false << u"waiting"_qs << 200 << QByteArray("some") << false;
    QTest::newRow("another coding: until close")
            << ok + "Transfer-Encoding: gzip\r\n\r\nzz" << true << u"complete"_qs << 200
            << QByteArray("zz") << false;
    QTest::newRow("Connection: close")
            << ok + "Connection: close\r\nContent-Length: 1\r\n\r\nx" << false << u"complete"_qs
            << 200 << QByteArray("x") << false;
    QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx")
                              << false << u"complete"_qs << 200 << QByteArray("x") << false;
    QTest::newRow("HTTP/1.0 keep-alive")
            << QByteArray("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 1\r\n\r\nx")
            << false << u"complete"_qs << 200 << QByteArray("x") << true;
    QTest::newRow("100 Continue skipped")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: "
                          "2\r\n\r\nok")
            << false << u"complete"_qs << 200 << QByteArray("ok") << true;
    QTest::newRow("204 has no body") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false
                                     << u"complete"_qs << 204 << QByteArray() << true;
    QTest::newRow("equal lengths twice") << ok + "Content-Length: 2, 2\r\n\r\nab" << false
                                         << u"complete"_qs << 200 << QByteArray("ab") << true;
    QTest::newRow("bytes after the answer")
            << ok + "Content-Length: 1\r\n\r\nxHTTP/1.1 200" << false << u"complete"_qs << 200
            << QByteArray("x") << false;
    QTest::newRow("cut short by length")
            << ok + "Content-Length: 10\r\n\r\nabc" << true << u"in the middle of the answer"_qs
            << 200 << QByteArray("abc") << false;
    QTest::newRow("cut short in a chunk")
            << ok + "Transfer-Encoding: chunked\r\n\r\n5\r\nhel" << true
            << u"in the middle of the answer"_qs << 200 << QByteArray("hel") << false;
    QTest::newRow("closed before anything")
            << QByteArray() << true << u"before an answer"_qs << 0 << QByteArray() << false;
    QTest::newRow("closed inside the head") << QByteArray("HTTP/1.1 200 OK\r\nCont") << true
                                            << u"before an answer"_qs << 0 << QByteArray() << false;
    QTest::newRow("HTTP/2 status line") << QByteArray("HTTP/2 200\r\n\r\n") << false
                                        << u"status line"_qs << 0 << QByteArray() << false;
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << false << u"status line"_qs
                              << 0 << QByteArray() << false;
    QTest::newRow("status out of range") << QByteArray("HTTP/1.1 999 X\r\n\r\n") << false
                                         << u"status line"_qs << 0 << QByteArray() << false;
    QTest::newRow("header without a colon")
            << ok + "Broken\r\n\r\n"
            << false << u"malformed header"_qs << 0 << QByteArray() << false;
    QTest::newRow("length not a number")
            << ok + "Content-Length: 1x\r\n\r\n"
            << false << u"Content-Length"_qs << 200 << QByteArray() << false;
    QTest::newRow("lengths disagree")
            << ok + "Content-Length: 2\r\nContent-Length: 3\r\n\r\nab" << false
            << u"Content-Length"_qs << 200 << QByteArray() << false;
    QTest::newRow("negative length")
            << ok + "Content-Length: -1\r\n\r\n"
            << false << u"Content-Length"_qs << 200 << QByteArray() << false;
    QTest::newRow("chunk size not hex")
            << ok + "Transfer-Encoding: chunked\r\n\r\nzz\r\n"
            << false << u"invalid chunk size"_qs << 200 << QByteArray() << false;
    QTest::newRow("chunk size too large")
            << ok + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\n"
            << false << u"invalid chunk size"_qs << 200 << QByteArray() << false;
    QTest::newRow("chunk longer than its size")
            << ok + "Transfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n"
            << false << u"longer than its size"_qs << 200 << QByteArray("ab") << false;
    QTest::newRow("endless chunk-size line")
            << ok + "Transfer-Encoding: chunked\r\n\r\n" + QByteArray(2000, '1') << false
            << u"chunk-size line"_qs << 200 << QByteArray() << false;
    QTest::newRow("switching protocols") << QByteArray("HTTP/1.1 101 Switching\r\n\r\n") << false
                                         << u"switched protocols"_qs << 0 << QByteArray() << false;
    QTest::newRow("head over 64 KiB")
            << ok + "X-Big: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n"
            << false << u"larger than 64 KiB"_qs << 0 << QByteArray() << false;
    QTest::newRow("endless head, no line end")
            << ok + QByteArray(70 * 1024, 'a') << false << u"larger than 64 KiB"_qs << 0
            << QByteArray() << false;
}

void tst_HttpResponseParser::responses()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, close);
    QFETCH(QString, outcome);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, keepAlive);

    for (const qsizetype piece :
         {qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7)}) {
        HttpResponseParser p;
        QByteArray received;
        const qsizetype step = piece == 0 ? std::max<qsizetype>(1, input.size()) : piece;
        for (qsizetype at = 0; at < input.size() && !p.failed(); at += step) {
            p.feed(QByteArrayView(input).sliced(at, std::min(step, input.size() - at)));
            received += p.takeBody();
        }
        if (close)
            p.closed();
        received += p.takeBody();
        const QString where = u"in pieces of "_qs + QString::number(piece);
        if (outcome == u"complete") {
            QVERIFY2(p.isComplete(), qPrintable(where + u": "_qs + p.error()));
        } else if (outcome == u"waiting") {
            QVERIFY2(!p.isComplete() && !p.failed(), qPrintable(where));
        } else {
            QVERIFY2(p.failed(), qPrintable(where));
            QVERIFY2(p.error().contains(outcome), qPrintable(where + u": "_qs + p.error()));
        }
        QCOMPARE(p.status(), status);
        if (outcome == u"complete" || outcome == u"waiting" || !body.isEmpty())
            QCOMPARE(received, body);
        QCOMPARE(p.keepAlive(), keepAlive);
    }
}

void tst_HttpResponseParser::headersAreReadAsSent()
{
    HttpResponseParser p;
    QVERIFY(p.feed("HTTP/1.1 429 Too Many\r\nRetry-After:  7 \r\nX-RateLimit-Remaining: 0\r\n"
                   "X-Folded: one\r\n\ttwo\r\nContent-Length: 0\r\n\r\n"));
    QVERIFY(p.isComplete());
    QCOMPARE(p.status(), 429);
    QCOMPARE(p.header("retry-after"), QByteArray("7"));
    QCOMPARE(p.header("x-ratelimit-remaining"), QByteArray("0"));
    QCOMPARE(p.header("X-FOLDED"), QByteArray("one two"));
    QCOMPARE(p.header("absent"), QByteArray());
    QCOMPARE(p.headers().size(), 4);
    QCOMPARE(p.headers().at(1).first, QByteArray("X-RateLimit-Remaining"));
}

void tst_HttpResponseParser::bodyIsHandedOverAsItComes()
{
    // A streamed answer: each chunk's bytes are there as soon as they arrive, not at the end.
    HttpResponseParser p;
    QVERIFY(p.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n6\r\ndata: "));
    QVERIFY(p.headReceived());
    QCOMPARE(p.takeBody(), QByteArray("data: "));
    QVERIFY(p.feed("\r\n3\r\none\r\n"));
    QCOMPARE(p.takeBody(), QByteArray("one"));
    QVERIFY(!p.isComplete());
    QVERIFY(p.feed("0\r\n\r\n"));
    QVERIFY(p.isComplete());
    QCOMPARE(p.takeBody(), QByteArray());
}

QTEST_APPLESS_MAIN(tst_HttpResponseParser)
#include "tst_httpresponseparser.moc"
