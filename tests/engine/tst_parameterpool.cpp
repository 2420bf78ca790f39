// SPDX-License-Identifier: GPL-3.0-or-later
// The parameter pool: what it hands back always equals what it was given (never an object that
// only looks alike: texts that could pass for member boundaries, integers past 2^53), equal small
// objects are pooled once, and objects not worth pooling are left alone.

#include "alt/parameterpool.h"

#include <QJsonDocument>
#include <QTest>

using namespace altrunner;

class tst_ParameterPool : public QObject
{
    Q_OBJECT

private slots:
    void pairs_data();
    void pairs();
    void manyEqualObjectsPoolOnce();
};

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void tst_ParameterPool::pairs_data()
{
    QTest::addColumn<QJsonObject>("first");
    QTest::addColumn<QJsonObject>("second");
    QTest::addColumn<int>("pooled"); // distinct objects in the pool afterwards

    QTest::newRow("equal noop") << object(R"({"task_type": "noop"})")
                                << object(R"({"task_type": "noop"})") << 1;
    QTest::newRow("equal, members in another order")
            << object(R"({"model": "m", "temperature": 0.5})")
            << object(R"({"temperature": 0.5, "model": "m"})") << 1;
    QTest::newRow("1 and 1.0 are one number")
            << object(R"({"duration_ms": 1})") << object(R"({"duration_ms": 1.0})") << 1;
    QTest::newRow("different values")
            << object(R"({"task_type": "noop"})") << object(R"({"task_type": "ai"})") << 2;
    QTest::newRow("string versus number")
            << object(R"({"seed": "1"})") << object(R"({"seed": 1})") << 2;
    QTest::newRow("true versus false")
            << object(R"({"stream": true})") << object(R"({"stream": false})") << 2;
    QTest::newRow("null versus empty string")
            << object(R"({"model": null})") << object(R"({"model": ""})") << 2;
    QTest::newRow("text that looks like two members")
            << object(R"({"a": "x1:bs1:y"})") << object(R"({"a": "x", "b": "y"})") << 2;
    QTest::newRow("key that looks like a value")
            << object(R"({"a1:b": "c"})") << object(R"({"a": "1:bs1:c"})") << 2;
    QTest::newRow("integers past 2^53 are not pooled")
            << object(R"({"seed": 9007199254740993})") << object(R"({"seed": 9007199254740992})")
            << 0;
    QTest::newRow("long strings are not pooled")
            << QJsonObject {{QStringLiteral("prompt"), QString(100, u'p')}}
            << QJsonObject {{QStringLiteral("prompt"), QString(100, u'p')}} << 0;
    QTest::newRow("nested values are not pooled")
            << object(R"({"stop": ["a"]})") << object(R"({"stop": ["a"]})") << 0;
    QTest::newRow("large objects are not pooled")
            << object(R"({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5})")
            << object(R"({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5})") << 0;
    QTest::newRow("empty objects are not pooled") << QJsonObject() << QJsonObject() << 0;
}

void tst_ParameterPool::pairs()
{
    QFETCH(QJsonObject, first);
    QFETCH(QJsonObject, second);
    QFETCH(int, pooled);
    ParameterPool pool;
    QCOMPARE(pool.shared(first), first);
    QCOMPARE(pool.shared(second), second);
    // Asked again: still what was given, from the pool or not.
    QCOMPARE(pool.shared(second), second);
    QCOMPARE(pool.size(), qsizetype(pooled));
}

void tst_ParameterPool::manyEqualObjectsPoolOnce()
{
    // Many equal objects cost one pool entry; each task still reads its own parameters.
    ParameterPool pool;
    for (int i = 0; i < 1000; ++i) {
        const QJsonObject p {{QStringLiteral("task_type"), QStringLiteral("noop")},
                             {QStringLiteral("duration_ms"), i % 3}};
        QCOMPARE(pool.shared(p), p);
    }
    QCOMPARE(pool.size(), qsizetype(3));
}

QTEST_GUILESS_MAIN(tst_ParameterPool)
#include "tst_parameterpool.moc"
