// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "cache/resultcache.h"
#include "commandline.h"
#include "config/configloader.h"
#include "util/isotime.h"

#include <QDir>
#include <QLocale>
#include <QProcessEnvironment>
#include <QTextStream>

namespace altrunner {

namespace {

int usage(const QString &message)
{
    QTextStream(stderr) << "altrunner-cli cache: " << message << '\n'
                        << "usage: altrunner-cli cache stats | clear [--older-than DAYS]\n";
    return ExitInvalidInput;
}

} // namespace

int cacheCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandLine cl(arguments, {QStringLiteral("older-than")}, {});
    if (!cl.ok())
        return usage(cl.error());
    const QString what = cl.positional().value(0);
    if (cl.positional().size() != 1 || (what != u"stats" && what != u"clear"))
        return usage(QStringLiteral("expected stats or clear"));
    std::optional<int> days;
    if (const auto v = cl.value(QStringLiteral("older-than"))) {
        if (what != u"clear")
            return usage(QStringLiteral("--older-than goes with clear"));
        QString error;
        days = ConfigLoader::parseInt(*v, 0, 36500, QStringLiteral("--older-than"), &error);
        if (!days)
            return usage(error);
    }
    QStringList errors;
    const EngineConfig config
            = ConfigLoader::fromEnvironment(QProcessEnvironment::systemEnvironment(), &errors);
    ResultCache cache;
    QString warning;
    if (!cache.open(ResultCache::defaultPath(config.cacheDir), &warning)) {
        err << "altrunner-cli cache: " << warning << '\n';
        return ExitInvalidInput;
    }
    if (what == u"clear") {
        const qint64 removed = cache.clear(days);
        out << "removed " << counted(removed, "answer", "answers")
            << (days ? QStringLiteral(" older than %1 days").arg(*days) : QString()) << " from "
            << QDir::toNativeSeparators(cache.path()) << '\n';
        return ExitSuccess;
    }
    const ResultCache::Stats s = cache.stats();
    const QLocale c = QLocale::c();
    out << "cache: " << QDir::toNativeSeparators(cache.path()) << '\n'
        << "answers: " << s.entries << '\n'
        << "size: " << c.formattedDataSize(s.bytes) << " of answers, "
        << c.formattedDataSize(s.fileBytes) << " on disk (cap "
        << c.formattedDataSize(ResultCache::kDefaultMaxBytes) << ")\n";
    if (s.entries > 0)
        out << "oldest: " << isoUtcMs(s.oldestMs) << "\nnewest: " << isoUtcMs(s.newestMs) << '\n';
    return ExitSuccess;
}

} // namespace altrunner
