// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace altrunner {

// The words after the command: `--name value`, `--name=value`, boolean `--flag`, and positional
// arguments. Unknown options are errors, never ignored: a mistyped flag must not run with defaults.
class CommandLine final
{
public:
    // `valued` options take a value; `flags` do not; `repeatable` ones (valued too) may be given
    // more than once.
    CommandLine(const QStringList &words, const QSet<QString> &valued, const QSet<QString> &flags,
                const QSet<QString> &repeatable = {});

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QStringList &positional() const { return m_positional; }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    std::optional<QString> value(const QString &name) const;
    // Every value of a repeatable option, in order.
    QStringList values(const QString &name) const { return m_repeated.value(name); }

private:
    QStringList m_positional;
    QSet<QString> m_flags;
    QHash<QString, QString> m_values;
    QHash<QString, QStringList> m_repeated;
    QString m_error;
};

} // namespace altrunner
