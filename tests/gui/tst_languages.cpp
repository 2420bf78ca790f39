// SPDX-License-Identifier: GPL-3.0-or-later
// The translations built into the program: Turkish is there and complete for what the window
// shows, and the language follows the setting (or the system).

#include "appsettings.h"
#include "languages.h"
#include "statusstyle.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QTest>

using namespace altrunner;

class tst_Languages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("altrunner-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languages"));
    }

    void translationsAreBuiltIn()
    {
        QStringList found;
        QDirIterator it(QStringLiteral(":/altrunner/translations"));
        while (it.hasNext())
            found.append(QFileInfo(it.next()).fileName());
        QVERIFY2(found.contains(QStringLiteral("altrunner_tr.qm")), qPrintable(found.join(u' ')));
        QVERIFY(found.contains(QStringLiteral("altrunner_en.qm")));
    }

    void turkishWhenChosen()
    {
        AppSettings::setLanguage(QStringLiteral("tr"));
        const QLocale locale = Languages::install();
        QCOMPARE(locale.language(), QLocale::Turkish);
        QCOMPARE(QCoreApplication::translate("altrunner::WindowActions", "&File"),
                 QStringLiteral("&Dosya"));
        QCOMPARE(StatusStyle::label(TaskStatus::Completed), QStringLiteral("tamamlandı"));
        QCOMPARE(QCoreApplication::translate("altrunner::Validator", "cycle: %1"),
                 QStringLiteral("döngü: %1"));
        // Qt's own texts too (dialog buttons), and Turkish numbers.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("İptal"));
        QCOMPARE(QLocale().toString(12345.5, 'f', 1), QStringLiteral("12.345,5"));
        // Back to English: no Turkish is left behind.
        AppSettings::setLanguage(QStringLiteral("en"));
        Languages::install();
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        QCOMPARE(StatusStyle::label(TaskStatus::Completed), QStringLiteral("completed"));
        AppSettings::setLanguage(QString());
    }
};

QTEST_MAIN(tst_Languages)
#include "tst_languages.moc"
