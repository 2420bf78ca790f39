// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/runsnapshot.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>

#include <deque>
#include <optional>

namespace altrunner {

class Run;
class RunRegistry;

// The live events of the REST API (docs/rest-api.md "Live events"): what each run did, as
// CloudEvents 1.0 in server-sent-event frames, numbered in one sequence for the whole server.
// Made from the runs' batched changes, so a run of 100,000 tasks costs the same few dozen
// batches with or without listeners. Each run keeps its last kPerRun events; a listener reads
// them from here at its own pace (EventStream), so a slow one never holds up a run.
class EventLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLog)

public:
    static constexpr qsizetype kPerRun = 10000;
    static constexpr int kRunsKept = 32;

    struct Event
    {
        qint64 seq = 0;
        QByteArray frame; // "id: …\nevent: …\ndata: {…}\n\n"
        qint64 endBytes = 0; // the frames of this run (or of all runs) up to here, summed
        QString run; // its execution id
    };
    using Ring = std::deque<Event>;

    explicit EventLog(RunRegistry *runs, QObject *parent = nullptr);
    ~EventLog() override;

    // A worker joined or left (io.altrunner.worker.joined, .left), on the server's stream.
    void workerEvent(const QString &type, const QJsonObject &data);

    // Starts recording a run's events (the registry's runs are followed by themselves).
    void follow(Run *run);

    bool knows(const QString &executionId) const { return m_runs.contains(executionId); }
    // The events of one run, or of all runs (empty id); null for an unknown run.
    const Ring *ring(const QString &executionId) const;
    // Whether the run's last event (run.finished) is in its ring.
    bool isFinished(const QString &executionId) const;
    // The runs whose run.finished is held.
    QSet<QString> finishedRuns() const;
    qint64 lastSeq() const { return m_seq; }

    // One server-sent-event frame of a CloudEvents envelope; for tests and the lagged notice.
    static QByteArray frame(qint64 seq, const QString &executionId, const QString &type,
                            const QJsonObject &data, bool withId = true);

signals:
    void appended(); // once per batch of new events

private:
    struct TaskSeen
    {
        bool started = false;
        bool finished = false;
        bool waiting = false; // its approval gate opened (docs/approvals.md)
        bool decided = false;
        qsizetype retries = 0;
        qsizetype textSent = 0;
        qsizetype textAttempt = 0; // the attempt whose text was sent
    };
    struct RunLog
    {
        QStringList taskIds;
        QList<TaskSeen> tasks;
        Ring ring;
        bool finished = false;
        bool started = false;
        std::optional<BudgetState> budget;
        bool waitingForWorkers = false;
        QString currency;
    };

    void onProgressed(const QString &id, const RunSnapshot &snapshot,
                      const QList<TaskUpdate> &changed);
    void onFinished(const QString &id, const RunResult &result);
    void append(const QString &id, RunLog &log, const QString &type, const QJsonObject &data);
    void maybeBudget(const QString &id, RunLog &log, const RunSnapshot &snapshot);
    static QByteArray frameFrom(qint64 seq, const QString &source, const QString &type,
                                const QJsonObject &data, bool withId = true);
    void forgetOldRuns();

    QHash<QString, RunLog> m_runs;
    QStringList m_order; // execution ids, oldest first
    Ring m_all;
    qint64 m_seq = 0;
    bool m_batching = false;
};

} // namespace altrunner
