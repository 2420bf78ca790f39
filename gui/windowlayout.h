// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QMainWindow;
class QTabWidget;
class QStackedWidget;
class QTableView;

namespace altrunner {

class AnswerPane;
class WelcomePane;

class ApprovalBanner;
class BudgetNotice;
class DagView;
class DiagnosticsModel;
class MetricsPanel;
class OutcomeBanner;
class TaskPanel;
class ResultsPane;
class RunsModel;
class WorkersModel;
class WorkersPanel;
class RunsPanel;
class RunDocument;
class SourceView;
class TaskDetails;
class TaskTableModel;
class TimelineView;

// The window's views and where they sit (docs/gui.md "Layout"): the Graph, Timeline, Source and
// Results tabs in the middle, the task table on the left, problems below, the task's details and
// the metrics on the right. Docks can be moved; their places are saved with the window.
struct WindowLayout
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::WindowLayout)
public:
    QTabWidget *tabs = nullptr;
    BudgetNotice *budgetNotice = nullptr; // above the tabs, shown when a budget stopped a run
    OutcomeBanner *outcome = nullptr; // above the tabs after a run
    ApprovalBanner *approvals = nullptr; // above the tabs while gates wait for a person
    DagView *dag = nullptr;
    TimelineView *timeline = nullptr;
    SourceView *source = nullptr;
    ResultsPane *results = nullptr;
    QTableView *taskView = nullptr;
    TaskPanel *taskPanel = nullptr; // taskView with its filter
    QTableView *problemView = nullptr;
    TaskDetails *details = nullptr; // in the Task dock
    TaskDetails *answer = nullptr; // in the Answer tab
    AnswerPane *answerPane = nullptr; // the Answer tab
    WelcomePane *welcome = nullptr; // in place of the tabs while no file is open
    QStackedWidget *centre = nullptr; // the tabs or the welcome
    AnswerPane *detailsPane = nullptr; // the Task dock
    MetricsPanel *metrics = nullptr;

    // The Runs panel, docked on the left under the tasks.
    static RunsPanel *addRunsDock(QMainWindow *window, RunsModel *runs);
    // The Workers panel (docs/distributed.md), a tab beside the Runs panel.
    static WorkersPanel *addWorkersDock(QMainWindow *window, WorkersModel *workers);
    static WindowLayout create(QMainWindow *window, RunDocument *document, TaskTableModel *tasks,
                               DiagnosticsModel *problems);
};

} // namespace altrunner
