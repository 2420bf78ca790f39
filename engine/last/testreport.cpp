// SPDX-License-Identifier: GPL-3.0-or-later
#include "testreport.h"

#include "util/isotime.h"

#include <QJsonArray>
#include <QXmlStreamWriter>

namespace altrunner {

namespace {

// XML 1.0 allows no control characters but tab, newline and carriage return, and no lone
// surrogates: an answer may hold anything, so they become U+FFFD.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate() || c == QChar(0xFFFE) || c == QChar(0xFFFF)
                   || (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += c;
        }
    }
    return out;
}

QString seconds(double s)
{
    return QString::number(s, 'f', 3);
}

} // namespace

int TestReport::Suite::count(Result result) const
{
    int n = 0;
    for (const Case &c : cases)
        n += c.result == result;
    return n;
}

TestReport::Suite TestReport::of(const AltFile &alt, const LastReader::PastRun &run,
                                 const QString &name, const QString &lastFile)
{
    Suite suite;
    suite.name = name;
    suite.lastFile = lastFile;
    suite.executionId = run.document.value(QStringLiteral("execution_id")).toString();
    suite.timestamp = run.document.value(QStringLiteral("created_at")).toString();
    suite.seconds = run.document.value(QStringLiteral("execution_time_ms")).toDouble() / 1000.0;
    for (const AltTask &t : alt.tasks) {
        const int i = run.alt->indexOf(t.id);
        if (t.checks < 0 || i < 0 || i >= run.tasks.size())
            continue;
        const TaskUpdate &u = run.tasks.at(i);
        Case c;
        c.name = t.id;
        c.seconds = u.startMs >= 0 && u.endMs >= u.startMs ? (u.endMs - u.startMs) / 1000.0 : 0;
        QStringList lines;
        QStringList warnings;
        for (const QJsonValue &v : u.extra().checks) {
            const QJsonObject check = v.toObject();
            const bool pass = check.value(QStringLiteral("pass")).toBool();
            const bool warn = check.value(QStringLiteral("severity")).toString() == u"warn";
            const QString text = QStringLiteral("%1 %2: %3")
                                         .arg(pass           ? QStringLiteral("pass")
                                                      : warn ? QStringLiteral("warn")
                                                             : QStringLiteral("FAIL"),
                                              check.value(QStringLiteral("type")).toString(),
                                              check.value(QStringLiteral("reason")).toString());
            lines.append(text);
            if (!pass && warn)
                warnings.append(text);
        }
        c.details = lines.join(u'\n');
        if (u.status == TaskStatus::Completed) {
            c.result = Result::Passed;
            if (!warnings.isEmpty())
                c.message = tr("warnings: %1").arg(warnings.join(QStringLiteral("; ")));
        } else if (u.status == TaskStatus::Failed && !u.extra().checks.isEmpty()) {
            c.result = Result::Failed;
            c.message = u.error;
        } else {
            c.result = Result::Error;
            c.message = u.error.isEmpty()
                    ? tr("the task ended %1 before its checks ran").arg(statusName(u.status))
                    : tr("%1 before its checks ran: %2").arg(statusName(u.status), u.error);
        }
        suite.cases.append(std::move(c));
    }
    return suite;
}

TestReport::Suite TestReport::notRun(const QString &name, const QString &why)
{
    Suite suite;
    suite.name = name;
    suite.cases.append({tr("(the file)"), Result::Error, why, QString(), 0});
    return suite;
}

