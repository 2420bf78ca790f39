// SPDX-License-Identifier: GPL-3.0-or-later
#include "natsserver.h"

#include <QDeadlineTimer>
#include <QTcpServer>
#include <QTcpSocket>

namespace altrunner::test {

namespace {

bool listening(quint16 port)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    return s.waitForConnected(200);
}

} // namespace

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

NatsServer::NatsServer(QString storeDir)
    : m_store(std::move(storeDir))
    , m_port(freePort())
{
}

NatsServer::~NatsServer()
{
    stop();
}

bool NatsServer::start()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("nats-server"),
                    {QStringLiteral("-js"), QStringLiteral("-a"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-sd"),
                     m_store});
    if (!m_process.waitForStarted(5000))
        return false;
    // The server's own sign that it accepts clients: its "Server is ready" line (a restart on
    // the same store says it again).
    QByteArray said;
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        said += m_process.readAll();
        if (said.contains("Server is ready"))
            return listening(m_port);
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    return false;
}

void NatsServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished();
}

QString NatsServer::url() const
{
    return QStringLiteral("nats://127.0.0.1:%1").arg(m_port);
}

} // namespace altrunner::test
