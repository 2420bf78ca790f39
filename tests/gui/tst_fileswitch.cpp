// SPDX-License-Identifier: GPL-3.0-or-later
// Switching files never crashes (issue 25): after a run of every kind (succeeded, partly
// succeeded, cancelled, stopped by the budget, streaming and still going, a past LAST file
// shown) the window opens every kind of file next (valid, invalid, unparsable, YAML, LAST).
// While it switches, the whole window is repainted synchronously on every signal the document
// sends, as a progress bar's setValue() did: a view that reads the old file's layout with the
// new file's tasks crashes here at once (and under ASan in CI). Afterwards every view paints
// the new file whole.

#include "mainwindow.h"
#include "rundocument.h"
#include "runsettingsbar.h"
#include "testutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace altrunner;

class tst_FileSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void switchesAfterEveryKindOfRun_data();
    void switchesAfterEveryKindOfRun();

private:
    QString write(const QString &name, const QByteArray &content);
    // Leaves `w` after a run of `kind` (or showing a past run, or a run still going).
    void runKind(MainWindow &w, const QString &kind);
    QTemporaryDir m_dir;
    QString m_lastFile; // a LAST file of the research example, made once
};

void tst_FileSwitch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("altrunner-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_fileswitch"));
    qputenv("OUTPUT_DIR", m_dir.filePath(QStringLiteral("runs")).toUtf8());
    qputenv("MOCK_AI_LATENCY_MS", "5");
    qputenv("ALTRUNNER_CACHE", "off");
    qputenv("ALTRUNNER_CACHE_DIR", m_dir.filePath(QStringLiteral("cache")).toUtf8());
    qunsetenv("AI_SERVICE_URL");
    qunsetenv("AI_PROVIDER");
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/research_brief.alt")));
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.runFile();
    QVERIFY(finished.wait(20000));
    m_lastFile = w.lastFilePath();
    QVERIFY(QFile::exists(m_lastFile));
}

QString tst_FileSwitch::write(const QString &name, const QByteArray &content)
{
    return test::writeFile(m_dir.path(), name, content);
}

void tst_FileSwitch::runKind(MainWindow &w, const QString &kind)
{
    QSignalSpy finished(&w, &MainWindow::runFinished);
    if (kind == u"last file") {
        QVERIFY(w.openLastFile(m_lastFile));
        QTRY_VERIFY(w.document()->hasLayout());
        return;
    }
    QByteArray alt;
    if (kind == u"succeeded" || kind == u"budget")
        alt = QJsonDocument(test::altDocument(
                                    {test::task(QStringLiteral("first"), {},
                                                {{QStringLiteral("max_tokens"), 20}}),
                                     test::task(QStringLiteral("a-rather-long-second-task-id"),
                                                {QStringLiteral("first")},
                                                {{QStringLiteral("max_tokens"), 20}}),
                                     test::task(QStringLiteral("third"),
                                                {QStringLiteral("a-rather-long-second-task-id")},
                                                {{QStringLiteral("max_tokens"), 20}})}))
                      .toJson();
    else if (kind == u"partly succeeded")
        alt = QJsonDocument(
                      test::altDocument(
                              {test::noop(QStringLiteral("ok")),
                               test::task(QStringLiteral("slow"), {QStringLiteral("ok")},
                                          {{QStringLiteral("mock_latency_ms"), 400}}),
                               test::task(QStringLiteral("after"), {QStringLiteral("slow")})}))
                      .toJson()
                      .replace("\"id\": \"slow\"", "\"id\": \"slow\", \"timeout_seconds\": 0.05");
    else // cancelled, streaming: a long answer
        alt = QJsonDocument(test::altDocument(
                                    {test::task(QStringLiteral("talk"), {},
                                                {{QStringLiteral("prompt"),
                                                  QStringLiteral("Tell a long story, word by word, "
                                                                 "as it arrives in the window")},
                                                 {QStringLiteral("mock_latency_ms"), 4000}}),
                                     test::task(QStringLiteral("next"), {QStringLiteral("talk")})}))
                      .toJson();
    QVERIFY(w.openFile(write(QStringLiteral("before.alt"), alt)));
    QTRY_VERIFY(w.document()->hasLayout());
    auto *tokens = w.findChild<RunSettingsBar *>()->findChildren<QSpinBox *>().last();
    tokens->setValue(kind == u"budget" ? 30 : 0);
    w.runFile();
    if (kind == u"cancelled" || kind == u"streaming") {
        QTRY_VERIFY(!w.document()->task(0).extra().streamedText.isEmpty());
        if (kind == u"streaming")
            return; // switched while it goes on
        w.cancelRun();
    }
    QVERIFY(finished.wait(20000));
    const RunResult result = finished.first().first().value<RunResult>();
    if (kind == u"budget")
        QVERIFY(result.snapshot.budget.exhausted);
    else if (kind == u"cancelled")
        QVERIFY(result.cancelled);
    else if (kind == u"partly succeeded")
        QCOMPARE(result.outcome, RunOutcome::PartialSuccess);
    else
        QCOMPARE(result.outcome, RunOutcome::Success);
    tokens->setValue(0);
}

