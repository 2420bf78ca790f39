// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace altrunner {

// Reads one YAML document into JSON values, with the line and column of every value, for the
// ALT_LAS segmentation service's files (docs/formats.md "Segmentation files"). It uses libyaml's
// event parser and builds the values itself, so hostile input stays bounded: anchors and aliases
// (the "billion laughs"), custom tags, duplicate keys, non-scalar keys and more than one
// document are errors, nesting and the number of values have limits, and a syntax error gets
// the parser's own line and column. Plain scalars are typed as YAML 1.1 (PyYAML) types them.
class YamlReader final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::YamlReader)

public:
    struct Position
    {
        int line = 1; // 1-based
        int column = 1;
    };
    struct Problem
    {
        Position at;
        QString message;
    };
    struct Result
    {
        std::optional<QJsonValue> root; // set when there are no problems
        QList<Problem> problems;
        QHash<QString, Position> positions; // JSON pointer -> where its value starts
    };

    static Result read(const QByteArray &text, int maxDepth = 64, qsizetype maxValues = 4000000);

    // Where `pointer` (or the nearest of its ancestors that has a position) starts.
    static Position positionOf(const QHash<QString, Position> &positions, QString pointer);
};

} // namespace altrunner
