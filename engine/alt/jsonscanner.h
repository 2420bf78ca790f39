// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace altrunner {

// The one hand-written JSON scanner of the engine: cheap passes over raw JSON text that do not
// build values, for what QJsonDocument cannot tell. The loader uses it to reject deep nesting
// before parsing, to split a large file's task list into pieces and to place syntax errors; the
// locator (JsonLocator) uses it to find where a JSON pointer's value starts. Every function takes
// the text and a position `p` it moves; none of them allocates for what it skips.
class JsonScanner final
{
public:
    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
    // Past any white space; false at the end of the text.
    static bool skipSpace(const QByteArray &t, qsizetype &p);
    // From the opening quote to past the closing one; false if the string is not closed.
    static bool skipString(const QByteArray &t, qsizetype &p);
    // The string at the opening quote, decoded; `p` ends past the closing quote.
    static QString readString(const QByteArray &t, qsizetype &p);
    // A number, true, false or null: up to the next delimiter.
    static void skipScalar(const QByteArray &t, qsizetype &p);
    // Any one value, nested ones whole; false if it is not closed.
    static bool skipValue(const QByteArray &t, qsizetype &p);

    // Where the first array or object deeper than `limit` opens, or -1.
    static qsizetype findExcessiveNesting(const QByteArray &text, int limit);
    // The opening quote of a string that is never closed, if there is one.
    static std::optional<qsizetype> unterminatedString(const QByteArray &text, qsizetype start);

    // A document whose top-level member `name` is an array, taken apart so the rest can be
    // parsed with that array emptied and its elements in pieces (a large file is not parsed as
    // one QJsonDocument, which costs about eight times the text). Anything unusual gives
    // nullopt, and the caller parses the whole document the ordinary way (which also reports
    // syntax errors precisely).
    struct Split
    {
        QByteArray root; // the text with the array emptied
        QList<std::pair<qsizetype, qsizetype>> elements; // [begin, end) of each element
    };
    static std::optional<Split> splitMember(const QByteArray &text, qsizetype start,
                                            QByteArrayView name);
};

} // namespace altrunner
