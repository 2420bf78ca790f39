// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace altrunner {

class RunsModel;

// The Runs panel: the session's runs and the output folder's LAST files, newest first, with a
// filter; choosing one shows it (docs/gui.md "Runs, not files").
class RunsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsPanel)

public:
    explicit RunsPanel(RunsModel *model, QWidget *parent = nullptr);

    RunsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    // Marks the run shown in the window (by execution id), without emitting runChosen().
    void setShown(const QString &executionId);

signals:
    // The person chose the run in `row` of the model.
    void runChosen(int row);

private:
    RunsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
};

} // namespace altrunner
