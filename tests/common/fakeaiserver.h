// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadlinequeue.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace altrunner::test {

// A real HTTP/1.1 server on 127.0.0.1 that speaks both AI protocols (the ALT_LAS orchestrator's
// and the OpenAI chat API) and injects faults on demand, per prompt. Tests and benchmarks drive
// the real providers against it.
class FakeAiServer final : public QObject
{
    Q_OBJECT

public:
    enum class Fault { None, Status, BadJson, Hang, Reset };
    struct Action
    {
        Fault fault = Fault::None;
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<std::pair<QByteArray, QByteArray>> headers;
        int delayMs = -1; // -1: the server's default latency
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        qint64 atMs = 0; // when the request was complete, on the server's clock
        qint64 atNs = 0; // the same, in nanoseconds
        qint64 answeredAtNs = -1; // when the answer was written (-1: not answered)
    };

    explicit FakeAiServer(QObject *parent = nullptr);
    ~FakeAiServer() override;

    bool listen(quint16 port = 0);
    QUrl url() const;
    void setDefaultLatencyMs(int ms) { m_defaultLatencyMs = ms; }
    // Requests whose prompt contains `promptPart` get these actions in turn, then plain answers.
    void script(const QByteArray &promptPart, const QList<Action> &actions);

    const QList<Request> &requests() const { return m_requests; }
    QList<Request> inferenceRequests() const;
    int inFlight() const { return m_inFlight; }
    int peakInFlight() const { return m_peakInFlight; }
    int abandoned() const { return m_abandoned; } // requests whose client went away unanswered

    static Action status(int code, const QByteArray &body,
                         const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    static Action fault(Fault f);

private:
    struct Connection
    {
        QByteArray buffer;
        bool pending = false; // a request is being answered
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    void respond(QTcpSocket *socket, const Action &action, const QByteArray &okBody);
    Action nextAction(const QByteArray &prompt);

    QTcpServer m_server;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<std::pair<QByteArray, QList<Action>>> m_scripts;
    QList<Request> m_requests;
    QElapsedTimer m_clock;
    int m_defaultLatencyMs = 0;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    int m_abandoned = 0;
    DeadlineQueue m_answers; // last member: its thread stops before the rest goes
};

} // namespace altrunner::test
