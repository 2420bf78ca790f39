// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace altrunner {

// Header fields as HTTP/1.x carries them, read the same way on both sides of the wire: the REST
// API's requests and the AI client's answers. Names are case-insensitive; values as sent, trimmed.
using HttpHeaderList = QList<std::pair<QByteArray, QByteArray>>;

// The first field of that name; empty when absent.
QByteArray httpHeader(const HttpHeaderList &headers, QByteArrayView name);
// Whether the connection stays open after this message: HTTP/1.1 unless "Connection: close",
// HTTP/1.0 only with "Connection: keep-alive" ("Connection" is a list of tokens).
bool httpKeepsConnection(const HttpHeaderList &headers, bool http10);

} // namespace altrunner
