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
    // `valued` options take a value; `flags` do not.
    CommandLine(const QStringList &words, const QSet<QString> &valued, const QSet<QString> &flags);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QStringList &positional() const { return m_positional; }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    std::optional<QString> value(const QString &name) const;

private:
    QStringList m_positional;
    QSet<QString> m_flags;
    QHash<QString, QString> m_values;
    QString m_error;
};

} // namespace altrunner
