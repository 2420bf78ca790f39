// SPDX-License-Identifier: GPL-3.0-or-later
#include "altfile.h"

#include "util/enumtable.h"

namespace altrunner {

namespace {
using namespace Qt::StringLiterals;
constexpr EnumTable<Mode, 4> kModes({{{Mode::Normal, "normal"_L1},
                                      {Mode::Dream, "dream"_L1},
                                      {Mode::Explore, "explore"_L1},
                                      {Mode::Chaos, "chaos"_L1}}});
constexpr EnumTable<Priority, 4> kPriorities({{{Priority::Low, "low"_L1},
                                               {Priority::Medium, "medium"_L1},
                                               {Priority::High, "high"_L1},
                                               {Priority::Critical, "critical"_L1}}});
} // namespace

QString modeName(Mode mode)
{
    return kModes.name(mode);
}

std::optional<Mode> parseMode(const QString &text)
{
    return kModes.parse(text);
}

QString modeChoices()
{
    return kModes.choices();
}

QString priorityName(Priority priority)
{
    return kPriorities.name(priority);
}

std::optional<Priority> parsePriority(const QString &text)
{
    return kPriorities.parse(text);
}

int AltFile::indexOf(const QString &taskId) const
{
    for (int i = 0; i < tasks.size(); ++i) {
        if (tasks.at(i).id == taskId)
            return i;
    }
    return -1;
}

QList<QList<int>> AltFile::dependencyLists() const
{
    QList<QList<int>> deps;
    deps.reserve(tasks.size());
    for (const AltTask &t : tasks)
        deps.append(t.dependencies);
    return deps;
}

} // namespace altrunner
