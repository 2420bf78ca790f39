// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/runsnapshot.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace altrunner {

// Over the views after a run: how it ended in words (the status bar's sentence, wrapped, never
// clipped), coloured by the outcome, with a button that lists the failures when there are any.
// It goes when the next run starts or another file opens.
class OutcomeBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeBanner)

public:
    explicit OutcomeBanner(QWidget *parent = nullptr);

    void showOutcome(const RunResult &result, const QString &text);
    QString text() const;
    bool offersFailures() const;

signals:
    void showFailuresRequested();

private:
    QLabel *m_text;
    QPushButton *m_failures;
};

} // namespace altrunner
