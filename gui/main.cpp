// SPDX-License-Identifier: GPL-3.0-or-later
// altrunner: the desktop application.

#include "altrunner_version.h"
#include "languages.h"
#include "mainwindow.h"
#include "util/freedmemory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

namespace {

// --version and --help answer without a display: a headless check must not need an X server.
int answerWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--version" || a == "-v") {
            QTextStream(stdout) << "altrunner " << ALTRUNNER_VERSION << '\n';
            return 0;
        }
        if (a == "--help" || a == "-h") {
            QTextStream(stdout)
                    << "Usage: altrunner [--serve[=PORT]] [FILE]\n\n"
                       "Runs ALT task files against an AI service.\n\n"
                       "  FILE              an ALT file or a LAST file to open\n"
                       "  --serve[=PORT]    serve the REST API with the window (default 8080)\n"
                       "  --version         print the version\n"
                       "  --help            print this help\n";
            return 0;
        }
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    altrunner::FreedMemory::useOneHeap();
    if (const int answered = answerWithoutDisplay(argc, argv); answered >= 0)
        return answered;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("altrunner"));
    QApplication::setApplicationDisplayName(QStringLiteral("ALT Runner"));
    QApplication::setOrganizationName(QStringLiteral("altrunner"));
    QApplication::setApplicationVersion(QStringLiteral(ALTRUNNER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.altrunner.AltRunner"));
    QIcon icon;
    for (int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/altrunner/icons/altrunner-%1.png").arg(size));
    QApplication::setWindowIcon(icon);

    altrunner::Languages::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "Runs ALT task files against an AI service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serve(
            QStringLiteral("serve"),
            QApplication::translate("main",
                                    "Serve the REST API with the window (default port 8080)."),
            QStringLiteral("port"));
    parser.addOption(serve);
    parser.addPositionalArgument(
            QStringLiteral("file"),
            QApplication::translate("main", "An ALT file or a LAST file to open."),
            QStringLiteral("[FILE]"));
    // --serve may come without a value: accept "--serve" alone as the default port.
    QStringList arguments = app.arguments();
    for (QString &a : arguments) {
        if (a == u"--serve")
            a = QStringLiteral("--serve=8080");
    }
    parser.process(arguments);

    altrunner::MainWindow window;
    window.show();
    // Take the keyboard focus even without a window manager (a bare X server, a kiosk): the
    // shortcuts must work as soon as the window is there.
    window.raise();
    window.activateWindow();
    if (parser.isSet(serve)) {
        bool ok = false;
        const uint port = parser.value(serve).toUInt(&ok);
        if (!ok || port > 65535) {
            QTextStream(stderr) << "altrunner: --serve: expected a port number, got '"
                                << parser.value(serve) << "'\n";
            return 2;
        }
        window.setServing(true, quint16(port));
    }
    if (parser.positionalArguments().isEmpty())
        QTimer::singleShot(0, &window, &altrunner::MainWindow::offerToResume);
    else {
        window.openAny(parser.positionalArguments().constFirst());
    }
    return app.exec();
}
