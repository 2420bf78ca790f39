// SPDX-License-Identifier: GPL-3.0-or-later
#include "answerjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace altrunner {

namespace {

// The text inside one ``` fence that wraps all of it (```json or a bare ```), else the text.
QStringView unfenced(QStringView text)
{
    QStringView t = text.trimmed();
    if (!t.startsWith(u"```") || !t.endsWith(u"```") || t.size() < 6)
        return t;
    t = t.sliced(3).chopped(3);
    const qsizetype newline = t.indexOf(u'\n');
    if (newline < 0)
        return t.trimmed();
    const QStringView info = t.first(newline).trimmed();
    if (!info.isEmpty() && info.compare(u"json", Qt::CaseInsensitive) != 0)
        return text.trimmed(); // another language's fence: not a JSON answer
    return t.sliced(newline + 1).trimmed();
}

} // namespace

std::optional<QJsonValue> AnswerJson::parse(const QString &text, QString *error)
{
    const QStringView body = unfenced(text);
    if (body.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("altrunner::AnswerJson",
                                                 "the answer is empty, not JSON");
        return std::nullopt;
    }
    // Wrapped in an array, so that any one value parses (a bare scalar too) and two values
    // ("{} {}" or "1, 2") are told apart from one.
    QJsonParseError parseError;
    const QJsonDocument doc
            = QJsonDocument::fromJson(QByteArray("[" + body.toUtf8() + "\n]"), &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                    ? QCoreApplication::translate("altrunner::AnswerJson",
                                                  "the answer is not JSON (%1 at character %2); "
                                                  "it begins: %3")
                              .arg(parseError.errorString())
                              .arg(std::max(0, parseError.offset - 1))
                              .arg(u'"' + body.left(40).toString().simplified()
                                   + (body.size() > 40 ? QStringLiteral("...\"")
                                                       : QStringLiteral("\"")))
                    : QCoreApplication::translate("altrunner::AnswerJson",
                                                  "the answer holds more than one JSON value");
        return std::nullopt;
    }
    return doc.array().at(0);
}

QJsonValue AnswerJson::pick(const QJsonValue &value, const QStringList &path)
{
    QJsonValue v = value;
    for (const QString &step : path) {
        if (v.isObject()) {
            v = v.toObject().value(step);
        } else if (v.isArray()) {
            bool ok = false;
            const int index = step.toInt(&ok);
            if (!ok || index < 0 || index >= v.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            v = v.toArray().at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
        if (v.isUndefined())
            return v;
    }
    return v;
}

QString AnswerJson::inserted(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined())
        return QString();
    return QString::fromUtf8(
            QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).sliced(1).chopped(1));
}

QJsonValue AnswerJson::at(const QJsonValue &root, const QString &pointer, bool *found)
{
    QJsonValue v = root;
    for (QString step : pointer.split(u'/', Qt::SkipEmptyParts)) {
        step.replace(QStringLiteral("~1"), QStringLiteral("/"));
        step.replace(QStringLiteral("~0"), QStringLiteral("~"));
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        if (v.isObject() && v.toObject().contains(step)) {
            v = v.toObject().value(step);
        } else if (v.isArray() && isIndex && index >= 0 && index < v.toArray().size()) {
            v = v.toArray().at(index);
        } else {
            if (found)
                *found = false;
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    if (found)
        *found = true;
    return v;
}

} // namespace altrunner
