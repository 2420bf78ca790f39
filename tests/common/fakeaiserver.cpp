// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeaiserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace altrunner::test {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

FakeAiServer::FakeAiServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &FakeAiServer::onNewConnection);
    m_server.setMaxPendingConnections(1024);
    m_server.setListenBacklogSize(1024); // 64 connections arrive at once; the default is 50
}

FakeAiServer::~FakeAiServer()
{
    // Sockets are the server's children; silence them before the bookkeeping goes away.
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

bool FakeAiServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl FakeAiServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FakeAiServer::setRateLimits(int requestsPerMinute, qint64 tokensPerMinute)
{
    m_requestsPerMinute = requestsPerMinute;
    m_tokensPerMinute = tokensPerMinute;
}

std::optional<FakeAiServer::Action>
FakeAiServer::admit(const QJsonObject &body, QList<std::pair<QByteArray, QByteArray>> *headers)
{
    if (m_requestsPerMinute <= 0 && m_tokensPerMinute <= 0)
        return std::nullopt;
    const qint64 now = m_clock.elapsed();
    while (!m_window.isEmpty() && m_window.first().first <= now - 1000)
        m_window.removeFirst();
    qint64 tokens = 0;
    for (const QJsonValue &m : body.value(u"messages").toArray())
        tokens += m[u"content"].toString().toUtf8().size();
    tokens += body.value(u"inputs").toString().toUtf8().size();
    tokens += body.value(u"max_tokens").toInteger()
            + body.value(u"parameters")[u"max_tokens"].toInteger();
    qint64 used = 0;
    for (const auto &w : std::as_const(m_window))
        used += w.second;
    const qint64 requestLimit
            = m_requestsPerMinute > 0 ? std::max(1, m_requestsPerMinute / 60) : -1;
    const qint64 tokenLimit
            = m_tokensPerMinute > 0 ? std::max<qint64>(1, m_tokensPerMinute / 60) : -1;
    const bool overRequests = requestLimit >= 0 && m_window.size() + 1 > requestLimit;
    const bool overTokens = tokenLimit >= 0 && used + tokens > tokenLimit;
    if (overRequests || overTokens) {
        m_rateLimitedAtMs.append(now);
        return status(429, R"({"error": {"message": "Rate limit reached", "type": "requests"}})",
                      {{"Retry-After", "1"}});
    }
    m_window.append({now, tokens});
    const QByteArray reset
            = QByteArray::number(std::max<qint64>(1, m_window.first().first + 1000 - now)) + "ms";
    if (!m_rateLimitHeaders)
        return std::nullopt;
    if (requestLimit >= 0) {
        headers->append({"x-ratelimit-limit-requests", QByteArray::number(m_requestsPerMinute)});
        headers->append({"x-ratelimit-remaining-requests",
                         QByteArray::number(requestLimit - m_window.size())});
        headers->append({"x-ratelimit-reset-requests", reset});
    }
    if (tokenLimit >= 0) {
        headers->append({"x-ratelimit-limit-tokens", QByteArray::number(m_tokensPerMinute)});
        headers->append({"x-ratelimit-remaining-tokens",
                         QByteArray::number(std::max<qint64>(0, tokenLimit - used - tokens))});
        headers->append({"x-ratelimit-reset-tokens", reset});
    }
    return std::nullopt;
}

QJsonObject FakeAiServer::usageFor(const QJsonObject &body, const QByteArray &prompt)
{
    const qint64 maxTokens = std::max<qint64>(
            1,
            body.value(u"max_tokens")
                    .toInteger(body.value(u"parameters")[u"max_tokens"].toInteger(1024)));
    // A small linear congruential generator: the same figures on every run of a test.
    m_seed = m_seed * 1103515245u + 12345u;
    const qint64 input = 1 + qint64(m_seed >> 8) % std::max<qint64>(1, prompt.size() / 2 + 1);
    m_seed = m_seed * 1103515245u + 12345u;
    const qint64 output = 1 + qint64(m_seed >> 8) % maxTokens;
    return {{QStringLiteral("prompt_tokens"), input},
            {QStringLiteral("completion_tokens"), output},
            {QStringLiteral("total_tokens"), input + output}};
}

void FakeAiServer::script(const QByteArray &promptPart, const QList<Action> &actions)
{
    m_scripts.append({promptPart, actions});
}

FakeAiServer::Action FakeAiServer::status(int code, const QByteArray &body,
                                          const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    Action a;
    a.fault = Fault::Status;
    a.status = code;
    a.body = body;
    a.headers = headers;
    if (!body.startsWith('{') && !body.startsWith('['))
        a.contentType = "text/plain";
    return a;
}

FakeAiServer::Action FakeAiServer::fault(Fault f)
{
    Action a;
    a.fault = f;
    return a;
}

QList<FakeAiServer::Request> FakeAiServer::inferenceRequests() const
{
    QList<Request> out;
    for (const Request &r : m_requests) {
        if (r.method == "POST")
            out.append(r);
    }
    return out;
}

void FakeAiServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_connections.value(socket).pending) {
                --m_inFlight;
                ++m_abandoned;
            }
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeAiServer::onReadyRead(QTcpSocket *socket)
{
    Connection &c = m_connections[socket];
    c.buffer += socket->readAll();
    while (!c.pending) {
        const qsizetype end = c.buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request r;
        const QList<QByteArray> lines = c.buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                 lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length", "0").toLongLong();
        if (c.buffer.size() < end + 4 + length)
            return;
        r.body = c.buffer.mid(end + 4, length);
        c.buffer.remove(0, end + 4 + length);
        r.atMs = m_clock.elapsed();
        r.atNs = m_clock.nsecsElapsed();
        m_requests.append(r);
        c.pending = true;
        ++m_inFlight;
        m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
        handle(socket, r);
    }
}

