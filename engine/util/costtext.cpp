// SPDX-License-Identifier: GPL-3.0-or-later
#include "costtext.h"

namespace altrunner {

QString CostText::amount(double value, const QString &currency, const QLocale &locale)
{
    QString text = locale.toString(value, 'f', 6);
    const QString point = locale.decimalPoint();
    while (text.endsWith(locale.zeroDigit()) && text.indexOf(point) >= 0
           && text.size() - text.indexOf(point) > 3)
        text.chop(1);
    return currency.isEmpty() ? text : text + u' ' + currency;
}

} // namespace altrunner
