// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestkey.h"

namespace altrunner {

RequestKey RequestKey::fromHex(QStringView hex)
{
    RequestKey k;
    if (hex.size() != 64)
        return k;
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    // fromHex skips what is not a digit: 32 bytes only from 64 digits.
    if (bytes.size() != 32 || bytes.toHex() != hex.toLatin1().toLower())
        return k;
    std::copy(bytes.cbegin(), bytes.cend(), k.m_bytes.begin());
    k.m_set = true;
    return k;
}

QString RequestKey::toHex() const
{
    if (!m_set)
        return {};
    return QString::fromLatin1(
            QByteArray::fromRawData(reinterpret_cast<const char *>(m_bytes.data()), 32).toHex());
}

} // namespace altrunner
