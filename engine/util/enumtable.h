// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace altrunner {

// The one place an enum's words are written: the name each value has in files, on the command
// line and in the API, and the parse back. One table per enum, so a name and its parse cannot
// drift apart. The first entry for a value is its name; later entries for the same value are
// accepted spellings only.
template <typename E, std::size_t N> class EnumTable final
{
public:
    constexpr explicit EnumTable(std::array<std::pair<E, QLatin1StringView>, N> entries)
        : m_entries(entries)
    {
    }

    QString name(E value) const
    {
        for (const auto &[v, text] : m_entries) {
            if (v == value)
                return QString(text);
        }
        return QString(m_entries.front().second);
    }

    std::optional<E> parse(QStringView text, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const
    {
        for (const auto &[v, name] : m_entries) {
            if (text.compare(name, cs) == 0)
                return v;
        }
        return std::nullopt;
    }

    // "a, b or c": for error messages that list what is accepted.
    QString choices() const
    {
        QString out;
        for (std::size_t i = 0; i < N; ++i) {
            if (i > 0)
                out += (i + 1 == N) ? QStringLiteral(" or ") : QStringLiteral(", ");
            out += m_entries[i].second;
        }
        return out;
    }

private:
    std::array<std::pair<E, QLatin1StringView>, N> m_entries;
};

} // namespace altrunner
