// SPDX-License-Identifier: GPL-3.0-or-later
#include "elidedlabel.h"

#include <QPainter>
#include <QStyle>

namespace altrunner {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setTextFormat(Qt::PlainText);
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 8, fontMetrics().height()};
}

QSize ElidedLabel::sizeHint() const
{
    // Room for a sentence, never for a whole long message.
    return {std::min(fontMetrics().horizontalAdvance(text()) + 8,
                     fontMetrics().averageCharWidth() * 60),
            fontMetrics().height()};
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect r = contentsRect();
    QString line = text();
    line.replace(u'\n', u' ');
    const QString shown = fontMetrics().elidedText(line, Qt::ElideRight, r.width());
    m_elided = shown != line;
    style()->drawItemText(&p, r, int(alignment() | Qt::TextSingleLine), palette(), isEnabled(),
                          shown, foregroundRole());
}

} // namespace altrunner
