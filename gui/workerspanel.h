// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace altrunner {

class WorkersModel;

// The Workers panel (docs/distributed.md "Seen everywhere"): a line saying where the AI calls
// go, and the workers there with their calls in flight and when each was last heard.
class WorkersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkersPanel)

public:
    explicit WorkersPanel(WorkersModel *model, QWidget *parent = nullptr);

    WorkersModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    QTableView *view() const { return m_view; }

private:
    WorkersModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
};

} // namespace altrunner
