// placeholder, rewritten below
#include <QTest>
class tst_MainWindow : public QObject
{
    Q_OBJECT private slots : void nothing() { QVERIFY(true); }
};
QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
