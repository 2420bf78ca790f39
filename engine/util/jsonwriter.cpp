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
    static constexpr char hex[] = "0123456789abcdef";
    m_out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto c = uchar(ch);
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        default:
            if (c < 0x20) {
                m_out += "\\u00";
                m_out += hex[c >> 4];
                m_out += hex[c & 0xF];
            } else {
                m_out += char(c);
            }
        }
    }
    m_out += '"';
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
