// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusstyle.h"

#include "util/costtext.h"
#include "util/durationtext.h"

#include <QDateTime>
#include <QLocale>
#include <QPalette>

#include <QCoreApplication>

namespace altrunner {

QColor StatusStyle::fill(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Pending:
        return QColor(0x9a, 0xa3, 0xad);
    case TaskStatus::Running:
        return QColor(0x2f, 0x80, 0xed);
    case TaskStatus::Retrying:
        return QColor(0xf2, 0x99, 0x4a);
    case TaskStatus::Completed:
        return QColor(0x27, 0xae, 0x60);
    case TaskStatus::Failed:
        return QColor(0xeb, 0x57, 0x57);
    case TaskStatus::Cancelled:
        return QColor(0x82, 0x82, 0x82);
    case TaskStatus::Timeout:
        return QColor(0xc0, 0x39, 0x8b);
    }
    return Qt::gray;
}

QColor StatusStyle::fallbackMark()
{
    return QColor(0x9b, 0x51, 0xe0);
}

QColor StatusStyle::critical()
{
    return QColor(0xf2, 0xc9, 0x4c);
}

QColor StatusStyle::waiting()
{
    return QColor(0x8e, 0x6c, 0xc4);
}

QColor StatusStyle::cached()
{
    return QColor(0x1a, 0x9e, 0xa8);
}

QColor StatusStyle::taskFill(const TaskUpdate &task)
{
    return task.cached && task.status == TaskStatus::Completed ? cached() : fill(task.status);
}

QString StatusStyle::label(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Pending:
        return QCoreApplication::translate("altrunner::StatusStyle", "pending");
    case TaskStatus::Running:
        return QCoreApplication::translate("altrunner::StatusStyle", "running");
    case TaskStatus::Retrying:
        return QCoreApplication::translate("altrunner::StatusStyle", "retrying");
    case TaskStatus::Completed:
        return QCoreApplication::translate("altrunner::StatusStyle", "completed");
    case TaskStatus::Failed:
        return QCoreApplication::translate("altrunner::StatusStyle", "failed");
    case TaskStatus::Cancelled:
        return QCoreApplication::translate("altrunner::StatusStyle", "cancelled");
    case TaskStatus::Timeout:
        return QCoreApplication::translate("altrunner::StatusStyle", "timed out");
    }
    return {};
}

QString StatusStyle::label(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Success:
        return QCoreApplication::translate("altrunner::StatusStyle", "succeeded");
    case RunOutcome::PartialSuccess:
        return QCoreApplication::translate("altrunner::StatusStyle", "partly succeeded");
    case RunOutcome::Failure:
        return QCoreApplication::translate("altrunner::StatusStyle", "failed");
    }
    return QString();
}

TaskStatus StatusStyle::statusOf(AttemptOutcome outcome)
{
    switch (outcome) {
    case AttemptOutcome::Completed:
        return TaskStatus::Completed;
    case AttemptOutcome::Failed:
        return TaskStatus::Failed;
    case AttemptOutcome::Timeout:
        return TaskStatus::Timeout;
    case AttemptOutcome::Cancelled:
        break;
    }
    return TaskStatus::Cancelled;
}

QString StatusStyle::label(AttemptOutcome outcome)
{
    return label(statusOf(outcome));
}

QString StatusStyle::localTime(qint64 msSinceEpoch)
{
    const QLocale locale;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime();
    return locale.toString(at.date(), QLocale::ShortFormat) + u' '
            + locale.toString(at.time(), QStringLiteral("HH:mm:ss.zzz"));
}

QString StatusStyle::duration(qint64 ms)
{
    return DurationText::format(ms, DurationText::Style::Readable, QLocale());
}

QString StatusStyle::cost(double amount, const QString &currency)
{
    return CostText::amount(amount, currency, QLocale());
}

QColor StatusStyle::edge(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    auto mix = [](int a, int b) {
        return (a * 11 + b * 9) / 20;
    };
    return QColor(mix(text.red(), base.red()), mix(text.green(), base.green()),
                  mix(text.blue(), base.blue()));
}

} // namespace altrunner
