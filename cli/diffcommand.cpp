// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "commands.h"

#include "last/lastreader.h"
#include "last/rundiff.h"

#include <QJsonDocument>
#include <QTextStream>

namespace altrunner {

// docs/outputs.md "Comparing runs and sharing them": exit 0 no task differs, 1 some do, 2 bad
// input.
int diffCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    const CommandLine cl(arguments, {}, {QStringLiteral("json")});
    auto usage = [&err](const QString &message) {
        err << "altrunner-cli diff: " << message << '\n'
            << "usage: altrunner-cli diff A.json B.json [--json]; see altrunner-cli --help\n";
        return int(ExitInvalidInput);
    };
    if (!cl.ok())
        return usage(cl.error());
    if (cl.positional().size() != 2)
        return usage(QStringLiteral("give two LAST files"));
    QJsonObject documents[2];
    for (int i = 0; i < 2; ++i) {
        QString error;
        const QString &path = cl.positional().at(i);
        const std::optional<QJsonObject> doc = LastReader::readDocument(path, &error);
        if (!doc) {
            err << "altrunner-cli diff: " << error << '\n'; // the error names the file
            return ExitInvalidInput;
        }
        documents[i] = *doc;
    }
    QString error;
    const std::optional<RunDiff::Result> diff
            = RunDiff::compare(documents[0], documents[1], &error);
    if (!diff) {
        err << "altrunner-cli diff: " << error << '\n';
        return ExitInvalidInput;
    }
    QTextStream out(stdout);
    if (cl.flag(QStringLiteral("json")))
        out << QJsonDocument(RunDiff::json(*diff)).toJson(QJsonDocument::Indented);
    else
        out << RunDiff::text(*diff);
    return diff->differing() > 0 ? ExitRunNotSuccessful : ExitSuccess;
}

} // namespace altrunner
