// SPDX-License-Identifier: GPL-3.0-or-later
// fake-ai-server [PORT] [LATENCY_MS]: serves both AI protocols on 127.0.0.1 with a fixed latency,
// printing its URL and, every second while busy, how many requests are in flight at most.

#include "fakeaiserver.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    altrunner::test::FakeAiServer server;
    server.setDefaultLatencyMs(args.value(2, QStringLiteral("0")).toInt());
    if (!server.listen(quint16(args.value(1, QStringLiteral("0")).toUInt()))) {
        QTextStream(stderr) << "cannot listen\n";
        return 1;
    }
    QTextStream out(stdout);
    out << server.url().toString() << Qt::endl;
    int lastPeak = 0;
    QTimer report;
    QObject::connect(&report, &QTimer::timeout, [&] {
        if (server.peakInFlight() != lastPeak) {
            lastPeak = server.peakInFlight();
            out << "peak in flight: " << lastPeak << Qt::endl;
        }
    });
    report.start(200);
    return app.exec();
}
