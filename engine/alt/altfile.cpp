// SPDX-License-Identifier: GPL-3.0-or-later
#include "altfile.h"

namespace altrunner {

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::Normal:
        return QStringLiteral("normal");
    case Mode::Dream:
        return QStringLiteral("dream");
    case Mode::Explore:
        return QStringLiteral("explore");
    case Mode::Chaos:
        return QStringLiteral("chaos");
    }
    return QStringLiteral("normal");
}

std::optional<Mode> parseMode(const QString &text)
{
    for (Mode m : {Mode::Normal, Mode::Dream, Mode::Explore, Mode::Chaos}) {
        if (text.compare(modeName(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

QString priorityName(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return QStringLiteral("low");
    case Priority::Medium:
        return QStringLiteral("medium");
    case Priority::High:
        return QStringLiteral("high");
    case Priority::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("medium");
}

std::optional<Priority> parsePriority(const QString &text)
{
    for (Priority p : {Priority::Low, Priority::Medium, Priority::High, Priority::Critical}) {
        if (text.compare(priorityName(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

int AltFile::indexOf(const QString &taskId) const
{
    for (int i = 0; i < tasks.size(); ++i) {
        if (tasks.at(i).id == taskId)
            return i;
    }
    return -1;
}

} // namespace altrunner