void tst_FileSwitch::switchesAfterEveryKindOfRun_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("next");
    const QStringList kinds {u"succeeded"_qs, u"partly succeeded"_qs, u"cancelled"_qs,
                             u"budget"_qs,    u"streaming"_qs,        u"last file"_qs};
    const QStringList files {u"valid"_qs, u"invalid"_qs, u"unparsable"_qs, u"yaml"_qs, u"last"_qs};
    for (const QString &kind : kinds) {
        for (const QString &file : files)
            QTest::addRow("%s, then %s", qPrintable(kind), qPrintable(file)) << kind << file;
    }
}

void tst_FileSwitch::switchesAfterEveryKindOfRun()
{
    QFETCH(QString, before);
    QFETCH(QString, next);
    MainWindow w;
    w.resize(1366, 740);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    runKind(w, before);
    if (QTest::currentTestFailed())
        return;
    w.repaint(); // the graph of the run, drawn

    // Every signal of the document repaints the window at once, while the switch goes on.
    int repaints = 0;
    auto repaintNow = [&] {
        w.repaint();
        ++repaints;
    };
    QList<QMetaObject::Connection> hooks {
            connect(w.document(), &RunDocument::reset, &w, repaintNow),
            connect(w.document(), &RunDocument::layoutChanged, &w, repaintNow),
            connect(w.document(), &RunDocument::snapshotChanged, &w, repaintNow),
            connect(w.document(), &RunDocument::tasksChanged, &w, repaintNow),
            connect(w.document(), &RunDocument::planChanged, &w, repaintNow)};
    auto unhook = qScopeGuard([&] {
        for (const auto &c : hooks)
            disconnect(c);
    });

    bool opened = false;
    int expectedTasks = -1;
    if (next == u"valid") {
        opened = w.openFile(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/research_brief.alt"));
        expectedTasks = 7;
    } else if (next == u"invalid") {
        opened = w.openFile(QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/invalid_example.alt"));
    } else if (next == u"unparsable") {
        opened = w.openFile(write(QStringLiteral("broken.alt"), "{\"id\": \"x\", \"tasks\": ["));
        expectedTasks = 0;
    } else if (next == u"yaml") {
        opened = w.openFile(
                QStringLiteral(ALTRUNNER_EXAMPLES_DIR "/altlas_segmentation_example.alt.yaml"));
    } else {
        opened = w.openLastFile(m_lastFile);
        expectedTasks = 7;
    }
    QCOMPARE(opened, next == u"valid" || next == u"yaml" || next == u"last");
    QVERIFY(repaints > 0);
    if (expectedTasks >= 0)
        QCOMPARE(w.document()->taskCount(), expectedTasks);
    // Whatever was shown before is gone from the figures.
    QCOMPARE(w.document()->snapshot().total, w.document()->taskCount());
    if (next != u"last")
        QCOMPARE(w.document()->snapshot().finishedCount(), 0);
    if (w.document()->taskCount() > 0)
        QTRY_VERIFY(w.document()->hasLayout());
    QCOMPARE(w.document()->layout().positions.size(),
             w.document()->hasLayout() ? w.document()->taskCount() : 0);
    // Every view paints the new file whole.
    QVERIFY(!w.grab().isNull());
}

QTEST_MAIN(tst_FileSwitch)
#include "tst_fileswitch.moc"
