// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace altrunner {

QLocale Languages::install()
{
    const QString chosen = AppSettings::language();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    auto *app = QCoreApplication::instance();
    // A second call (the language changed) replaces the translators of the first.
    for (QTranslator *old : app->findChildren<QTranslator *>(QStringLiteral("altrunnerLanguage"),
                                                             Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *own = new QTranslator(app);
    own->setObjectName(QStringLiteral("altrunnerLanguage"));
    if (own->load(locale, QStringLiteral("altrunner"), QStringLiteral("_"),
                  QStringLiteral(":/altrunner/translations")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(app);
    qt->setObjectName(QStringLiteral("altrunnerLanguage"));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return locale;
}

} // namespace altrunner
