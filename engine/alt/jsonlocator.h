// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace altrunner {

// Maps byte offsets and JSON pointers of a JSON text to 1-based lines and columns.
//
// QJsonDocument reports no positions for values, and keeping a position for every value of a
// 100,000-task file would cost memory on the happy path. So positions are resolved lazily: only
// when there are diagnostics, in one pass over the text for all wanted pointers at once.
class JsonLocator final
{
public:
    struct Position
    {
        int line = 1;
        int column = 1;
    };

    // `text` must outlive the locator; scanning starts at `start` (after a BOM, say).
    explicit JsonLocator(const QByteArray &text, qsizetype start = 0);

    Position position(qsizetype byteOffset) const;

    // Byte offsets of the values that the given pointers name; pointers not found are absent.
    // The text must be syntactically valid JSON.
    QHash<QString, qsizetype> locate(const QSet<QString> &pointers) const;

    static QString escapePointerToken(const QString &token);

private:
    void buildLineIndex() const;

    const QByteArray &m_text;
    qsizetype m_start;
    mutable QList<qsizetype> m_lineStarts;
};

} // namespace altrunner
