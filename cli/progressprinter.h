// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "model/runsnapshot.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace altrunner {

// Shows a run's progress on stderr: a redrawn bar on a terminal, plain lines otherwise (a log
// file or a CI console would fill with carriage returns).
class ProgressPrinter final
{
    Q_DISABLE_COPY_MOVE(ProgressPrinter)

public:
    ProgressPrinter(const AltFile &alt, bool terminal);

    void update(const RunSnapshot &snapshot, const QList<TaskUpdate> &changed);
    void finish(const RunSnapshot &snapshot, RunOutcome outcome);
    // A line of its own above the bar (the bar is redrawn with the next update).
    void note(const QString &text);
    // While a question waits for an answer on the terminal, the bar is not drawn over it.
    void setQuiet(bool quiet)
    {
        if (quiet)
            clearBar();
        m_quiet = quiet;
    }

private:
    QString line(const RunSnapshot &s) const;
    // Cost, budget and rate limits, when there is something to say of them.
    static QString spend(const RunSnapshot &s);
    void clearBar();

    const AltFile &m_alt;
    bool m_terminal;
    QTextStream m_err;
    QElapsedTimer m_sinceLine;
    bool m_barShown = false;
    bool m_quiet = false;
    QList<TaskStatus> m_reported; // last status printed per task
    QString m_waitingFor;
};

} // namespace altrunner
