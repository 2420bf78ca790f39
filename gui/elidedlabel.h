// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace altrunner {

// A one-line label that never widens the window: however long its text (an outcome, a first
// error naming a long task id, a LAST path), it asks for little room, draws what fits with an
// ellipsis, and keeps the whole text in its tool tip. A plain QLabel's minimum width is its
// text's width, which made the window wider than the screen after a run (issue 25).
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
    // Whether the last paint had to cut the text.
    bool isElided() const { return m_elided; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_elided = false;
};

} // namespace altrunner
