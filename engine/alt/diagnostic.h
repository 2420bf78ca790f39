// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace altrunner {

// One problem found in an ALT file, located the way compilers locate theirs so that editors and
// terminals can link to it.
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0; // 1-based; 0 while the position is not resolved yet
    int column = 0; // 1-based, in Unicode code points
    QString pointer; // JSON pointer (RFC 6901) of the offending value
    QString message;

    bool isError() const { return severity == Severity::Error; }
    QString severityText() const;
    // FILE:LINE:COL: severity: MESSAGE [POINTER]
    QString toText() const;
};

using Diagnostics = QList<Diagnostic>;

// How messages name a value's type: "a string", "an object"; a YAML file's readers know
// objects and arrays as mappings and lists.
enum class TypeWords { Json, Yaml };
QString typeName(const QJsonValue &value, TypeWords words = TypeWords::Json);

bool hasErrors(const Diagnostics &diagnostics);
qsizetype errorCount(const Diagnostics &diagnostics);

} // namespace altrunner
