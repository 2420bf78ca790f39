// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "alt/altloader.h"
#include "commandline.h"

#include <QTextStream>

namespace altrunner {

int validateCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandLine cl(arguments, {}, {});
    if (!cl.ok() || cl.positional().isEmpty()) {
        err << "altrunner-cli validate: "
            << (cl.ok() ? QStringLiteral("no file given") : cl.error()) << '\n'
            << "usage: altrunner-cli validate FILE...\n";
        return ExitInvalidInput;
    }
    bool anyError = false;
    for (const QString &path : cl.positional()) {
        const AltLoader::Result result = AltLoader::loadFile(path);
        for (const Diagnostic &d : result.diagnostics)
            err << d.toText() << '\n';
        err.flush();
        const qsizetype errors = errorCount(result.diagnostics);
        const qsizetype warnings = result.diagnostics.size() - errors;
        if (result.ok()) {
            out << path << ": valid, " << counted(result.file->tasks.size(), "task", "tasks")
                << ", " << counted(warnings, "warning", "warnings") << '\n';
        } else {
            anyError = true;
            out << path << ": invalid, " << counted(errors, "error", "errors") << ", "
                << counted(warnings, "warning", "warnings") << '\n';
        }
        out.flush();
    }
    return anyError ? ExitInvalidInput : ExitSuccess;
}

} // namespace altrunner
