// SPDX-License-Identifier: GPL-3.0-or-later
#include "costtext.h"

namespace altrunner {

QString CostText::amount(double value, const QString &currency)
{
    QString text = QString::number(value, 'f', 6);
    while (text.endsWith(u'0') && text.indexOf(u'.') >= 0 && text.size() - text.indexOf(u'.') > 3)
        text.chop(1);
    return currency.isEmpty() ? text : text + u' ' + currency;
}

} // namespace altrunner
