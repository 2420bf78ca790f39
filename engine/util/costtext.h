// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace altrunner {

// How an amount of money reads everywhere (the console, the window, messages): at least two
// decimals, up to six when they matter ("0.0615 USD", "12.00 USD"), then the currency if any.
class CostText final
{
public:
    static QString amount(double value, const QString &currency = {},
                          const QLocale &locale = QLocale::c());
};

} // namespace altrunner
