// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "last/runsummary.h"

#include <QDialog>

class QStandardItemModel;
class QTableView;

namespace altrunner {

// File ▸ Open LAST File: the runs whose LAST files are in the output folder, by their file's
// title, start and outcome (a file dialog listed execution ids), newest first, with Browse...
// for a LAST file anywhere else. The folder is read off the GUI thread.
class PastRunsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PastRunsDialog)

public:
    PastRunsDialog(const QString &outputDir, QWidget *parent = nullptr);

    // The LAST file chosen (empty: none).
    QString chosen() const { return m_chosen; }
    // Rows listed (for tests; filled when listed() was emitted).
    int runCount() const;

signals:
    void listed();

private:
    void setRuns(const QList<RunSummary> &runs);
    void choose(const QString &path);

    QString m_outputDir;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QString m_chosen;
};

} // namespace altrunner
