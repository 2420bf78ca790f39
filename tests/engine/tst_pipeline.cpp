// SPDX-License-Identifier: GPL-3.0-or-later
// The run pipeline, ready -> admission -> provider -> result, checked as an ordered log of events
// (as Qt Creator's Tasking tests do): a recording provider and a scripted admission stage write
// down what the scheduler asked of them, in order. No timestamps are compared.

#include "admission/admission.h"
#include "ai/aiprovider.h"
#include "ai/delayedcall.h"
#include "testutil.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;
using namespace altrunner::test;
using namespace Qt::StringLiterals;

namespace {

// What the run did, in order; written from the run's thread, read after it has finished.
struct EventLog
{
    QMutex mutex;
    QStringList events;
    void add(const QString &e)
    {
        QMutexLocker lock(&mutex);
        events.append(e);
    }
};

// Answers every request after `delayMs`, writing "send <task>" and "answer <task>".
class RecordingProvider final : public AiProvider
{
public:
    RecordingProvider(std::shared_ptr<EventLog> log, int delayMs)
        : m_log(std::move(log))
        , m_delayMs(delayMs)
    {
    }
    QString name() const override { return QStringLiteral("recording"); }
    AiCall *start(const AiRequest &request, AiCallback done, QObject *parent) override
    {
        m_log->add(u"send " + request.taskId);
        AiReply reply;
        reply.ok = true;
        reply.text = u"answer of " + request.taskId;
        reply.provider = name();
        return new DelayedCall(
                m_delayMs, reply,
                [log = m_log, id = request.taskId, done](const AiReply &r) {
                    log->add(u"answer " + id);
                    done(r);
                },
                parent);
    }

private:
    std::shared_ptr<EventLog> m_log;
    int m_delayMs;
};

// Decides per task id: admit, wait (once, then admit), or refuse; writes each decision down.
class ScriptedAdmission final : public Admission
{
public:
    ScriptedAdmission(std::shared_ptr<EventLog> log, QHash<QString, QString> script)
        : m_log(std::move(log))
        , m_script(std::move(script))
    {
    }
    Verdict admit(int, const AiRequest &request, int inFlight) override
    {
        const QString what = m_script.value(request.taskId);
        if (what == u"refuse") {
            m_log->add(u"refuse " + request.taskId);
            return Verdict::refuse(QStringLiteral("not allowed"));
        }
        if (what == u"wait" && !m_waited.contains(request.taskId)) {
            m_waited.insert(request.taskId);
            m_log->add(QStringLiteral("hold %1 (%2 in flight)").arg(request.taskId).arg(inFlight));
            return Verdict::wait(inFlight > 0 ? -1 : 30);
        }
        m_log->add(u"admit " + request.taskId);
        return Verdict::admit();
    }
    void settled(int, const AiRequest &request, const AiReply &reply) override
    {
        m_log->add((reply.ok ? u"settled "_s : u"settled failed "_s) + request.taskId);
    }

private:
    std::shared_ptr<EventLog> m_log;
    QHash<QString, QString> m_script;
    QSet<QString> m_waited;
};

QJsonObject ai(const QString &id, const QStringList &deps = {}, const QString &priority = {})
{
    QJsonObject t = task(id, deps);
    if (!priority.isEmpty())
        t.insert(QStringLiteral("priority"), priority);
    return t;
}

} // namespace

class tst_Pipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void readyOrder_data();
    void readyOrder();
    void admission_data();
    void admission();

private:
    QStringList run(const QJsonArray &tasks, int width, const QHash<QString, QString> &script,
                    Finished *finished = nullptr);
    QTemporaryDir m_dir;
};

QStringList tst_Pipeline::run(const QJsonArray &tasks, int width,
                              const QHash<QString, QString> &script, Finished *finished)
{
    const auto alt = load(altDocument(tasks));
    if (!alt)
        return {};
    auto log = std::make_shared<EventLog>();
    RunOptions options;
    options.provider = [log](const EngineConfig &) {
        return std::make_unique<RecordingProvider>(log, 5);
    };
    if (!script.isEmpty())
        options.admission = [log, script] {
            return std::make_unique<ScriptedAdmission>(log, script);
        };
    const Finished f = runToEnd(alt, testConfig(m_dir.path(), width), options);
    if (finished)
        *finished = f;
    return log->events;
}

