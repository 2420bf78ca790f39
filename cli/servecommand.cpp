// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "api/apiserver.h"
#include "commandline.h"
#include "config/configloader.h"
#include "run/runregistry.h"
#include "signalwatcher.h"
#include "util/atomicfile.h"
#include "workers/workerpool.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QHostInfo>
#include <QProcessEnvironment>
#include <QTextStream>

namespace altrunner {

int serveCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    const CommandLine cl(arguments,
                         {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("token"),
                          QStringLiteral("workers")},
                         {});
    auto usage = [&](const QString &message) {
        err << "altrunner-cli serve: " << message << '\n'
            << "usage: altrunner-cli serve [--host H] [--port P] [--token T] "
               "[--workers nats://HOST:PORT]\n";
        return int(ExitInvalidInput);
    };
    if (!cl.ok())
        return usage(cl.error());
    if (!cl.positional().isEmpty())
        return usage(QStringLiteral("unexpected argument '%1'").arg(cl.positional().first()));

    QStringList errors;
    EngineConfig config
            = ConfigLoader::fromEnvironment(QProcessEnvironment::systemEnvironment(), &errors);
    errors += ConfigLoader::check(config);
    ApiServer::Options options;
    QString error;
    if (const auto v = cl.value(QStringLiteral("workers"))) {
        if (const auto url = ConfigLoader::parseNatsUrl(*v, QStringLiteral("--workers"), &error))
            config.workersUrl = *url;
        else
            errors.append(error);
    }
    if (const auto v = cl.value(QStringLiteral("port"))) {
        if (const auto p = ConfigLoader::parseInt(*v, 0, 65535, QStringLiteral("--port"), &error))
            options.port = quint16(*p);
        else
            errors.append(error);
    }
    if (const auto v = cl.value(QStringLiteral("host"))) {
        QString host = v->trimmed();
        if (host == u"localhost")
            host = QStringLiteral("127.0.0.1");
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        QHostAddress address;
        if (!address.setAddress(host))
            errors.append(
                    QStringLiteral(
                            "--host: expected an IP address such as 127.0.0.1 or ::1, got '%1'")
                            .arg(*v));
        options.host = address;
    }
    options.token = cl.value(QStringLiteral("token")).value_or(config.apiToken);
    if (!errors.isEmpty()) {
        for (const QString &e : std::as_const(errors))
            err << "altrunner-cli serve: " << e << '\n';
        return ExitInvalidInput;
    }
    if (!ensureWritableDir(config.outputDir, &error)) {
        err << "altrunner-cli serve: " << error << '\n';
        return ExitInvalidInput;
    }

    if (!config.workersUrl.isEmpty() && !WorkerPool::forUrl(config.workersUrl, &error)) {
        // Said at the start, not at the first run: the server's AI calls all go there.
        err << "altrunner-cli serve: " << error << '\n';
        return ExitInvalidInput;
    }
    RunRegistry runs(config); // announces LAST files to the archive when NATS_URL names one
    ApiServer server(&runs);
    if (!server.listen(options, &error)) {
        err << "altrunner-cli serve: " << error << '\n';
        return ExitInvalidInput;
    }
    out << "listening on " << server.url().toString() << '\n';
    out.flush();
    err << "ALT Runner API on " << server.url().toString() << " (provider "
        << providerName(config.provider) << ", LAST files in " << config.outputDir
        << (options.token.isEmpty() ? ", no token" : ", token required")
        << (config.workersUrl.isEmpty()
                    ? QString()
                    : QStringLiteral(", AI calls on workers at ") + config.workersUrl)
        << "); Ctrl+C stops it\n";
    err.flush();

    QEventLoop loop;
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::signalled, &loop, [&](int signalNumber) {
        QTextStream(stderr) << "signal " << signalNumber << ": stopping; cancelling "
                            << runs.activeCount() << " running run(s)\n";
        loop.quit();
    });
    loop.exec();
    server.close(); // no new work
    runs.cancelAll(); // and the LAST files of what was going are written
    err << "stopped\n";
    return ExitSuccess;
}

} // namespace altrunner
