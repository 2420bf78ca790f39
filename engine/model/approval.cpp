// SPDX-License-Identifier: GPL-3.0-or-later
#include "approval.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace altrunner {

QJsonObject ApprovalDecision::toJson() const
{
    QJsonObject o {{QStringLiteral("decision"),
                    approve ? QStringLiteral("approve") : QStringLiteral("reject")},
                   {QStringLiteral("by"), by},
                   {QStringLiteral("note"), note.isNull() ? QJsonValue() : QJsonValue(note)},
                   {QStringLiteral("at_ms"), atMs}};
    if (output)
        o.insert(QStringLiteral("output"), *output);
    return o;
}

std::optional<ApprovalDecision> ApprovalDecision::fromJson(const QJsonObject &o)
{
    const QString decision = o.value(QStringLiteral("decision")).toString();
    if (decision != u"approve" && decision != u"reject")
        return std::nullopt;
    ApprovalDecision d;
    d.approve = decision == u"approve";
    d.by = o.value(QStringLiteral("by")).toString(QStringLiteral("local"));
    if (o.value(QStringLiteral("note")).isString())
        d.note = o.value(QStringLiteral("note")).toString();
    if (o.contains(QStringLiteral("output")) && !o.value(QStringLiteral("output")).isNull())
        d.output = o.value(QStringLiteral("output"));
    d.atMs = o.value(QStringLiteral("at_ms")).toInteger();
    return d;
}

QJsonValue ApprovalDecision::editedOutput(const QString &typed)
{
    const QJsonDocument doc = QJsonDocument::fromJson(typed.toUtf8());
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return typed;
}

QString ApprovalDecision::answerText(const QJsonValue &output)
{
    if (output.isString())
        return output.toString();
    // A document holds an object or an array only: a scalar goes in an array, then out of it.
    const QByteArray inArray = QJsonDocument(QJsonArray {output}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(inArray.mid(1, inArray.size() - 2));
}

std::optional<ApprovalDecision> ApprovalDecision::fromWord(QStringView text)
{
    ApprovalDecision d;
    const qsizetype colon = text.indexOf(u':');
    const QStringView word = (colon < 0 ? text : text.left(colon)).trimmed();
    if (word.compare(u"yes", Qt::CaseInsensitive) == 0
        || word.compare(u"approve", Qt::CaseInsensitive) == 0) {
        d.approve = true;
    } else if (word.compare(u"no", Qt::CaseInsensitive) == 0
               || word.compare(u"reject", Qt::CaseInsensitive) == 0) {
        d.approve = false;
    } else {
        return std::nullopt;
    }
    if (colon >= 0)
        d.note = text.mid(colon + 1).trimmed().toString();
    return d;
}

} // namespace altrunner
