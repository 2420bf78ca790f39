// SPDX-License-Identifier: GPL-3.0-or-later
// altrunner: the desktop application.

#include "altrunner_version.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("altrunner"));
    QApplication::setApplicationDisplayName(QStringLiteral("ALT Runner"));
    QApplication::setOrganizationName(QStringLiteral("altrunner"));
    QApplication::setApplicationVersion(QStringLiteral(ALTRUNNER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "Runs ALT task files against an AI service."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The ALT file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    altrunner::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return app.exec();
}
