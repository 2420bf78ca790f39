// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace altrunner {

// ISO 8601 UTC with milliseconds ("2026-11-24T11:33:06.123Z"). Hand-rolled because a LAST file of
// 100,000 tasks holds half a million timestamps and QDateTime formatting is the slow part.
QString isoUtcMs(qint64 msecsSinceEpoch);
// Parses what isoUtcMs writes (and any ISO 8601 date-time with an offset); nullopt if it is none.
std::optional<qint64> parseIsoMs(const QString &text);

} // namespace altrunner
