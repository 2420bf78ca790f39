// SPDX-License-Identifier: GPL-3.0-or-later
// screenshots OUT_DIR [ALT_FILE] [dark] [tr] [largefont] [big] [laptop]: opens the window on a file
// (1600x1000, or a 1366x768 laptop screen's 1366x740 with `laptop`), runs it
// with the simulated provider, and writes a PNG of each main view, so anyone can look at the result
// (the README's pictures in docs/images come from here; tests/gui/screenshots.sh makes them all).
// For the example, two of its tasks fail once and are retried, and a request rate limit makes
// tasks wait for slots, so the timeline shows retries and rate waits. `big`: the graph of a large
// file fitted to the window and zoomed in on one task, instead of every view.

#include "appsettings.h"
#include "comparedialog.h"
#include "dagview.h"
#include "languages.h"
#include "mainwindow.h"
#include "rundocument.h"
#include "runspanel.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace altrunner;

namespace {

void useDarkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(37, 37, 38));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 30));
    p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(45, 45, 48));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(110, 110, 110));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(120, 120, 120));
    QApplication::setPalette(p);
}

// The example with two tasks that fail once (and are retried).
QString withRetries(const QString &file, const QTemporaryDir &dir)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return file;
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray tasks = root.value(QStringLiteral("tasks")).toArray();
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        QJsonObject task = tasks.at(i).toObject();
        const QString id = task.value(QStringLiteral("id")).toString();
        if (id == u"chemistry" || id == u"market") {
            QJsonObject parameters = task.value(QStringLiteral("parameters")).toObject();
            parameters.insert(QStringLiteral("mock_fail_attempts"), 1);
            task.insert(QStringLiteral("parameters"), parameters);
            task.insert(QStringLiteral("retry_count"), 2);
            tasks[i] = task;
        }
    }
    root.insert(QStringLiteral("tasks"), tasks);
    QFile out(dir.filePath(QFileInfo(file).fileName()));
    if (!out.open(QIODevice::WriteOnly))
        return file;
    out.write(QJsonDocument(root).toJson());
    return out.fileName();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("altrunner-screenshots"));
    QApplication::setOrganizationName(QStringLiteral("altrunner"));
    const QStringList args = app.arguments();
    const QString out = args.value(1, QStringLiteral("screenshots"));
    QString file = args.value(2, QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/research_brief.alt"));
    const bool dark = args.contains(QStringLiteral("dark"));
    const bool big = args.contains(QStringLiteral("big"));
    // Output schemas, a repair and a fallback: the offline example with its models file.
    const bool outputs = args.contains(QStringLiteral("outputs"));
    if (outputs) {
        file = QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/release_review.alt");
        qputenv("ALTRUNNER_MODELS", ALTRUNNER_EXAMPLES_DIR "/models.json");
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    AppSettings::setLanguage(args.contains(QStringLiteral("tr")) ? QStringLiteral("tr")
                                                                 : QStringLiteral("en"));
    Languages::install();
    if (dark)
        useDarkPalette();
    if (args.contains(QStringLiteral("largefont"))) {
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * 1.5);
        QApplication::setFont(font);
    }
    QDir().mkpath(out);
    QTemporaryDir work;
    // Checks on answers and Compare With: the example suite, run as it is and then with a check
    // it fails, compared (the report is written beside the pictures, for a browser to show).
    const bool checks = args.contains(QStringLiteral("checks"));
    QString checksChanged;
    if (checks) {
        QFile example(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/answer_checks.alt"));
        if (!example.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray text = example.readAll();
        file = work.filePath(QStringLiteral("answer_checks.alt"));
        checksChanged = work.filePath(QStringLiteral("answer_checks_v2.alt"));
        QFile a(file), b(checksChanged);
        if (!a.open(QIODevice::WriteOnly) || !b.open(QIODevice::WriteOnly))
            return 1;
        a.write(text);
        QByteArray changed = text;
        changed.replace("under 80 characters", "under 60 characters, with an apology");
        changed.replace(R"(["4711", "refund"])", R"(["4711", "refund", "apologise"])");
        b.write(changed);
    }
    if (!big && !outputs && !checks) {
        file = withRetries(file, work);
        qputenv("MOCK_AI_LATENCY_MS", "400");
        qputenv("AI_REQUESTS_PER_MINUTE", "150");
        qputenv("RETRY_BASE_DELAY_MS", "300");
    }

    const bool laptop = args.contains(QStringLiteral("laptop"));
    MainWindow w;
    w.resize(laptop ? QSize(1366, 740) : QSize(1600, 1000));
    w.show();
    if (!big && !outputs && !checks) {
        // What a person sees first: the welcome, before any file.
        app.processEvents();
        const bool english
                = QLocale().language() == QLocale::English || QLocale().language() == QLocale::C;
        w.grab().save(out
                      + QStringLiteral("/welcome%1%2%3.png")
                                .arg(dark ? QStringLiteral("-dark") : QString(),
                                     laptop ? QStringLiteral("-1366") : QString(),
                                     english ? QString() : u'-' + QLocale().name().left(2)));
    }
    QSignalSpy opened(&w, &MainWindow::fileOpened);
    QSignalSpy laidOut(w.document(), &RunDocument::layoutChanged);
    if (!w.openFile(file))
        return 1;
    if (opened.isEmpty() && !opened.wait(60000))
        return 1;
    while (!w.document()->hasLayout() && laidOut.wait(60000)) { }
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.runFile();
    if (!finished.wait(300000))
        return 1;
    app.processEvents();
    QString suffix = dark ? QStringLiteral("-dark") : QString();
    if (args.contains(QStringLiteral("largefont")))
        suffix += QStringLiteral("-largefont");
    if (laptop)
        suffix += QStringLiteral("-1366");
    if (QLocale().language() != QLocale::English && QLocale().language() != QLocale::C)
        suffix += u'-' + QLocale().name().left(2);
    auto save = [&](QWidget *widget, const QString &name) {
        app.processEvents();
        widget->grab().save(out + u'/' + name + suffix + QStringLiteral(".png"));
    };
    if (big) {
        w.tabs()->setCurrentIndex(MainWindow::GraphTab);
        w.dagView()->fitToWindow();
        save(&w, QStringLiteral("large-graph-fit"));
        w.selectTask(w.document()->taskCount() / 2);
        w.dagView()->revealTask(w.document()->taskCount() / 2);
        w.dagView()->zoomBy(1.5);
        save(&w, QStringLiteral("large-graph-zoomed"));
        return 0;
    }
    if (checks) {
        const QString first = w.lastFilePath();
        QSignalSpy reopened(&w, &MainWindow::fileOpened);
        if (!w.openFile(checksChanged) || (reopened.isEmpty() && !reopened.wait(60000)))
            return 1;
        finished.clear();
        w.runFile();
        if (!finished.wait(300000))
            return 1;
        w.tabs()->setCurrentIndex(MainWindow::AnswerTab);
        w.selectTask(w.document()->altFile()->indexOf(QStringLiteral("subject")));
        save(&w, QStringLiteral("checks-window"));
        QString error;
        if (!w.exportReport(out + QStringLiteral("/checks-report.html"), &error))
            return 1;
        CompareDialog *compare = w.compareWith(first);
        if (!compare)
            return 1;
        compare->resize(laptop ? QSize(1100, 620) : QSize(1200, 700));
        for (int row = 0; row < compare->table()->model()->rowCount(); ++row)
            if (compare->table()->model()->index(row, 0).data() == QStringLiteral("subject"))
                compare->table()->selectRow(row);
        save(compare, QStringLiteral("checks-compare"));
        return 0;
    }
    if (outputs) {
        w.tabs()->setCurrentIndex(MainWindow::AnswerTab);
        w.selectTask(w.document()->altFile()->indexOf(QStringLiteral("collect")));
        save(&w, QStringLiteral("outputs-schema"));
        w.selectTask(w.document()->altFile()->indexOf(QStringLiteral("headline")));
        save(&w, QStringLiteral("outputs-fallback"));
        w.tabs()->setCurrentIndex(MainWindow::GraphTab);
        w.dagView()->fitToWindow();
        save(&w, QStringLiteral("outputs-graph"));
        return 0;
    }
    w.selectTask(w.document()->altFile()->indexOf(QStringLiteral("market")));
    const char *names[] = {"graph", "timeline", "source", "results", "answer"};
    for (int tab = 0; tab < 5; ++tab) {
        w.tabs()->setCurrentIndex(tab);
        if (tab == MainWindow::GraphTab)
            w.dagView()->fitToWindow();
        save(&w, QLatin1String(names[tab]));
    }
    if (auto *runs = w.findChild<QDockWidget *>(QStringLiteral("runsDock")))
        save(runs, QStringLiteral("runs"));
    {
        // The settings dialog.
        QStringList errors;
        SettingsDialog dialog(AppSettings::engineConfig(&errors), &w);
        dialog.show();
        save(&dialog, QStringLiteral("settings"));
    }
    w.exportView(MainWindow::GraphTab, out + QStringLiteral("/export-graph%1.svg").arg(suffix));
    w.exportView(MainWindow::TimelineTab,
                 out + QStringLiteral("/export-timeline%1.png").arg(suffix));
    return 0;
}
