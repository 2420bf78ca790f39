// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringView>

namespace altrunner {

// Streams JSON into a byte array. A LAST file of 100,000 tasks built as QJsonObjects first would
// cost several times its size in memory and most of the run's time; this writes it directly.
class JsonWriter final
{
public:
    explicit JsonWriter(QByteArray &out, bool indented = true);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);

    void string(QStringView s);
    void number(qint64 n);
    void number(double d);
    void boolean(bool b);
    void null();
    void value(const QJsonValue &v);
    // A value already written as compact JSON by QJsonDocument (CompactJson's text; empty
    // means {}), indented to fit: as value() would write the same object, without parsing it.
    // Only for text Qt wrote: it is not checked.
    void compact(const QByteArray &json);

    // key + value in one call
    template <typename T> void member(QStringView name, const T &v)
    {
        key(name);
        write(v);
    }
    void memberNull(QStringView name)
    {
        key(name);
        null();
    }

private:
    void write(const QString &s) { string(s); }
    void write(qint64 n) { number(n); }
    void write(int n) { number(qint64(n)); }
    void write(double d) { number(d); }
    void write(bool b) { boolean(b); }
    void write(const QJsonValue &v) { value(v); }
    void write(const QJsonObject &o) { value(QJsonValue(o)); }

    void beforeValue();
    void escaped(QStringView s);
    void newline();

    QByteArray &m_out;
    bool m_indented;
    QList<int> m_counts; // members written so far, per open container
    bool m_afterKey = false;
};

} // namespace altrunner
