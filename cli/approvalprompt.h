// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/runsnapshot.h"

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

class QSocketNotifier;

namespace altrunner {

class ProgressPrinter;
class Run;

// The console's approval prompt (docs/approvals.md "The console"): in a terminal, each gate that
// opens is asked on stderr, one at a time — approve? [y]es / [n]o / [e]dit / [s]kip for now —
// and the answer read from stdin is the run's decision. Skipped gates stay waiting; once every
// waiting gate was skipped the run stops with them (status "waiting"), to be resumed.
class ApprovalPrompt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalPrompt)

public:
    ApprovalPrompt(Run &run, ProgressPrinter &printer, QObject *parent = nullptr);
    ~ApprovalPrompt() override;

    // The run's latest gates: new ones are asked in the order they opened.
    void update(const RunSnapshot &snapshot);

private:
    enum class Stage : quint8 { Idle, Choice, Reason, Edit };
    void askNext();
    void readInput();
    void onLine(const QString &line);
    void decide(const ApprovalDecision &decision);
    void skip(const QString &reason = QString());
    void say(const QString &text, bool newline = true);

    Run &m_run;
    ProgressPrinter &m_printer;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_buffer;
    bool m_eof = false;
    QList<PendingApproval> m_queue; // open, not yet asked
    QSet<QString> m_seen; // asked or queued, by task id
    PendingApproval m_asking;
    Stage m_stage = Stage::Idle;
    QStringList m_edited;
};

} // namespace altrunner
