// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace altrunner {

// Builds an HTML document in UTF-8 where every piece of text from a run (ids, answers, errors)
// goes through escape(): `<`, `>`, `&` and both quotes become entities, so that `</script>` or
// `<!--` in an answer stays text in any context the report uses (element content, attribute
// values, SVG text).
class HtmlWriter final
{
public:
    static QString escape(const QString &text);

    HtmlWriter &raw(const QString &markup)
    {
        m_html += markup;
        return *this;
    }
    HtmlWriter &text(const QString &text)
    {
        m_html += escape(text);
        return *this;
    }
    // <tag class="cls">escaped text</tag>
    HtmlWriter &element(const QString &tag, const QString &cls, const QString &text);
    QByteArray toUtf8() const { return m_html.toUtf8(); }

private:
    QString m_html;
};

} // namespace altrunner