FakeAiServer::Action FakeAiServer::nextAction(const QByteArray &prompt)
{
    for (auto &[part, actions] : m_scripts) {
        if (prompt.contains(part) && !actions.isEmpty())
            return actions.takeFirst();
    }
    return {};
}

void FakeAiServer::handle(QTcpSocket *socket, const Request &request)
{
    const QByteArray path = request.path.split('?').first();
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (request.method == "GET") {
        QByteArray answer;
        if (path == "/health")
            answer = R"({"status": "ok", "service": "ai-orchestrator"})";
        else if (path == "/api/models/")
            answer = R"([{"id": "model-a"}, {"id": "model-b"}])";
        else if (path == "/v1/models")
            answer = R"({"object": "list", "data": [{"id": "model-a"}, {"id": "model-b"}]})";
        Action a;
        if (answer.isEmpty())
            a = status(404, R"({"detail": "Not Found"})");
        respond(socket, a, answer);
        return;
    }
    if (path == "/api/inference") {
        respond(socket, status(307, {}, {{"Location", "/api/inference/"}}), {});
        return;
    }
    QByteArray prompt;
    QByteArray conversation;
    qint64 pendingTokens = 0;
    QByteArray okBody;
    QList<std::pair<QByteArray, QByteArray>> limitHeaders;
    if (path == "/api/inference/" || path == "/v1/chat/completions") {
        if (auto limited = admit(body, &limitHeaders)) {
            respond(socket, *limited, {});
            return;
        }
    }
    if (path == "/api/inference/") {
        prompt = body.value(u"inputs").toString().toUtf8();
        QJsonObject meta {{QStringLiteral("tokens_generated"), 7}};
        if (m_usage == Usage::Fixed)
            m_reportedTokens += 7;
        if (m_usage == Usage::None) {
            meta = {};
        } else if (m_usage == Usage::Varying) {
            const QJsonObject usage = usageFor(body, prompt);
            meta = {{QStringLiteral("usage"), usage}};
            m_reportedTokens += usage.value(u"total_tokens").toInteger();
        }
        okBody = QJsonDocument(QJsonObject {{QStringLiteral("model_id"), body.value(u"model_id")},
                                            {QStringLiteral("outputs"),
                                             QString(QStringLiteral("echo: ")
                                                     + QString::fromUtf8(prompt))},
                                            {QStringLiteral("metadata"), meta}})
                         .toJson(QJsonDocument::Compact);
    } else if (path == "/v1/chat/completions") {
        const QJsonArray messages = body.value(u"messages").toArray();
        prompt = messages.last().toObject().value(u"content").toString().toUtf8();
        // Scripts match any message of the conversation (a repair's last turn is not the
        // task's prompt).
        for (const QJsonValue &m : messages)
            conversation += m.toObject().value(u"content").toString().toUtf8() + '\n';
        QJsonObject usage {{QStringLiteral("prompt_tokens"), 5},
                           {QStringLiteral("completion_tokens"), 4},
                           {QStringLiteral("total_tokens"), 9}};
        if (m_usage == Usage::Varying)
            usage = usageFor(body, prompt);
        pendingTokens = m_usage == Usage::None ? 0 : usage.value(u"total_tokens").toInteger();
        QJsonObject answer = QJsonObject {
                {QStringLiteral("model"), body.value(u"model")},
                {QStringLiteral("choices"),
                 QJsonArray {QJsonObject {
                         {QStringLiteral("index"), 0},
                         {QStringLiteral("message"),
                          QJsonObject {{QStringLiteral("role"), QStringLiteral("assistant")},
                                       {QStringLiteral("content"),
                                        QString(QStringLiteral("echo: ")
                                                + QString::fromUtf8(prompt))}}}}}},
                {QStringLiteral("usage"), usage}};
        if (m_usage == Usage::None)
            answer.remove(QStringLiteral("usage"));
        okBody = QJsonDocument(answer).toJson(QJsonDocument::Compact);
        if (body.value(u"stream").toBool() && !m_streaming.plainJson) {
            Action action = nextAction(conversation);
            action.headers += limitHeaders;
            if (action.fault != Fault::None) {
                respond(socket, action, okBody);
                return;
            }
            m_reportedTokens += action.status == 200 ? pendingTokens : 0;
            // Words, spaces, and whatever the prompt holds (any UTF-8) in one answer.
            m_lastStreamedText = QStringLiteral("echo: ") + QString::fromUtf8(prompt);
            respondStream(socket, action,
                          streamEvents(m_lastStreamedText,
                                       m_usage == Usage::None ? QJsonObject() : usage,
                                       body.value(u"model").toString().toUtf8(),
                                       m_streaming.finishReason, m_streaming.usageChunk));
            return;
        }
    } else {
        respond(socket, status(404, R"({"detail": "Not Found"})"), {});
        return;
    }
    Action action = nextAction(conversation.isEmpty() ? prompt : conversation);
    action.headers += limitHeaders;
    // Only what an answer reports counts: an error answer reports no usage.
    if (action.fault == Fault::None && action.status == 200 && action.body.isEmpty())
        m_reportedTokens += pendingTokens;
    respond(socket, action, okBody);
}

