// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "last/lastreader.h"
#include "last/rundiff.h"

#include <QByteArray>
#include <QCoreApplication>

namespace altrunner {

// One self-contained HTML file about a run (docs/outputs.md "Comparing runs and sharing them"):
// the outcome, cost and checks, the graph coloured by status and the timeline as inline SVG
// drawn from the engine's own layout (DagLayout), a task table with a filter, each answer and its
// checks; or, for two runs, their diff. Nothing in it is fetched: styles and the one script are
// inline, allowed by hash in a Content-Security-Policy that allows nothing else (no remote
// resource, no other script, no inline event handler), and all text from the run is escaped.
class HtmlReport final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::HtmlReport)

public:
    // Above this many tasks the graph and the timeline are left out (said in the page): an SVG
    // of 100,000 nodes is no picture. The table always lists every task.
    static constexpr qsizetype kMaxDrawnTasks = 2000;

    static QByteArray ofRun(const LastReader::PastRun &run);
    static QByteArray ofDiff(const LastReader::PastRun &a, const LastReader::PastRun &b,
                             const RunDiff::Result &diff);
};

} // namespace altrunner
