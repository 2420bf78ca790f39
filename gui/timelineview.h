// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>

namespace altrunner {

class RunDocument;

// The Gantt chart of a run: one row per task in the order they started (tasks carried over from
// an earlier run marked at the end; the axis starts at the shown run's start), one bar per attempt,
// back-off gaps drawn as dashed lines, a time axis, the critical path marked. It paints only the
// visible rows, grows while the run goes on, zooms with Ctrl+wheel, and explains a bar on hover.
class TimelineView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(RunDocument *document, QWidget *parent = nullptr);

    void setSelectedTask(int index);
    // During a run, keep the present moment (and the newest rows) in view.
    void setFollowNow(bool follow);
    void zoomBy(double factor);
    // The whole chart into `painter` at the given size (for PNG/SVG export).
    void renderAll(QPainter *painter, const QSize &size);
    QSize fullSize() const;

signals:
    void taskSelected(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void rebuildRows();
    void updateMetrics();
    void followNow();
    void noteEnd(int task);
    void onTasksChanged(const QList<int> &indices);
    void updateScrollBars();
    qint64 spanMs() const;
    void paintChart(QPainter &painter, const QRect &area, int firstRow, int lastRow, int scrollX,
                    int scrollY, bool wholeChart);
    int rowAt(int y) const;
    QString tooltipAt(const QPoint &pos) const;

    RunDocument *m_document;
    QList<int> m_rows; // task index per row
    QList<int> m_rowOf; // row per task, -1 when not shown yet
    double m_msPerPixel = 10; // zoom
    bool m_autoFit = true;
    bool m_followNow = true;
    qint64 m_lastEnd = -1; // the latest end of a shown task, since the epoch
    int m_rowHeight = 20;
    int m_axisHeight = 26;
    int m_tickLabelWidth = 90;
    int m_selected = -1;
};

} // namespace altrunner
