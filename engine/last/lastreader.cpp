// SPDX-License-Identifier: GPL-3.0-or-later
#include "lastreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace altrunner {

std::optional<QJsonObject> LastReader::readDocument(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open the LAST file: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1: not a LAST file: %2 at byte %3")
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !root.value(QStringLiteral("task_results")).isObject()
        || !root.value(QStringLiteral("execution_id")).isString()) {
        *error = tr("%1: not a LAST file (no execution_id or task_results)").arg(path);
        return std::nullopt;
    }
    return root;
}

std::optional<LastReader::Carry> LastReader::completedResults(const QString &path,
                                                              const AltFile &alt, QString *error)
{
    const auto root = readDocument(path, error);
    if (!root)
        return std::nullopt;
    const QString altId = root->value(QStringLiteral("alt_file_id")).toString();
    if (altId != alt.id) {
        *error = tr("%1: this LAST file records ALT file '%2', not '%3'").arg(path, altId, alt.id);
        return std::nullopt;
    }
    Carry carry;
    carry.executionId = root->value(QStringLiteral("execution_id")).toString();
    const QJsonObject results = root->value(QStringLiteral("task_results")).toObject();
    for (const AltTask &task : alt.tasks) {
        const QJsonObject result = results.value(task.id).toObject();
        if (result.value(QStringLiteral("status")).toString() == u"completed")
            carry.completed.insert(task.id, result);
        else
            ++carry.notCompleted;
    }
    return carry;
}

} // namespace altrunner
