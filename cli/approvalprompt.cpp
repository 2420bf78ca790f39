// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalprompt.h"

#include "progressprinter.h"
#include "run/run.h"

#include <QSocketNotifier>
#include <QTextStream>

#if defined(Q_OS_WIN)
#    include <io.h>
#else
#    include <unistd.h>
#endif

namespace altrunner {

namespace {
constexpr int kShownLines = 40; // of an answer; the rest is in the LAST file
} // namespace

ApprovalPrompt::ApprovalPrompt(Run &run, ProgressPrinter &printer, QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_printer(printer)
{
#if !defined(Q_OS_WIN)
    m_stdin = new QSocketNotifier(0, QSocketNotifier::Read, this);
    m_stdin->setEnabled(false); // read only while a question is open
    connect(m_stdin, &QSocketNotifier::activated, this, &ApprovalPrompt::readInput);
#endif
}

ApprovalPrompt::~ApprovalPrompt()
{
    if (m_stage != Stage::Idle)
        m_printer.setQuiet(false);
}

void ApprovalPrompt::update(const RunSnapshot &snapshot)
{
    for (const PendingApproval &p : snapshot.approvals) {
        if (m_seen.contains(p.taskId))
            continue;
        m_seen.insert(p.taskId);
        if (m_eof || !m_stdin)
            m_run.skip(p.taskId); // nobody can answer here
        else
            m_queue.append(p);
    }
    if (m_stage == Stage::Idle)
        askNext();
}

void ApprovalPrompt::say(const QString &text, bool newline)
{
    QTextStream err(stderr);
    err << text;
    if (newline)
        err << '\n';
    err.flush();
}

void ApprovalPrompt::askNext()
{
    if (m_queue.isEmpty()) {
        m_stage = Stage::Idle;
        if (m_stdin)
            m_stdin->setEnabled(false);
        m_printer.setQuiet(false);
        return;
    }
    m_asking = m_queue.takeFirst();
    m_printer.setQuiet(true);
    say(QStringLiteral("\ngate '%1' waits for you: %2").arg(m_asking.taskId, m_asking.question));
    if (!m_asking.answer.isNull()) {
        const QStringList lines = m_asking.answer.split(u'\n');
        say(QStringLiteral("  the answer%1:")
                    .arg(m_asking.editable.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" of '%1'").arg(m_asking.editable)));
        for (qsizetype i = 0; i < lines.size() && i < kShownLines; ++i)
            say(QStringLiteral("  | ") + lines.at(i));
        if (lines.size() > kShownLines)
            say(QStringLiteral("  | … %1 more lines").arg(lines.size() - kShownLines));
    }
    m_stage = Stage::Choice;
    say(m_asking.editable.isEmpty() ? QStringLiteral("approve? [y]es / [n]o / [s]kip for now: ")
                                    : QStringLiteral("approve? [y]es / [n]o / [e]dit / [s]kip "
                                                     "for now: "),
        false);
    m_stdin->setEnabled(true);
}

void ApprovalPrompt::readInput()
{
#if !defined(Q_OS_WIN)
    char chunk[4096];
    const ssize_t n = ::read(0, chunk, sizeof chunk);
    if (n <= 0) {
        // End of input: nobody answers here any more; what is open and queued stays waiting.
        m_eof = true;
        m_stdin->setEnabled(false);
        if (m_stage != Stage::Idle) {
            say(QStringLiteral("\n'%1' waits (no more input)").arg(m_asking.taskId));
            m_run.skip(m_asking.taskId);
        }
        for (const PendingApproval &p : std::as_const(m_queue))
            m_run.skip(p.taskId);
        m_queue.clear();
        m_stage = Stage::Idle;
        m_printer.setQuiet(false);
        return;
    }
    m_buffer.append(chunk, qsizetype(n));
    qsizetype nl;
    while (m_stage != Stage::Idle && (nl = m_buffer.indexOf('\n')) >= 0) {
        QString line = QString::fromUtf8(m_buffer.left(nl));
        m_buffer.remove(0, nl + 1);
        if (line.endsWith(u'\r'))
            line.chop(1);
        onLine(line);
    }
#endif
}

void ApprovalPrompt::onLine(const QString &line)
{
    switch (m_stage) {
    case Stage::Idle:
        return;
    case Stage::Choice: {
        const QString word = line.trimmed().toLower();
        if (word == u"y" || word == u"yes") {
            ApprovalDecision d;
            d.approve = true;
            d.by = QStringLiteral("console");
            decide(d);
        } else if (word == u"n" || word == u"no") {
            m_stage = Stage::Reason;
            say(QStringLiteral("reason: "), false);
        } else if ((word == u"e" || word == u"edit") && !m_asking.editable.isEmpty()) {
            m_stage = Stage::Edit;
            m_edited.clear();
            say(QStringLiteral("the edited answer of '%1', ended by a line holding only '.':")
                        .arg(m_asking.editable));
        } else if (word == u"s" || word == u"skip") {
            skip();
        } else {
            say(m_asking.editable.isEmpty() ? QStringLiteral("please answer y, n or s: ")
                                            : QStringLiteral("please answer y, n, e or s: "),
                false);
        }
        return;
    }
    case Stage::Reason: {
        ApprovalDecision d;
        d.approve = false;
        d.by = QStringLiteral("console");
        d.note = line.trimmed();
        decide(d);
        return;
    }
    case Stage::Edit:
        if (line != u".") {
            m_edited.append(line);
            return;
        }
        ApprovalDecision d;
        d.approve = true;
        d.by = QStringLiteral("console");
        d.output = ApprovalDecision::editedOutput(m_edited.join(u'\n'));
        decide(d);
        return;
    }
}

void ApprovalPrompt::decide(const ApprovalDecision &decision)
{
    const DecisionResult r = m_run.decide(m_asking.taskId, decision);
    if (r.kind == DecisionResult::Kind::BadDecision) {
        say(QStringLiteral("not taken: %1").arg(r.message));
        m_queue.prepend(m_asking); // asked again
    } else if (!r.ok()) {
        say(QStringLiteral("not taken: %1").arg(r.message));
    } else {
        say(decision.approve ? QStringLiteral("approved '%1'").arg(m_asking.taskId)
                             : QStringLiteral("rejected '%1'").arg(m_asking.taskId));
    }
    askNext();
}

void ApprovalPrompt::skip(const QString &reason)
{
    say(reason.isEmpty()
                ? QStringLiteral("'%1' waits; the run goes on with the rest").arg(m_asking.taskId)
                : QStringLiteral("'%1' waits (%2)").arg(m_asking.taskId, reason));
    m_run.skip(m_asking.taskId);
    askNext();
}

} // namespace altrunner
