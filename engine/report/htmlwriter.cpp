// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlwriter.h"

namespace altrunner {

QString HtmlWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '<':
            out += QLatin1StringView("&lt;");
            break;
        case '>':
            out += QLatin1StringView("&gt;");
            break;
        case '&':
            out += QLatin1StringView("&amp;");
            break;
        case '"':
            out += QLatin1StringView("&quot;");
            break;
        case '\'':
            out += QLatin1StringView("&#39;");
            break;
        case 0:
            out += QChar(QChar::ReplacementCharacter);
            break;
        default:
            out += c;
        }
    }
    return out;
}

HtmlWriter &HtmlWriter::element(const QString &tag, const QString &cls, const QString &text)
{
    m_html += u'<' + tag;
    if (!cls.isEmpty())
        m_html += QStringLiteral(" class=\"") + escape(cls) + u'"';
    m_html += u'>' + escape(text) + QStringLiteral("</") + tag + u'>';
    return *this;
}

} // namespace altrunner
