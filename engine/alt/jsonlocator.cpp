// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlocator.h"

#include "jsonscanner.h"

#include <algorithm>
#include <cstring>

namespace altrunner {

JsonLocator::JsonLocator(const QByteArray &text, qsizetype start)
    : m_text(text)
    , m_start(start)
{
}

void JsonLocator::buildLineIndex() const
{
    if (!m_lineStarts.isEmpty())
        return;
    m_lineStarts.append(0);
    const char *data = m_text.constData();
    const char *end = data + m_text.size();
    for (const char *p = data; p < end;) {
        const void *nl = std::memchr(p, '\n', size_t(end - p));
        if (!nl)
            break;
        p = static_cast<const char *>(nl) + 1;
        m_lineStarts.append(p - data);
    }
}

JsonLocator::Position JsonLocator::position(qsizetype byteOffset) const
{
    buildLineIndex();
    byteOffset = std::clamp<qsizetype>(byteOffset, 0, m_text.size());
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), byteOffset);
    const qsizetype lineIndex = (it - m_lineStarts.cbegin()) - 1;
    qsizetype lineStart = m_lineStarts.at(lineIndex);
    if (lineIndex == 0)
        lineStart = std::max(lineStart, std::min(m_start, byteOffset)); // a BOM is no column
    // Columns count code points, so skip UTF-8 continuation bytes.
    int column = 1;
    for (qsizetype i = lineStart; i < byteOffset; ++i) {
        if ((uchar(m_text.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    return {int(lineIndex + 1), column};
}

QString JsonLocator::escapePointerToken(const QString &token)
{
    if (!token.contains(u'~') && !token.contains(u'/'))
        return token;
    QString escaped = token;
    escaped.replace(u'~', QStringLiteral("~0"));
    escaped.replace(u'/', QStringLiteral("~1"));
    return escaped;
}

QHash<QString, qsizetype> JsonLocator::locate(const QSet<QString> &pointers) const
{
    QHash<QString, qsizetype> found;
    if (pointers.isEmpty())
        return found;
    int maxDepth = 0;
    for (const QString &p : pointers)
        maxDepth = std::max(maxDepth, int(p.count(u'/')));

    struct Frame
    {
        bool isArray;
        int index;
        qsizetype parentPathLength;
    };
    QList<Frame> stack;
    QString path;
    qsizetype pos = m_start;
    const QByteArray &text = m_text;

    enum class State { Value, AfterValue, Key };
    State state = State::Value;
    while (pos < text.size() && found.size() < pointers.size()) {
        JsonScanner::skipSpace(text, pos);
        if (pos >= text.size())
            break;
        const char c = text.at(pos);
        switch (state) {
        case State::Value:
            if (stack.size() <= maxDepth && pointers.contains(path))
                found.insert(path, pos);
            if (c == '{') {
                stack.append({false, 0, path.size()});
                ++pos;
                state = State::Key;
            } else if (c == '[') {
                stack.append({true, 0, path.size()});
                ++pos;
                JsonScanner::skipSpace(text, pos);
                if (pos < text.size() && text.at(pos) == ']') {
                    ++pos;
                    path.truncate(stack.takeLast().parentPathLength);
                    state = State::AfterValue;
                } else {
                    path += QStringLiteral("/0");
                }
            } else {
                if (c == '"')
                    JsonScanner::readString(text, pos);
                else
                    JsonScanner::skipScalar(text, pos);
                state = State::AfterValue;
            }
            break;
        case State::Key:
            if (c == '}') {
                ++pos;
                path.truncate(stack.takeLast().parentPathLength);
                state = State::AfterValue;
                break;
            }
            if (c != '"')
                return found; // not valid JSON: give what we have
            {
                const QString key = JsonScanner::readString(text, pos);
                JsonScanner::skipSpace(text, pos);
                ++pos; // ':'
                path.truncate(stack.last().parentPathLength);
                path += u'/';
                path += escapePointerToken(key);
                state = State::Value;
            }
            break;
        case State::AfterValue:
            if (stack.isEmpty())
                return found;
            ++pos;
            if (c == ',') {
                Frame &top = stack.last();
                if (top.isArray) {
                    path.truncate(top.parentPathLength);
                    path += u'/';
                    path += QString::number(++top.index);
                    state = State::Value;
                } else {
                    state = State::Key;
                }
            } else { // ']' or '}'
                path.truncate(stack.takeLast().parentPathLength);
            }
            break;
        }
    }
    return found;
}

} // namespace altrunner
