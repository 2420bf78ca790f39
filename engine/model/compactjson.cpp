// SPDX-License-Identifier: GPL-3.0-or-later
#include "compactjson.h"

#include <QJsonDocument>

namespace altrunner {

CompactJson::CompactJson(const QJsonObject &object)
{
    if (!object.isEmpty())
        m_bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject CompactJson::object() const
{
    if (m_bytes.isEmpty())
        return {};
    // Written by QJsonDocument above, so it parses; an object it is.
    return QJsonDocument::fromJson(m_bytes).object();
}

void CompactJson::insert(const QString &key, const QJsonValue &value)
{
    QJsonObject o = object();
    o.insert(key, value);
    *this = o;
}

void CompactJson::remove(const QString &key)
{
    QJsonObject o = object();
    o.remove(key);
    *this = o;
}

} // namespace altrunner