FakeAiServer::Action FakeAiServer::chatAnswer(const QString &content,
                                              const QByteArray &finishReason)
{
    const QJsonObject answer {
            {QStringLiteral("model"), QStringLiteral("fake-model")},
            {QStringLiteral("choices"),
             QJsonArray {QJsonObject {
                     {QStringLiteral("index"), 0},
                     {QStringLiteral("finish_reason"), QString::fromUtf8(finishReason)},
                     {QStringLiteral("message"),
                      QJsonObject {{QStringLiteral("role"), QStringLiteral("assistant")},
                                   {QStringLiteral("content"), content}}}}}},
            {QStringLiteral("usage"),
             QJsonObject {{QStringLiteral("prompt_tokens"), 5},
                          {QStringLiteral("completion_tokens"), 4},
                          {QStringLiteral("total_tokens"), 9}}}};
    return status(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

QList<QByteArray> FakeAiServer::streamEvents(const QString &text, const QJsonObject &usage,
                                             const QByteArray &model,
                                             const QByteArray &finishReason, bool usageChunk)
{
    auto event = [&](const QJsonObject &delta, const QJsonValue &finish) -> QByteArray {
        const QJsonObject chunk {
                {QStringLiteral("id"), QStringLiteral("chatcmpl-fake")},
                {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                {QStringLiteral("model"), QString::fromUtf8(model)},
                {QStringLiteral("choices"),
                 QJsonArray {QJsonObject {{QStringLiteral("index"), 0},
                                          {QStringLiteral("delta"), delta},
                                          {QStringLiteral("finish_reason"), finish}}}}};
        return "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
    };
    QList<QByteArray> events;
    events.append(event({{QStringLiteral("role"), QStringLiteral("assistant")},
                         {QStringLiteral("content"), QString()}},
                        QJsonValue()));
    static const QRegularExpression word(QStringLiteral("\\s*\\S+|\\s+$"));
    for (auto it = word.globalMatch(text); it.hasNext();)
        events.append(event({{QStringLiteral("content"), it.next().captured()}}, QJsonValue()));
    events.append(event({}, QString::fromUtf8(finishReason)));
    if (usageChunk && !usage.isEmpty()) {
        const QJsonObject last {{QStringLiteral("id"), QStringLiteral("chatcmpl-fake")},
                                {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                                {QStringLiteral("model"), QString::fromUtf8(model)},
                                {QStringLiteral("choices"), QJsonArray()},
                                {QStringLiteral("usage"), usage}};
        events.append("data: " + QJsonDocument(last).toJson(QJsonDocument::Compact) + "\n\n");
    }
    events.append("data: [DONE]\n\n");
    return events;
}

void FakeAiServer::respondStream(QTcpSocket *socket, const Action &action,
                                 const QList<QByteArray> &events)
{
    QPointer<QTcpSocket> guard(socket);
    // Chunked, on a connection kept alive, as OpenAI's servers send it.
    const bool chunked = !m_streaming.closeDelimited;
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: " + m_streaming.contentType
            + "\r\nCache-Control: no-cache\r\n"
            + (chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                       : QByteArray("Connection: close\r\n"));
    for (const auto &[k, v] : action.headers)
        head += k + ": " + v + "\r\n";
    head += "\r\n";
    // The pieces: one per event, or the whole stream cut every pieceBytes bytes (inside lines,
    // field names and UTF-8 characters alike).
    QList<QByteArray> pieces;
    const QByteArray all = events.join();
    QByteArray stream = m_streaming.cutAfterBytes >= 0 ? all.left(m_streaming.cutAfterBytes) : all;
    if (m_streaming.pieceBytes > 0) {
        for (qsizetype i = 0; i < stream.size(); i += m_streaming.pieceBytes)
            pieces.append(stream.mid(i, m_streaming.pieceBytes));
    } else {
        qsizetype written = 0;
        for (const QByteArray &e : events) {
            if (written >= stream.size())
                break;
            pieces.append(stream.mid(written, e.size()));
            written += e.size();
        }
    }
    const qsizetype index = m_requests.size() - 1;
    const int delay = action.delayMs >= 0 ? action.delayMs : m_defaultLatencyMs;
    auto at = DeadlineQueue::Clock::now() + std::chrono::milliseconds(delay);
    m_answers.post(at, this, [guard, head] {
        if (guard)
            guard->write(head);
    });
    for (const QByteArray &piece : pieces) {
        at += std::chrono::milliseconds(m_streaming.pieceDelayMs);
        m_answers.post(at, this, [guard, piece, chunked] {
            if (guard)
                guard->write(chunked ? QByteArray::number(piece.size(), 16) + "\r\n" + piece
                                             + "\r\n"
                                     : piece);
        });
    }
    const bool cut = m_streaming.cutAfterBytes >= 0;
    m_answers.post(at, this, [this, guard, index, cut, chunked] {
        if (index >= 0) {
            m_requests[index].answeredAtNs = m_clock.nsecsElapsed();
            m_requests[index].status = 200;
        }
        if (!guard)
            return;
        --m_inFlight;
        m_connections[guard.data()].pending = false;
        if (cut || !chunked) {
            guard->disconnectFromHost(); // the end, or broken off in the middle of the stream
            return;
        }
        guard->write("0\r\n\r\n");
        if (!m_connections[guard.data()].buffer.isEmpty())
            QTimer::singleShot(0, this, [this, guard] {
                if (guard)
                    onReadyRead(guard.data());
            });
    });
}

void FakeAiServer::respond(QTcpSocket *socket, const Action &action, const QByteArray &okBody)
{
    if (action.fault == Fault::Hang)
        return; // the client's time-out must end it
    if (action.fault == Fault::Reset) {
        --m_inFlight;
        m_connections[socket].pending = false;
        socket->abort();
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    const int delay = action.delayMs >= 0 ? action.delayMs : m_defaultLatencyMs;
    const qsizetype index = m_requests.size() - 1;
    const auto at = DeadlineQueue::Clock::now() + std::chrono::milliseconds(delay);
    m_answers.post(at, this, [this, guard, action, okBody, index] {
        if (!guard)
            return;
        QByteArray body = okBody;
        int code = 200;
        QByteArray type = "application/json";
        if (action.fault == Fault::Status) {
            code = action.status;
            body = action.body;
            type = action.contentType;
        } else if (action.fault == Fault::BadJson) {
            body = "<html>this is not json</html>";
            type = "text/html";
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(code) + ' ' + reason(code) + "\r\n";
        out += "Content-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\n";
        for (const auto &[k, v] : action.headers)
            out += k + ": " + v + "\r\n";
        out += "\r\n" + body;
        --m_inFlight;
        m_connections[guard.data()].pending = false;
        guard->write(out);
        if (index >= 0) {
            m_requests[index].answeredAtNs = m_clock.nsecsElapsed();
            m_requests[index].status = code;
        }
        // Pipelined requests that arrived meanwhile.
        if (!m_connections[guard.data()].buffer.isEmpty())
            QTimer::singleShot(0, this, [this, guard] {
                if (guard)
                    onReadyRead(guard.data());
            });
    });
}

} // namespace altrunner::test
