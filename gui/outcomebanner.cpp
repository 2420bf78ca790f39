// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomebanner.h"

#include "statusstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace altrunner {

OutcomeBanner::OutcomeBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_failures(new QPushButton(tr("Show Failures")))
{
    setObjectName(QStringLiteral("outcomeBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failures->setToolTip(tr("List only the tasks that failed, timed out or were cancelled"));
    auto *close = new QToolButton;
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_failures, &QPushButton::clicked, this, &OutcomeBanner::showFailuresRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_failures);
    layout->addWidget(close);
    hide();
}

void OutcomeBanner::showOutcome(const RunResult &result, const QString &text)
{
    const RunSnapshot &s = result.snapshot;
    const int failures = s.count(TaskStatus::Failed) + s.count(TaskStatus::Timeout)
            + s.count(TaskStatus::Cancelled);
    // The outcome's colour as a tint of the palette, so light and dark palettes both read.
    QColor tint = result.cancelled                  ? StatusStyle::fill(TaskStatus::Cancelled)
            : result.outcome == RunOutcome::Failure ? StatusStyle::fill(TaskStatus::Failed)
            : result.outcome == RunOutcome::PartialSuccess || s.simulatedAnswers > 0
            ? StatusStyle::fallbackMark()
            : StatusStyle::fill(TaskStatus::Completed);
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const QColor base = pal.color(QPalette::Window);
    auto mix = [](int a, int b) {
        return (a + b * 3) / 4;
    };
    pal.setColor(QPalette::Window,
                 QColor(mix(tint.red(), base.red()), mix(tint.green(), base.green()),
                        mix(tint.blue(), base.blue())));
    setPalette(pal);
    m_text->setText(StatusStyle::breakable(text));
    m_text->setToolTip(text);
    m_failures->setVisible(failures > 0);
    show();
}

QString OutcomeBanner::text() const
{
    return m_text->toolTip();
}

bool OutcomeBanner::offersFailures() const
{
    return !m_failures->isHidden();
}

} // namespace altrunner
