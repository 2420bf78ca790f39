// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace altrunner {

JsonWriter::JsonWriter(QByteArray &out, bool indented)
    : m_out(out)
    , m_indented(indented)
{
}

void JsonWriter::newline()
{
    if (!m_indented)
        return;
    m_out += '\n';
    m_out.append(m_counts.size() * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_counts.isEmpty())
        return;
    if (m_counts.last()++ > 0)
        m_out += ',';
    newline();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_counts.append(0);
}

void JsonWriter::endObject()
{
    const bool empty = m_counts.takeLast() == 0;
    if (!empty)
        newline();
    m_out += '}';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_counts.append(0);
}

void JsonWriter::endArray()
{
    const bool empty = m_counts.takeLast() == 0;
    if (!empty)
        newline();
    m_out += ']';
}

void JsonWriter::key(QStringView name)
{
    beforeValue();
    escaped(name);
    m_out += m_indented ? ": " : ":";
    m_afterKey = true;
}

void JsonWriter::string(QStringView s)
{
    beforeValue();
    escaped(s);
}

void JsonWriter::escaped(QStringView s)
{
    // Most of what a run writes is plain ASCII (ids, keys, numbers as text): copied in runs
    // through a small buffer, with no UTF-8 conversion and no allocation per string. Only
    // non-ASCII stretches are converted, and only the characters JSON requires are escaped.
    static constexpr char hex[] = "0123456789abcdef";
    const char16_t *p = s.utf16();
    const qsizetype n = s.size();
    const auto plain = [](char16_t c) {
        return c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\';
    };
    // The plain ASCII start of the string (often all of it) goes straight into the output,
    // quotes included, with one resize: no per-character append.
    qsizetype start = 0;
    while (start < n && plain(p[start]))
        ++start;
    const qsizetype at = m_out.size();
    m_out.resize(at + 1 + start + (start == n ? 1 : 0));
    char *out = m_out.data() + at;
    *out++ = '"';
    for (qsizetype k = 0; k < start; ++k)
        out[k] = char(p[k]);
    if (start == n) {
        out[n] = '"';
        return;
    }
    char buffer[512];
    qsizetype used = 0;
    auto flush = [&] {
        m_out.append(buffer, used);
        used = 0;
    };
    auto put = [&](char c) {
        if (used == qsizetype(sizeof buffer))
            flush();
        buffer[used++] = c;
    };
    for (qsizetype i = start; i < n; ++i) {
        const char16_t c = p[i];
        if (plain(c)) {
            put(char(c));
            continue;
        }
        if (c >= 0x80) {
            // A stretch of non-ASCII (surrogate pairs stay whole), converted at once.
            qsizetype j = i + 1;
            while (j < n && p[j] >= 0x80)
                ++j;
            flush();
            m_out += s.sliced(i, j - i).toUtf8();
            i = j - 1;
            continue;
        }
        put('\\');
        switch (c) {
        case u'"':
            put('"');
            break;
        case u'\\':
            put('\\');
            break;
        case u'\n':
            put('n');
            break;
        case u'\r':
            put('r');
            break;
        case u'\t':
            put('t');
            break;
        case u'\b':
            put('b');
            break;
        case u'\f':
            put('f');
            break;
        default:
            put('u');
            put('0');
            put('0');
            put(hex[c >> 4]);
            put(hex[c & 0xF]);
        }
    }
    flush();
    m_out += '"';
}

void JsonWriter::compact(const QByteArray &json)
{
    beforeValue();
    if (json.isEmpty()) {
        m_out += "{}";
        return;
    }
    if (!m_indented) {
        m_out += json;
        return;
    }
    // Compact JSON has no whitespace outside strings: every structural character is one to
    // indent after. Strings are copied as they are (their escapes included).
    const char *p = json.constData();
    const qsizetype n = json.size();
    qsizetype depth = m_counts.size();
    auto indent = [&] {
        m_out += '\n';
        m_out.append(depth * 2, ' ');
    };
    qsizetype from = 0; // start of the stretch not yet copied
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == '"') {
            for (++i; i < n && p[i] != '"'; ++i) {
                if (p[i] == '\\')
                    ++i;
            }
            continue;
        }
        if (c != '{' && c != '[' && c != '}' && c != ']' && c != ',' && c != ':')
            continue;
        m_out.append(p + from, i - from);
        from = i + 1;
        switch (c) {
        case '{':
        case '[':
            m_out += c;
            if (i + 1 < n && (p[i + 1] == '}' || p[i + 1] == ']')) {
                m_out += p[++i]; // empty: {} or []
                from = i + 1;
            } else {
                ++depth;
                indent();
            }
            break;
        case '}':
        case ']':
            --depth;
            indent();
            m_out += c;
            break;
        case ',':
            m_out += ',';
            indent();
            break;
        default: // ':'
            m_out += ": ";
        }
    }
    m_out.append(p + from, n - from);
}

void JsonWriter::number(qint64 n)
{
    beforeValue();
    m_out += QByteArray::number(n);
}

void JsonWriter::number(double d)
{
    beforeValue();
    if (!std::isfinite(d)) {
        m_out += "null";
    } else if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0) {
        m_out += QByteArray::number(qint64(d));
    } else {
        m_out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
}

void JsonWriter::boolean(bool b)
{
    beforeValue();
    m_out += b ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        boolean(v.toBool());
        break;
    case QJsonValue::Double:
        number(v.toDouble());
        break;
    case QJsonValue::String:
        string(v.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray a = v.toArray();
        for (const QJsonValue &item : a)
            value(item);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

} // namespace altrunner
