// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "altfile.h"
#include "diagnostic.h"
#include "validator.h"

#include <QCoreApplication>

#include <optional>

namespace altrunner {

// Bounds that keep hostile or broken input from exhausting memory or the stack.
struct LoadLimits
{
    qint64 maxFileBytes = 64LL * 1024 * 1024;
    int maxDepth = 64;
    int maxTasks = 1000000;
    // Files larger than this are read in pieces of `tasksPerPiece` task elements, so peak memory
    // stays near the size of the result. Tests and the fuzzer lower both to drive that path with
    // small inputs; the result must not depend on them.
    qsizetype piecewiseAboveBytes = 1 << 20;
    int tasksPerPiece = 2000;
};

// Reads an ALT file: size, encoding, JSON syntax, nesting, then the Validator's rules; every
// diagnostic gets its file, line and column. A file with any error yields no AltFile.
class AltLoader final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::AltLoader)

public:
    struct Result
    {
        std::optional<AltFile> file;
        Diagnostics diagnostics;
        // The tasks were parsed in pieces (LoadLimits::piecewiseAboveBytes) rather than with
        // the whole document; tests check that this path is really taken.
        bool readInPieces = false;

        bool ok() const { return file.has_value(); }
    };

    // `displayName` is what diagnostics call the file (the path as the user gave it).
    static Result loadFile(const QString &path, const LoadLimits &limits = {});
    static Result loadBytes(const QByteArray &bytes, const QString &displayName,
                            const LoadLimits &limits = {});

private:
    static Result loadYaml(const QByteArray &bytes, qsizetype start, const QString &displayName,
                           const LoadLimits &limits);
    static Validator::Result validateSegmentation(const QJsonObject &root,
                                                  const LoadLimits &limits);
};

} // namespace altrunner
