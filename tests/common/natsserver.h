// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>

namespace altrunner::test {

// A real nats-server with JetStream (Debian's nats-server) on a free loopback port, its store in
// a folder the test owns; stopped and started again on the same port and store for the restart
// cases.
class NatsServer
{
public:
    explicit NatsServer(QString storeDir);
    ~NatsServer();
    Q_DISABLE_COPY_MOVE(NatsServer)

    // True once it accepts connections.
    bool start();
    void stop();
    QString url() const;

private:
    QString m_store;
    quint16 m_port;
    QProcess m_process;
};

// A loopback port nothing listens on (at the moment of asking).
quint16 freePort();

} // namespace altrunner::test
