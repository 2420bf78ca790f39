// SPDX-License-Identifier: GPL-3.0-or-later
#include "isotime.h"

#include <QDateTime>

namespace altrunner {

namespace {

// Howard Hinnant's civil_from_days: days since 1970-01-01 to year, month, day.
void civilFromDays(qint64 z, qint64 &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += (m <= 2);
}

void put(char16_t *&out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

} // namespace

QString isoUtcMs(qint64 ms)
{
    qint64 days = ms / 86400000;
    qint64 rem = ms % 86400000;
    if (rem < 0) {
        rem += 86400000;
        --days;
    }
    qint64 y;
    unsigned mo, d;
    civilFromDays(days, y, mo, d);
    QString s(24, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(s.data());
    put(out, y, 4);
    *out++ = u'-';
    put(out, mo, 2);
    *out++ = u'-';
    put(out, d, 2);
    *out++ = u'T';
    put(out, rem / 3600000, 2);
    *out++ = u':';
    put(out, rem / 60000 % 60, 2);
    *out++ = u':';
    put(out, rem / 1000 % 60, 2);
    *out++ = u'.';
    put(out, rem % 1000, 3);
    *out++ = u'Z';
    return s;
}

std::optional<qint64> parseIsoMs(const QString &text)
{
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

} // namespace altrunner
