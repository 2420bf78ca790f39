// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpheaders.h"

namespace altrunner {

QByteArray httpHeader(const HttpHeaderList &headers, QByteArrayView name)
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool httpKeepsConnection(const HttpHeaderList &headers, bool http10)
{
    bool close = false, keep = false;
    for (const auto &[n, v] : headers) {
        if (n.compare("connection", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &token : v.split(',')) {
            const QByteArray t = token.trimmed().toLower();
            close = close || t == "close";
            keep = keep || t == "keep-alive";
        }
    }
    return !close && (!http10 || keep);
}

} // namespace altrunner
