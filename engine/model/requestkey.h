// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <array>

namespace altrunner {

// The result cache's key of the request that got an answer (metadata.request_key): a SHA-256,
// kept as its 32 bytes in every task record rather than as 64 hex characters in a string
// (docs/engine.md "Memory"). Null until set.
class RequestKey final
{
public:
    RequestKey() = default;
    // From the hex form the cache and the files use; null unless it is 64 hex digits.
    static RequestKey fromHex(QStringView hex);
    QString toHex() const;
    bool isNull() const { return !m_set; }
    bool operator==(const RequestKey &) const = default;

private:
    std::array<unsigned char, 32> m_bytes {};
    bool m_set = false;
};

} // namespace altrunner
