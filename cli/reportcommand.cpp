// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "commands.h"

#include "last/lastreader.h"
#include "last/rundiff.h"
#include "report/htmlreport.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace altrunner {

// docs/outputs.md "Comparing runs and sharing them": `report LAST [-o FILE.html]`, or
// `report A.json B.json` for their diff. Prints the HTML file's path.
int reportCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    // -o is the short form of --output.
    QStringList args = arguments;
    for (QString &a : args)
        if (a == u"-o")
            a = QStringLiteral("--output");
    const CommandLine cl(args, {QStringLiteral("output")}, {});
    auto usage = [&err](const QString &message) {
        err << "altrunner-cli report: " << message << '\n'
            << "usage: altrunner-cli report LAST [B.json] [-o FILE.html]; see altrunner-cli "
               "--help\n";
        return int(ExitInvalidInput);
    };
    if (!cl.ok())
        return usage(cl.error());
    if (cl.positional().isEmpty() || cl.positional().size() > 2)
        return usage(QStringLiteral("give one LAST file, or two to compare"));
    QList<LastReader::PastRun> runs;
    for (const QString &path : cl.positional()) {
        QString error;
        std::optional<LastReader::PastRun> run = LastReader::readPastRun(path, &error);
        if (!run) {
            err << "altrunner-cli report: " << error << '\n'; // the error names the file
            return ExitInvalidInput;
        }
        runs.append(std::move(*run));
    }
    QByteArray html;
    if (runs.size() == 1) {
        html = HtmlReport::ofRun(runs.constFirst());
    } else {
        QString error;
        const std::optional<RunDiff::Result> diff
                = RunDiff::compare(runs.at(0).document, runs.at(1).document, &error);
        if (!diff) {
            err << "altrunner-cli report: " << error << '\n';
            return ExitInvalidInput;
        }
        html = HtmlReport::ofDiff(runs.at(0), runs.at(1), *diff);
    }
    QString output = cl.value(QStringLiteral("output")).value_or(QString());
    if (output.isEmpty()) {
        const QFileInfo last(cl.positional().constLast());
        output = last.dir().filePath(
                last.completeBaseName()
                + (runs.size() == 2 ? QStringLiteral(".diff.html") : QStringLiteral(".html")));
    }
    QString error;
    if (!writeFileAtomically(output, html, &error)) {
        err << "altrunner-cli report: " << output << ": " << error << '\n';
        return ExitInvalidInput;
    }
    QTextStream(stdout) << output << '\n';
    return ExitSuccess;
}

} // namespace altrunner
