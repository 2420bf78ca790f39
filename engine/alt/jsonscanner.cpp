// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonscanner.h"

namespace altrunner {

bool JsonScanner::skipSpace(const QByteArray &t, qsizetype &p)
{
    while (p < t.size() && isSpace(t.at(p)))
        ++p;
    return p < t.size();
}

bool JsonScanner::skipString(const QByteArray &t, qsizetype &p)
{
    for (++p; p < t.size(); ++p) {
        if (t.at(p) == '\\') {
            ++p;
        } else if (t.at(p) == '"') {
            ++p;
            return true;
        }
    }
    return false;
}

bool JsonScanner::skipValue(const QByteArray &t, qsizetype &p)
{
    if (p >= t.size())
        return false;
    const char c = t.at(p);
    if (c == '"')
        return skipString(t, p);
    if (c == '{' || c == '[') {
        int depth = 0;
        while (p < t.size()) {
            const char d = t.at(p);
            if (d == '"') {
                if (!skipString(t, p))
                    return false;
                continue;
            }
            if (d == '{' || d == '[') {
                ++depth;
            } else if ((d == '}' || d == ']') && --depth == 0) {
                ++p;
                return true;
            }
            ++p;
        }
        return false;
    }
    while (p < t.size() && !QByteArrayView(",}] \n\r\t").contains(t.at(p)))
        ++p;
    return true;
}

std::optional<JsonScanner::Split> JsonScanner::splitMember(const QByteArray &t, qsizetype start,
                                                           QByteArrayView name)
{
    qsizetype p = start;
    if (!skipSpace(t, p) || t.at(p) != '{')
        return std::nullopt;
    ++p;
    qsizetype tasksBegin = -1, tasksEnd = -1;
    while (true) {
        if (!skipSpace(t, p) || t.at(p) != '"')
            return std::nullopt;
        const qsizetype keyBegin = p;
        if (!skipString(t, p))
            return std::nullopt;
        const QByteArray key = t.mid(keyBegin + 1, p - keyBegin - 2);
        if (key.contains('\\'))
            return std::nullopt;
        if (!skipSpace(t, p) || t.at(p) != ':')
            return std::nullopt;
        ++p;
        if (!skipSpace(t, p))
            return std::nullopt;
        const qsizetype valueBegin = p;
        if (!skipValue(t, p) || p == valueBegin)
            return std::nullopt;
        if (key == name) {
            if (tasksBegin >= 0 || t.at(valueBegin) != '[')
                return std::nullopt;
            tasksBegin = valueBegin;
            tasksEnd = p;
        }
        if (!skipSpace(t, p))
            return std::nullopt;
        if (t.at(p) == ',') {
            ++p;
            continue;
        }
        if (t.at(p) != '}')
            return std::nullopt;
        ++p;
        break;
    }
    if (skipSpace(t, p) || tasksBegin < 0)
        return std::nullopt; // text after the document, or no task list: the ordinary way
    Split split;
    qsizetype q = tasksBegin + 1;
    if (!skipSpace(t, q))
        return std::nullopt;
    if (t.at(q) != ']') {
        while (true) {
            const qsizetype e = q;
            if (!skipValue(t, q) || q == e)
                return std::nullopt;
            split.elements.append({e, q});
            if (!skipSpace(t, q))
                return std::nullopt;
            if (t.at(q) == ',') {
                ++q;
                if (!skipSpace(t, q))
                    return std::nullopt;
                continue;
            }
            if (t.at(q) != ']' || q + 1 != tasksEnd)
                return std::nullopt;
            break;
        }
    }
    split.root = t.mid(start, tasksBegin - start) + "[]" + t.mid(tasksEnd);
    return split;
}

void JsonScanner::skipScalar(const QByteArray &text, qsizetype &pos)
{
    while (pos < text.size()) {
        const char c = text.at(pos);
        if (c == ',' || c == ']' || c == '}' || isSpace(c))
            return;
        ++pos;
    }
}

QString JsonScanner::readString(const QByteArray &text, qsizetype &pos)
{
    const qsizetype begin = ++pos;
    bool escaped = false;
    while (pos < text.size() && text.at(pos) != '"') {
        if (text.at(pos) == '\\') {
            escaped = true;
            ++pos;
        }
        ++pos;
    }
    const qsizetype end = pos;
    ++pos; // closing quote
    if (!escaped)
        return QString::fromUtf8(text.constData() + begin, end - begin);

    QString out;
    out.reserve(end - begin);
    QByteArray run;
    auto flush = [&] {
        out += QString::fromUtf8(run);
        run.clear();
    };
    for (qsizetype i = begin; i < end; ++i) {
        const char c = text.at(i);
        if (c != '\\') {
            run += c;
            continue;
        }
        flush();
        const char e = i + 1 < end ? text.at(++i) : '\\';
        switch (e) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u':
            if (i + 4 < end) {
                bool ok = false;
                const ushort code = QByteArray(text.constData() + i + 1, 4).toUShort(&ok, 16);
                if (ok)
                    out += QChar(code);
                i += 4;
            }
            break;
        default:
            out += QChar::fromLatin1(e);
            break;
        }
    }
    flush();
    return out;
}

std::optional<qsizetype> JsonScanner::unterminatedString(const QByteArray &bytes, qsizetype start)
{
    qsizetype open = -1;
    for (qsizetype i = start; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (open >= 0) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                open = -1;
        } else if (c == '"') {
            open = i;
        }
    }
    if (open < 0)
        return std::nullopt;
    return open;
}

qsizetype JsonScanner::findExcessiveNesting(const QByteArray &text, int limit)
{
    int depth = 0;
    bool inString = false;
    const char *data = text.constData();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (++depth > limit)
                return i;
            break;
        case '}':
        case ']':
            --depth;
            break;
        default:
            break;
        }
    }
    return -1;
}

} // namespace altrunner
