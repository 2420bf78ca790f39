// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QProgressBar>

#include <utility>

namespace altrunner {

// A progress bar split by colour (docs/gui.md "Daily use and large runs"): one segment per
// kind of ending (completed, cached, failed, timed out, cancelled), so a run that failed or was
// cancelled never looks like a full blue bar.
class SegmentedProgressBar final : public QProgressBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentedProgressBar)

public:
    using QProgressBar::QProgressBar;

    // Counts and their colours, in order from the left; the bar's maximum is the whole.
    void setSegments(const QList<std::pair<int, QColor>> &segments);
    const QList<std::pair<int, QColor>> &segments() const { return m_segments; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<std::pair<int, QColor>> m_segments;
};

} // namespace altrunner
