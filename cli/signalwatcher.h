// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace altrunner {

// Turns SIGINT and SIGTERM (Ctrl+C and Ctrl+Break on Windows) into a Qt signal delivered by the
// event loop, where it is safe to act on: the handler itself only writes a byte to a pipe.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void signalled(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace altrunner
