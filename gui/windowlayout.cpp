// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowlayout.h"

#include "approvalbanner.h"

#include "answerpane.h"
#include "budgetnotice.h"
#include "dagview.h"
#include "diagnosticsmodel.h"
#include "metricspanel.h"
#include "outcomebanner.h"
#include "resultspane.h"
#include "runspanel.h"
#include "sourceview.h"
#include "taskdetails.h"
#include "taskpanel.h"
#include "tasktablemodel.h"
#include "timelineview.h"
#include "welcomepane.h"
#include "workerspanel.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLocale>
#include <QMainWindow>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace altrunner {

namespace {

QTableView *table(QAbstractItemModel *model, std::initializer_list<int> widths)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    // The widths were chosen at the default font: they grow with a larger one, so statuses and
    // numbers are not cut short.
    const double scale = std::max(1.0, view->fontMetrics().averageCharWidth() / 7.0);
    int column = 0;
    for (int w : widths)
        view->setColumnWidth(column++, int(w * scale));
    return view;
}

} // namespace

RunsPanel *WindowLayout::addRunsDock(QMainWindow *window, RunsModel *runs)
{
    auto *panel = new RunsPanel(runs);
    auto *dock = new QDockWidget(tr("Runs"), window);
    dock->setObjectName(QStringLiteral("runsDock"));
    dock->setWidget(panel);
    window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    if (auto *tasks = window->findChild<QDockWidget *>(QStringLiteral("tasksDock")))
        window->splitDockWidget(tasks, dock, Qt::Vertical);
    window->resizeDocks({dock}, {220}, Qt::Vertical);
    return panel;
}

WorkersPanel *WindowLayout::addWorkersDock(QMainWindow *window, WorkersModel *workers)
{
    auto *panel = new WorkersPanel(workers);
    auto *dock = new QDockWidget(tr("Workers"), window);
    dock->setObjectName(QStringLiteral("workersDock"));
    dock->setWidget(panel);
    window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    if (auto *runs = window->findChild<QDockWidget *>(QStringLiteral("runsDock")))
        window->tabifyDockWidget(runs, dock);
    dock->hide(); // shown when the calls go to workers (MainWindow::readSettings)
    return panel;
}

WindowLayout WindowLayout::create(QMainWindow *window, RunDocument *document, TaskTableModel *tasks,
                                  DiagnosticsModel *problems)
{
    WindowLayout l;
    l.tabs = new QTabWidget;
    l.tabs->setDocumentMode(true);
    l.dag = new DagView(document);
    l.timeline = new TimelineView(document);
    l.source = new SourceView;
    l.results = new ResultsPane;
    l.tabs->addTab(l.dag, tr("Graph"));
    l.tabs->addTab(l.timeline, tr("Timeline"));
    l.tabs->addTab(l.source, tr("Source"));
    l.tabs->addTab(l.results, tr("Results"));
    auto *answer = new AnswerPane(document, false);
    l.answer = answer->details();
    l.answerPane = answer;
    l.tabs->addTab(answer, tr("Answer"));
    l.budgetNotice = new BudgetNotice;
    l.outcome = new OutcomeBanner;
    l.approvals = new ApprovalBanner(document);
    auto *centre = new QWidget;
    auto *column = new QVBoxLayout(centre);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(l.approvals);
    column->addWidget(l.outcome);
    column->addWidget(l.budgetNotice);
    l.welcome = new WelcomePane;
    l.centre = new QStackedWidget;
    l.centre->addWidget(l.welcome);
    l.centre->addWidget(l.tabs);
    column->addWidget(l.centre, 1);
    window->setCentralWidget(centre);

    l.taskView = table(tasks, {120, 105, 82, 70});
    l.taskPanel = new TaskPanel(tasks, l.taskView);
    QObject::connect(l.approvals, &ApprovalBanner::showRequested, l.taskPanel,
                     [panel = l.taskPanel] {
                         panel->showWaiting();
                         panel->view()->setFocus();
                     });
    QObject::connect(l.outcome, &OutcomeBanner::showFailuresRequested, l.taskPanel,
                     [panel = l.taskPanel] {
                         panel->showFailures();
                         panel->view()->setFocus();
                     });
    l.problemView = table(problems, {90, 70, 420});
    // A message wraps rather than being cut (rows fit their text while there are few enough
    // for that to stay cheap; the tool tip has the whole message always).
    l.problemView->setWordWrap(true);
    QObject::connect(problems, &QAbstractItemModel::modelReset, l.problemView,
                     [view = l.problemView, problems] {
                         view->verticalHeader()->setSectionResizeMode(
                                 problems->rowCount() <= 500 ? QHeaderView::ResizeToContents
                                                             : QHeaderView::Fixed);
                     });
    auto *compact = new AnswerPane(document, true);
    l.details = compact->details();
    l.detailsPane = compact;
    QObject::connect(compact, &AnswerPane::largeViewRequested, l.tabs,
                     [tabs = l.tabs, answer] { tabs->setCurrentWidget(answer); });
    l.metrics = new MetricsPanel(document);
    auto dock = [window](const QString &title, const char *name, QWidget *w,
                         Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, window);
        d->setObjectName(QLatin1String(name));
        d->setWidget(w);
        window->addDockWidget(area, d);
        return d;
    };
    QDockWidget *taskDock = dock(tr("Tasks"), "tasksDock", l.taskPanel, Qt::LeftDockWidgetArea);
    QDockWidget *problemDock
            = dock(tr("Problems"), "problemsDock", l.problemView, Qt::BottomDockWidgetArea);
    window->resizeDocks({problemDock}, {150}, Qt::Vertical);
    // The count in the title: seen even when the dock is small or tabbed away.
    QObject::connect(
            problems, &QAbstractItemModel::modelReset, problemDock, [problemDock, problems] {
                const int n = problems->rowCount();
                problemDock->setWindowTitle(
                        n == 0 ? tr("Problems") : tr("Problems (%1)").arg(QLocale().toString(n)));
            });
    QDockWidget *details = dock(tr("Task"), "taskDock", compact, Qt::RightDockWidgetArea);
    // Scrolled rather than shrunk: its rows (one more per feature) must not make the window
    // taller than a 768-pixel screen.
    auto *metricsScroll = new QScrollArea;
    metricsScroll->setWidget(l.metrics);
    metricsScroll->setWidgetResizable(true);
    metricsScroll->setFrameShape(QFrame::NoFrame);
    metricsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    QDockWidget *metrics
            = dock(tr("Metrics"), "metricsDock", metricsScroll, Qt::RightDockWidgetArea);
    window->splitDockWidget(metrics, details, Qt::Vertical);
    window->resizeDocks({taskDock}, {360}, Qt::Horizontal);
    window->resizeDocks({metrics}, {390}, Qt::Horizontal);
    return l;
}

} // namespace altrunner
