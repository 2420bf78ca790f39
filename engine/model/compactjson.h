// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>

namespace altrunner {

// A JSON object kept as its compact UTF-8 text, parsed only when read (docs/engine.md "Memory").
// A run keeps every task's answer until the LAST file is written: a million answers held as
// QJsonObjects cost about 2 KB each (Qt's element lists with their spare capacity, one container
// per nested object), as text about 400 bytes. Reading a member parses the whole object: hot
// paths take object() once. Copies share the text.
class CompactJson final
{
public:
    CompactJson() = default;
    // Implicit: an answer is built as an object and stored as text.
    CompactJson(const QJsonObject &object); // NOLINT(google-explicit-constructor)

    QJsonObject object() const;
    // The compact text, empty for an empty object (what JsonWriter::compact writes out).
    const QByteArray &bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }

    QJsonValue value(QStringView key) const { return object().value(key); }
    QJsonValue value(QLatin1StringView key) const { return object().value(key); }
    bool contains(QStringView key) const { return object().contains(key); }
    void insert(const QString &key, const QJsonValue &value);
    void remove(const QString &key);

    bool operator==(const CompactJson &other) const = default;

private:
    QByteArray m_bytes;
};

} // namespace altrunner
