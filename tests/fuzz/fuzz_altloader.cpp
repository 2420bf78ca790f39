// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through the ALT loader and validator. It must never crash, hang or
// leak, every diagnostic must carry a position inside the input, and reading the input in pieces
// of one task (the path large files take) must give exactly what reading it whole gives.

#include "alt/altloader.h"
#include "altsummary.h"

#include <QCoreApplication>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    altrunner::LoadLimits limits;
    limits.maxFileBytes = 1 << 20;
    limits.maxTasks = 10000;
    const altrunner::AltLoader::Result r
            = altrunner::AltLoader::loadBytes(bytes, QStringLiteral("fuzz.alt"), limits);
    const int lines = int(bytes.count('\n')) + 1;
    for (const altrunner::Diagnostic &d : r.diagnostics) {
        if (d.line < 1 || d.line > lines || d.column < 1 || d.message.isEmpty())
            std::abort(); // a diagnostic that points nowhere
    }
    if (r.ok()
        && (r.file->tasks.isEmpty()
            || !r.diagnostics.isEmpty()
                    && std::any_of(r.diagnostics.cbegin(), r.diagnostics.cend(),
                                   [](const altrunner::Diagnostic &d) { return d.isError(); })))
        std::abort(); // a file with errors must not load
    const altrunner::AltLoader::Result piecewise = altrunner::AltLoader::loadBytes(
            bytes, QStringLiteral("fuzz.alt"), altrunner::test::piecewiseLimits(limits));
    if (altrunner::test::summarize(piecewise) != altrunner::test::summarize(r))
        std::abort(); // the two ways of reading disagree
    return 0;
}
