// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusstyle.h"

#include <QJsonArray>

#include "util/costtext.h"
#include "util/durationtext.h"

#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <QWidget>

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
    case TaskStatus::Waiting: // for a person: amber, what asks for attention
        return QColor(0xe8, 0xa3, 0x17);
    }
    return Qt::gray;
}

void StatusStyle::tint(QWidget *panel, TaskStatus status, int alpha)
{
    const QColor c = fill(status);
    panel->setStyleSheet(QStringLiteral("#%1 { background: rgba(%2, %3, %4, %5); }")
                                 .arg(panel->objectName())
                                 .arg(c.red())
                                 .arg(c.green())
                                 .arg(c.blue())
                                 .arg(alpha));
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
    return task.fromCache() && task.status == TaskStatus::Completed ? cached() : fill(task.status);
}

QString StatusStyle::runHeadline(const RunSummary &run)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("altrunner::StatusStyle", text);
    };
    if (!run.finished || !run.outcome)
        return tr("Still running");
    if (run.cancelled)
        return tr("Cancelled");
    if (run.budgetStopped && run.outcome != RunOutcome::Success)
        return tr("Stopped by the budget");
    if (*run.outcome == RunOutcome::Success)
        return run.simulatedAnswers > 0 ? tr("Completed with simulated answers") : tr("Succeeded");
    if (*run.outcome == RunOutcome::PartialSuccess)
        return tr("Partly succeeded");
    if (*run.outcome == RunOutcome::Waiting)
        return tr("Waiting for decisions");
    return tr("Failed");
}

QColor StatusStyle::nodeBody(const TaskUpdate &task, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor tint = taskFill(task);
    double weight = 0.0;
    switch (task.status) {
    case TaskStatus::Pending:
        weight = task.fromCache() ? 0.45 : 0.0;
        break;
    case TaskStatus::Running:
    case TaskStatus::Retrying:
        weight = 0.30;
        break;
    case TaskStatus::Completed:
        weight = 0.45;
        break;
    case TaskStatus::Failed:
    case TaskStatus::Timeout:
        weight = 0.55;
        break;
    case TaskStatus::Cancelled:
        weight = 0.25;
        break;
    case TaskStatus::Waiting:
        weight = 0.50;
        break;
    }
    auto mix = [weight](int a, int b) {
        return int(a * (1 - weight) + b * weight);
    };
    return QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()),
                  mix(base.blue(), tint.blue()));
}

QColor StatusStyle::textOn(const QColor &background)
{
    // Relative luminance, roughly: dark text on light bodies, light text on dark ones.
    const double l = 0.2126 * background.redF() + 0.7152 * background.greenF()
            + 0.0722 * background.blueF();
    return l > 0.5 ? QColor(0x1b, 0x1f, 0x24) : QColor(0xf4, 0xf6, 0xf8);
}

QString StatusStyle::nodeState(const TaskUpdate &task)
{
    QString text = task.fromCache() && task.status == TaskStatus::Completed
            ? QCoreApplication::translate("altrunner::StatusStyle", "from the cache")
            : label(task.status);
    if (task.aiFallback)
        text += QStringLiteral(" · ")
                + QCoreApplication::translate("altrunner::StatusStyle", "simulated");
    if (task.startMs >= 0 && task.endMs >= task.startMs && task.status != TaskStatus::Running
        && task.status != TaskStatus::Retrying)
        text += QStringLiteral(" · ") + duration(task.endMs - task.startMs);
    return text;
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
    case TaskStatus::Waiting:
        return QCoreApplication::translate("altrunner::StatusStyle", "waiting for you");
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
    case RunOutcome::Waiting:
        return QCoreApplication::translate("altrunner::StatusStyle", "waiting for decisions");
    }
    return QString();
}

QString StatusStyle::modelChain(const TaskUpdate &t)
{
    if (t.extra().fallbacks.isEmpty())
        return {};
    QStringList chain;
    for (const QJsonValue &left : t.extra().fallbacks)
        chain.append(left.toObject().value(QStringLiteral("model")).toString());
    const QString answered = t.output.value(QStringLiteral("model_alias")).toString();
    if (!answered.isEmpty())
        chain.append(answered);
    return chain.join(QStringLiteral(" \u21aa "));
}

TaskStatus StatusStyle::statusOf(AttemptOutcome outcome)
{
    switch (outcome) {
    case AttemptOutcome::Completed:
        return TaskStatus::Completed;
    case AttemptOutcome::Failed:
    case AttemptOutcome::InvalidOutput:
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
    if (outcome == AttemptOutcome::InvalidOutput)
        return QCoreApplication::translate("altrunner::StatusStyle", "did not match the schema");
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

QString StatusStyle::breakable(const QString &text)
{
    constexpr QChar kBreak(0x200B);
    QString out;
    out.reserve(text.size() + text.size() / 16);
    int run = 0; // characters since the last space or break
    for (const QChar c : text) {
        out.append(c);
        if (c.isSpace()) {
            run = 0;
            continue;
        }
        ++run;
        const bool separator = c == u'/' || c == u'\\' || c == u'_' || c == u'-' || c == u'.'
                || c == u':' || c == u',' || c == u'=' || c == u'&' || c == u'?';
        if ((separator && run >= 8) || run >= 20) {
            out.append(kBreak);
            run = 0;
        }
    }
    return out;
}

QStringList StatusStyle::checkLines(const QJsonArray &checks)
{
    QStringList lines;
    for (const QJsonValue &c : checks) {
        const bool pass = c[u"pass"].toBool();
        const bool warn = c[u"severity"].toString() == u"warn";
        lines.append((pass           ? QStringLiteral("\u2713 ")
                              : warn ? QStringLiteral("! ")
                                     : QStringLiteral("\u2717 "))
                     + c[u"type"].toString() + QStringLiteral(": ") + c[u"reason"].toString());
    }
    return lines;
}

} // namespace altrunner
