// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

namespace altrunner::test {

// Runs callbacks on a context object's thread at a deadline, to a fraction of a millisecond.
// Qt's timers round every wait up to the next whole millisecond, which made the fake AI server's
// "50 ms" answers take 50.5 ms on average and so inflated the makespan the benchmark measures.
class DeadlineQueue final
{
    Q_DISABLE_COPY_MOVE(DeadlineQueue)

public:
    using Clock = std::chrono::steady_clock;

    DeadlineQueue();
    ~DeadlineQueue();

    // `context` must outlive this queue (it is the queue's owner).
    void post(Clock::time_point at, QObject *context, std::function<void()> callback);

private:
    void loop();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::multimap<Clock::time_point, std::pair<QObject *, std::function<void()>>> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace altrunner::test
