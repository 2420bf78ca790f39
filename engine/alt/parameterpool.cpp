// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterpool.h"

#include <cmath>

namespace altrunner {

namespace {

constexpr qsizetype kMaxMembers = 4;
constexpr qsizetype kMaxStringLength = 64;
constexpr qsizetype kMaxPooled = 1024; // distinct objects kept; the rest are not pooled
constexpr double kExactIntegers = 9007199254740992.0; // 2^53

// A text that is equal for two objects exactly when the objects are equal: members in key order,
// each string after its length (so no text inside one can pass for a member boundary), each value
// after its type. Empty when the object is not one to pool.
QString signatureOf(const QJsonObject &parameters)
{
    if (parameters.isEmpty() || parameters.size() > kMaxMembers)
        return {};
    QString signature;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        const QJsonValue value = it.value();
        signature += QString::number(it.key().size());
        signature += u':';
        signature += it.key();
        switch (value.type()) {
        case QJsonValue::String: {
            const QString text = value.toString();
            if (text.size() > kMaxStringLength)
                return {};
            signature += u's';
            signature += QString::number(text.size());
            signature += u':';
            signature += text;
            break;
        }
        case QJsonValue::Double:
            // Past 2^53 a double no longer tells apart the integers the file may hold exactly.
            if (!(std::abs(value.toDouble()) < kExactIntegers))
                return {};
            // 17 digits tell every double apart; 1 and 1.0 are one number in JSON.
            signature += u'n';
            signature += QString::number(value.toDouble(), 'g', 17);
            signature += u';';
            break;
        case QJsonValue::Bool:
            signature += value.toBool() ? u't' : u'f';
            break;
        case QJsonValue::Null:
            signature += u'z';
            break;
        default: // arrays and objects: rare in parameters, kept as they are
            return {};
        }
    }
    return signature;
}

} // namespace

QJsonObject ParameterPool::shared(const QJsonObject &parameters)
{
    const QString signature = signatureOf(parameters);
    if (signature.isEmpty())
        return parameters;
    if (const auto it = m_pool.constFind(signature); it != m_pool.cend())
        return *it;
    if (m_pool.size() < kMaxPooled)
        m_pool.insert(signature, parameters);
    return parameters;
}

} // namespace altrunner
