// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadlinequeue.h"

namespace altrunner::test {

DeadlineQueue::DeadlineQueue()
    : m_thread([this] { loop(); })
{
}

DeadlineQueue::~DeadlineQueue()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void DeadlineQueue::post(Clock::time_point at, QObject *context, std::function<void()> callback)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.emplace(at, std::make_pair(context, std::move(callback)));
    }
    m_wake.notify_one();
}

void DeadlineQueue::loop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (m_queue.empty()) {
            m_wake.wait(lock);
            continue;
        }
        const auto first = m_queue.begin();
        if (Clock::now() < first->first) {
            m_wake.wait_until(lock, first->first);
            continue;
        }
        auto [context, callback] = std::move(first->second);
        m_queue.erase(first);
        lock.unlock();
        QMetaObject::invokeMethod(context, std::move(callback), Qt::QueuedConnection);
        lock.lock();
    }
}

} // namespace altrunner::test
