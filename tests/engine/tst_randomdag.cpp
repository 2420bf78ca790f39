// SPDX-License-Identifier: GPL-3.0-or-later
// Property test: many seeded random DAGs, with failures, retries, time-outs and cancellations
// mixed in; every LAST invariant of docs/formats.md must hold on every result, and each task's fate
// must follow from its inputs.

#include "lastinvariants.h"
#include "testutil.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;
using namespace altrunner::test;

class tst_RandomDag : public QObject
{
    Q_OBJECT

private slots:
    void invariantsHold_data();
    void invariantsHold();
};

void tst_RandomDag::invariantsHold_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 60; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void tst_RandomDag::invariantsHold()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const int n = 5 + int(rng.bounded(150));
    const int width = 1 + int(rng.bounded(8));
    struct Plan
    {
        int failAttempts = 0;
        int retries = 0;
        bool timesOut = false;
    };
    QList<Plan> plans(n);
    QJsonArray tasks;
    for (int i = 0; i < n; ++i) {
        QStringList deps;
        const int fanIn = i == 0 ? 0 : int(rng.bounded(4));
        for (int k = 0; k < fanIn; ++k) {
            const QString d = QStringLiteral("t%1").arg(rng.bounded(i));
            if (!deps.contains(d))
                deps.append(d);
        }
        Plan &p = plans[i];
        QJsonObject t;
        const quint32 kind = rng.bounded(10);
        if (kind < 4) {
            t = noop(QStringLiteral("t%1").arg(i), deps, int(rng.bounded(6)));
        } else if (kind < 5) {
            t = noop(QStringLiteral("t%1").arg(i), deps, 2000); // far past its budget
            t.insert(QStringLiteral("timeout_seconds"), 0.02);
            p.timesOut = true;
        } else {
            p.failAttempts = rng.bounded(4) == 0 ? int(rng.bounded(4)) : 0;
            t = task(QStringLiteral("t%1").arg(i), deps,
                     {{QStringLiteral("mock_latency_ms"), int(rng.bounded(8))},
                      {QStringLiteral("mock_fail_attempts"), p.failAttempts},
                      {QStringLiteral("prompt"),
                       deps.isEmpty() ? QStringLiteral("p")
                                      : QStringLiteral("p {{%1}}").arg(deps.first())}});
        }
        p.retries = int(rng.bounded(3));
        t.insert(QStringLiteral("retry_count"), p.retries);
        static const char *const priorities[] = {"low", "medium", "high", "critical"};
        t.insert(QStringLiteral("priority"), QLatin1String(priorities[rng.bounded(4)]));
        tasks.append(t);
    }
    const auto alt = load(altDocument(tasks));
    QVERIFY(alt);

    QTemporaryDir dir;
    RunOptions options;
    options.retryBaseDelayMs = 4;
    options.randomSeed = seed;
    options.failFast = seed % 11 == 0;
    const int cancelAfter = seed % 7 == 0 ? int(rng.bounded(40)) : -1;
    const Finished f = runToEnd(alt, testConfig(dir.path(), width, 2), options, cancelAfter);
    QVERIFY(!f.last.isEmpty());
    const QStringList violations = lastInvariantViolations(f.last, *alt);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));

    // Each task's fate follows from its plan (unless the run was stopped early).
    if (cancelAfter >= 0 || options.failFast)
        return;
    const QJsonObject results = f.last.value(u"task_results").toObject();
    for (int i = 0; i < n; ++i) {
        const AltTask &t = alt->tasks.at(i);
        const QJsonObject r = results.value(t.id).toObject();
        bool depsCompleted = true;
        for (int d : t.dependencies)
            depsCompleted = depsCompleted
                    && results.value(alt->tasks.at(d).id)[u"status"].toString() == u"completed";
        QString expected;
        if (!depsCompleted)
            expected = QStringLiteral("cancelled");
        else if (plans[i].timesOut)
            expected = QStringLiteral("timeout");
        else if (plans[i].failAttempts > plans[i].retries)
            expected = QStringLiteral("failed");
        else
            expected = QStringLiteral("completed");
        QCOMPARE(r.value(u"status").toString(), expected);
        if (expected == u"completed" || expected == u"failed") {
            const int attempts
                    = expected == u"completed" ? plans[i].failAttempts + 1 : plans[i].retries + 1;
            QCOMPARE(r.value(u"metadata")[u"attempts"].toInt(), attempts);
        }
        if (expected == u"timeout")
            QCOMPARE(r.value(u"metadata")[u"attempts"].toInt(), plans[i].retries + 1);
    }
}

QTEST_GUILESS_MAIN(tst_RandomDag)
#include "tst_randomdag.moc"