void tst_Pipeline::readyOrder_data()
{
    QTest::addColumn<QJsonArray>("tasks");
    QTest::addColumn<QStringList>("events");

    QTest::newRow("file order when all else is equal")
            << QJsonArray {ai(u"a"_s), ai(u"b"_s), ai(u"c"_s)}
            << QStringList {u"send a"_s,   u"answer a"_s, u"send b"_s,
                            u"answer b"_s, u"send c"_s,   u"answer c"_s};
    QTest::newRow("priority first")
            << QJsonArray {ai(u"low"_s, {}, u"low"_s), ai(u"crit"_s, {}, u"critical"_s),
                           ai(u"high"_s, {}, u"high"_s)}
            << QStringList {u"send crit"_s,   u"answer crit"_s, u"send high"_s,
                            u"answer high"_s, u"send low"_s,    u"answer low"_s};
    QTest::newRow("longer chain of dependents next, then file order")
            << QJsonArray {ai(u"leaf"_s), ai(u"head"_s), ai(u"mid"_s, {u"head"_s}),
                           ai(u"tail"_s, {u"mid"_s})}
            << QStringList {u"send head"_s, u"answer head"_s, u"send mid"_s,  u"answer mid"_s,
                            u"send leaf"_s, u"answer leaf"_s, u"send tail"_s, u"answer tail"_s};
    QTest::newRow("a dependent waits for its dependency")
            << QJsonArray {ai(u"b"_s, {u"a"_s}), ai(u"a"_s)}
            << QStringList {u"send a"_s, u"answer a"_s, u"send b"_s, u"answer b"_s};
}

void tst_Pipeline::readyOrder()
{
    QFETCH(QJsonArray, tasks);
    QFETCH(QStringList, events);
    QCOMPARE(run(tasks, 1, {}), events);
}

void tst_Pipeline::admission_data()
{
    QTest::addColumn<QJsonArray>("tasks");
    QTest::addColumn<int>("width");
    QTest::addColumn<QStringList>("script"); // task=decision
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QStringList>("statuses"); // task=status in the LAST file

    QTest::newRow("every attempt is admitted and settled")
            << QJsonArray {ai(u"a"_s), ai(u"b"_s)} << 1 << QStringList {u"a=admit"_s}
            << QStringList {u"admit a"_s, u"send a"_s, u"answer a"_s, u"settled a"_s,
                            u"admit b"_s, u"send b"_s, u"answer b"_s, u"settled b"_s}
            << QStringList {u"a=completed"_s, u"b=completed"_s};
    QTest::newRow("refused: cancelled with the reason, and so is its downstream")
            << QJsonArray {ai(u"a"_s), ai(u"b"_s, {u"a"_s}), ai(u"c"_s)} << 1
            << QStringList {u"a=refuse"_s}
            << QStringList {u"refuse a"_s, u"admit c"_s, u"send c"_s, u"answer c"_s, u"settled c"_s}
            << QStringList {u"a=cancelled"_s, u"b=cancelled"_s, u"c=completed"_s};
    QTest::newRow("held while another is in flight, asked again when it ends")
            << QJsonArray {ai(u"a"_s), ai(u"b"_s)} << 2 << QStringList {u"b=wait"_s}
            << QStringList {u"admit a"_s,  u"send a"_s,    u"hold b (1 in flight)"_s,
                            u"answer a"_s, u"settled a"_s, u"admit b"_s,
                            u"send b"_s,   u"answer b"_s,  u"settled b"_s}
            << QStringList {u"a=completed"_s, u"b=completed"_s};
    QTest::newRow("held with nothing in flight, asked again after its wait")
            << QJsonArray {ai(u"a"_s)} << 1 << QStringList {u"a=wait"_s}
            << QStringList {u"hold a (0 in flight)"_s, u"admit a"_s, u"send a"_s, u"answer a"_s,
                            u"settled a"_s}
            << QStringList {u"a=completed"_s};
}

void tst_Pipeline::admission()
{
    QFETCH(QJsonArray, tasks);
    QFETCH(int, width);
    QFETCH(QStringList, script);
    QFETCH(QStringList, events);
    QFETCH(QStringList, statuses);
    QHash<QString, QString> decisions;
    for (const QString &s : script)
        decisions.insert(s.section(u'=', 0, 0), s.section(u'=', 1));
    Finished f;
    QCOMPARE(run(tasks, width, decisions, &f), events);
    const QJsonObject results = f.last.value(u"task_results").toObject();
    for (const QString &s : statuses) {
        const QJsonObject r = results.value(s.section(u'=', 0, 0)).toObject();
        QCOMPARE(r.value(u"status").toString(), s.section(u'=', 1));
        if (decisions.value(s.section(u'=', 0, 0)) == u"refuse") {
            QCOMPARE(r.value(u"error").toString(), QStringLiteral("not allowed"));
            QCOMPARE(r.value(u"metadata")[u"attempts"].toInt(), 0);
        }
    }
}

QTEST_GUILESS_MAIN(tst_Pipeline)
#include "tst_pipeline.moc"
