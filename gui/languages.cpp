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
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("altrunner"), QStringLiteral("_"),
                  QStringLiteral(":/altrunner/translations")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return locale;
}

} // namespace altrunner
