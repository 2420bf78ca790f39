// SPDX-License-Identifier: GPL-3.0-or-later
// `altrunner-cli worker` (docs/distributed.md "Roles").
#include "commands.h"

#include "commandline.h"
#include "config/configloader.h"
#include "signalwatcher.h"
#include "workers/workerservice.h"

#include <QEventLoop>
#include <QProcessEnvironment>
#include <QTextStream>

namespace altrunner {

int workerCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    const CommandLine cl(
            arguments,
            {QStringLiteral("nats"), QStringLiteral("concurrency"), QStringLiteral("name")}, {});
    auto usage = [&](const QString &message) {
        err << "altrunner-cli worker: " << message << '\n'
            << "usage: altrunner-cli worker --nats nats://HOST:PORT [--concurrency N] "
               "[--name NAME]\n";
        return int(ExitInvalidInput);
    };
    if (!cl.ok())
        return usage(cl.error());
    if (!cl.positional().isEmpty())
        return usage(QStringLiteral("unexpected argument '%1'").arg(cl.positional().first()));

    QStringList errors;
    WorkerService::Settings settings;
    // The worker's own surroundings: its key, proxies and CA (never the coordinator's).
    settings.base
            = ConfigLoader::fromEnvironment(QProcessEnvironment::systemEnvironment(), &errors);
    QString error;
    const std::optional<QString> nats = cl.value(QStringLiteral("nats"));
    if (!nats) {
        if (!settings.base.workersUrl.isEmpty())
            settings.url = settings.base.workersUrl;
        else
            errors.append(QStringLiteral("--nats: the NATS server's address is needed "
                                         "(nats://HOST:PORT, or ALTRUNNER_WORKERS)"));
    } else if (const auto url
               = ConfigLoader::parseNatsUrl(*nats, QStringLiteral("--nats"), &error)) {
        settings.url = *url;
    } else {
        errors.append(error);
    }
    if (const auto v = cl.value(QStringLiteral("concurrency"))) {
        if (const auto n
            = ConfigLoader::parseInt(*v, 1, 1024, QStringLiteral("--concurrency"), &error))
            settings.concurrency = *n;
        else
            errors.append(error);
    }
    if (const auto v = cl.value(QStringLiteral("name"))) {
        const QString name = v->trimmed();
        if (name.isEmpty() || name.size() > 128)
            errors.append(QStringLiteral("--name: expected a name of 1 to 128 characters, got '%1'")
                                  .arg(*v));
        else
            settings.name = name;
    }
    if (!errors.isEmpty()) {
        for (const QString &e : std::as_const(errors))
            err << "altrunner-cli worker: " << e << '\n';
        return ExitInvalidInput;
    }

    // Watching for SIGTERM and Ctrl+C before the worker is seen: a signal that comes while it
    // connects waits in the watcher's pipe and stops it cleanly once the loop runs.
    QEventLoop loop;
    SignalWatcher signalWatcher;
    WorkerService worker(settings);
    if (!worker.start(&error)) {
        err << "altrunner-cli worker: " << error << '\n';
        return ExitInvalidInput;
    }
    err << "worker " << worker.name() << " on " << settings.url << ", " << settings.concurrency
        << " calls at a time; Ctrl+C stops it\n";
    err.flush();
    QObject::connect(&worker, &WorkerService::connectionChanged, &worker, [&](bool connected) {
        err << (connected ? "reconnected to " : "lost the NATS server at ") << settings.url
            << (connected ? "\n" : "; trying again\n");
        err.flush();
    });

    QObject::connect(&signalWatcher, &SignalWatcher::signalled, &loop, [&](int signalNumber) {
        err << "signal " << signalNumber << ": stopping; " << worker.inFlight()
            << " call(s) in flight go back to the queue\n";
        err.flush();
        loop.quit();
    });
    loop.exec();
    worker.stop();
    err << "stopped after " << worker.callsDone() << " call(s)\n";
    return ExitSuccess;
}

} // namespace altrunner