QByteArray TestReport::junit(const QList<Suite> &suites)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    int tests = 0, failures = 0, errors = 0, skipped = 0;
    double time = 0;
    for (const Suite &s : suites) {
        tests += int(s.cases.size());
        failures += s.count(Result::Failed);
        errors += s.count(Result::Error);
        skipped += s.count(Result::Skipped);
        time += s.seconds;
    }
    w.writeStartElement(QStringLiteral("testsuites"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("altrunner-cli test"));
    w.writeAttribute(QStringLiteral("tests"), QString::number(tests));
    w.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    w.writeAttribute(QStringLiteral("errors"), QString::number(errors));
    w.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    w.writeAttribute(QStringLiteral("time"), seconds(time));
    for (const Suite &s : suites) {
        w.writeStartElement(QStringLiteral("testsuite"));
        w.writeAttribute(QStringLiteral("name"), xmlSafe(s.name));
        w.writeAttribute(QStringLiteral("tests"), QString::number(s.cases.size()));
        w.writeAttribute(QStringLiteral("failures"), QString::number(s.count(Result::Failed)));
        w.writeAttribute(QStringLiteral("errors"), QString::number(s.count(Result::Error)));
        w.writeAttribute(QStringLiteral("skipped"), QString::number(s.count(Result::Skipped)));
        w.writeAttribute(QStringLiteral("time"), seconds(s.seconds));
        if (!s.timestamp.isEmpty())
            w.writeAttribute(QStringLiteral("timestamp"), s.timestamp);
        if (!s.lastFile.isEmpty() || !s.executionId.isEmpty()) {
            w.writeStartElement(QStringLiteral("properties"));
            auto property = [&w](const QString &name, const QString &value) {
                w.writeStartElement(QStringLiteral("property"));
                w.writeAttribute(QStringLiteral("name"), name);
                w.writeAttribute(QStringLiteral("value"), xmlSafe(value));
                w.writeEndElement();
            };
            if (!s.lastFile.isEmpty())
                property(QStringLiteral("last_file"), s.lastFile);
            if (!s.executionId.isEmpty())
                property(QStringLiteral("execution_id"), s.executionId);
            w.writeEndElement();
        }
        for (const Case &c : s.cases) {
            w.writeStartElement(QStringLiteral("testcase"));
            w.writeAttribute(QStringLiteral("name"), xmlSafe(c.name));
            w.writeAttribute(QStringLiteral("classname"), xmlSafe(s.name));
            w.writeAttribute(QStringLiteral("time"), seconds(c.seconds));
            if (c.result == Result::Failed || c.result == Result::Error) {
                w.writeStartElement(c.result == Result::Failed ? QStringLiteral("failure")
                                                               : QStringLiteral("error"));
                w.writeAttribute(QStringLiteral("message"), xmlSafe(c.message));
                w.writeAttribute(QStringLiteral("type"),
                                 c.result == Result::Failed ? QStringLiteral("checks")
                                                            : QStringLiteral("task"));
                w.writeCharacters(xmlSafe(c.details.isEmpty() ? c.message : c.details));
                w.writeEndElement();
            } else if (c.result == Result::Skipped) {
                w.writeEmptyElement(QStringLiteral("skipped"));
                w.writeAttribute(QStringLiteral("message"), xmlSafe(c.message));
            }
            if (!c.details.isEmpty() && c.result == Result::Passed)
                w.writeTextElement(QStringLiteral("system-out"), xmlSafe(c.details));
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

QString TestReport::line(const Suite &suite, const Case &c)
{
    static const char *const words[] = {"PASS ", "FAIL ", "ERROR", "SKIP "};
    QString text = QLatin1StringView(words[int(c.result)]) + u' ' + suite.name
            + QStringLiteral(" \u203a ") + c.name;
    if (!c.message.isEmpty())
        text += QStringLiteral(" \u2014 ") + c.message;
    return text;
}

QString TestReport::summary(const QList<Suite> &suites)
{
    int passed = 0, failed = 0, skipped = 0;
    for (const Suite &s : suites) {
        passed += s.count(Result::Passed);
        failed += s.count(Result::Failed) + s.count(Result::Error);
        skipped += s.count(Result::Skipped);
    }
    QString text = QStringLiteral("%1 passed, %2 failed").arg(passed).arg(failed);
    if (skipped > 0)
        text += QStringLiteral(", %1 skipped").arg(skipped);
    return text;
}

} // namespace altrunner
