// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace altrunner {

class TaskFilterModel;
class TaskTableModel;

// The task list of a big run made searchable: a text filter, a choice of what to show
// (failures, running, ...), "next failure", and the table sorted by any column. Rows are the
// file's tasks by index to everyone outside; the filter's row order stays inside.
class TaskPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskPanel)

public:
    TaskPanel(TaskTableModel *model, QTableView *view, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    TaskFilterModel *filter() const { return m_filter; }
    QLineEdit *textFilter() const { return m_text; }
    // The task shown as current (-1: none); selecting does not emit taskSelected().
    int currentTask() const;
    // "Showing N of M tasks" while the filter hides some; empty while it hides none.
    QString shownText() const;
    void selectTask(int index);

public slots:
    // Only what failed, timed out or was cancelled, the first of them selected.
    void showFailures();
    // The approval gates that wait for a person, the first one selected.
    void showWaiting();
    // Selects the next task that failed (wrapping), shown or hidden by the filter.
    void selectNextFailure();
    void showAll();

signals:
    void taskSelected(int index);

private:
    void updateShown();

    TaskTableModel *m_model;
    QTableView *m_view;
    TaskFilterModel *m_filter;
    QLineEdit *m_text;
    QComboBox *m_show;
    QToolButton *m_next;
    QLabel *m_shown; // "Showing N of M tasks"
    int m_selected = -1; // the window's selection, shown or filtered out
    bool m_filtering = false; // rows come and go: the view's current row is not a choice
};

} // namespace altrunner
