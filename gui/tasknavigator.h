// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QLineEdit;

namespace altrunner {

class DagView;
class RunDocument;
class TaskDetails;
class TaskPanel;
class TimelineView;

// One selected task for the whole window: selecting it in the graph, the timeline or the table
// selects it in the others and shows its details. Also finds a task by id or text, and focuses
// the graph on the selected task's upstream and downstream.
class TaskNavigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskNavigator)

public:
    TaskNavigator(RunDocument *document, DagView *dag, TimelineView *timeline, TaskPanel *panel,
                  QList<TaskDetails *> details, QObject *parent = nullptr);

    int selected() const { return m_selected; }
    // A search box for a toolbar: Enter finds the next match and shows it in the graph; `find`
    // puts the cursor in it. `focus` (checkable) toggles the graph's focus on the selection.
    QLineEdit *createSearchBox(QAction *find, QAction *focus);
    // The next task (after the selected one, wrapping) whose id is `text`, else whose id or
    // description holds it; -1 when none does. Does not select it.
    int find(const QString &text) const;

public slots:
    void select(int index);
    // Selects what find() finds and centres the graph on it; false when nothing matches.
    bool findAndShow(const QString &text);
    // The graph shows only the selected task and what it depends on or feeds, or everything
    // again when it already did.
    void toggleFocus();
    // A right click on a task in the graph or the task list selects it and offers `actions`
    // (re-run from here, focus...).
    void setTaskMenu(const QList<QAction *> &actions);

signals:
    void selectionChanged(int index);

private:
    RunDocument *m_document;
    DagView *m_dag;
    TimelineView *m_timeline;
    TaskPanel *m_panel;
    QList<TaskDetails *> m_details;
    int m_selected = -1;
};

} // namespace altrunner
