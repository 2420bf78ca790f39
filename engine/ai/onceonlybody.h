// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

namespace altrunner {

// A request body that can be read once and never rewound. When a server closes a kept-alive
// connection before answering, Qt's HTTP stack would otherwise send the POST again on its own:
// the AI service would get (and bill) two inference requests for what the LAST file records as
// one attempt. With this body Qt cannot resend; the attempt fails as "closed the connection
// before answering", and the engine's retry policy decides (docs/engine.md "Retries").
class OnceOnlyBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnceOnlyBody)

public:
    explicit OnceOnlyBody(QByteArray data, QObject *parent = nullptr)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min(max, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::copy_n(m_data.constData() + m_pos, n, out);
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace altrunner
