// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace altrunner {

// A token bucket that holds one request's worth (docs/engine.md "Rate limits"): `perMinute`
// units a minute, paced evenly. Providers enforce per-minute limits over much shorter windows,
// so a burst that a minute-sized bucket would allow trips them; here the next request may go
// when the previous one's units have been earned back (a virtual schedule, GCRA).
class Pacer final
{
public:
    explicit Pacer(double perMinute = 0) { setRate(perMinute); }

    // 0 or less: no limit.
    void setRate(double perMinute);
    bool isLimited() const { return m_msPerUnit > 0; }

    // How long until `units` may go, from `nowMs` (0: now).
    qint64 waitFor(qint64 nowMs) const;
    // `units` go now.
    void take(double units, qint64 nowMs);

private:
    double m_msPerUnit = 0;
    double m_nextMs = 0; // when the next request may go
};

} // namespace altrunner
