// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace altrunner {

// An answer's text read as one JSON value (docs/outputs.md "Output contracts"): a ```json fence
// around it is tolerated, anything else that is not exactly one JSON value is not JSON. Also how
// a placeholder's path (`items.0.name`) picks a part of such a value.
class AnswerJson final
{
public:
    // The value, or nullopt with `error` saying why the text is not one JSON value.
    static std::optional<QJsonValue> parse(const QString &text, QString *error = nullptr);
    // The member or item `path` names (dots for members, numbers for array items); undefined
    // when there is none.
    static QJsonValue pick(const QJsonValue &value, const QStringList &path);
    // What a placeholder inserts: a string as is, anything else as compact JSON.
    static QString inserted(const QJsonValue &value);
    // The value a JSON pointer ("/definitions/item", "" for the root) names in `root`; `found`
    // false (and undefined returned) when it names nothing. What a local `$ref` ("#...") means.
    static QJsonValue at(const QJsonValue &root, const QString &pointer, bool *found = nullptr);
};

} // namespace altrunner
