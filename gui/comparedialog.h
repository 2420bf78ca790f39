// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "last/lastreader.h"
#include "last/rundiff.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace altrunner {

class RunDiffModel;

// Run ▸ Compare With… (docs/outputs.md "Comparing runs and sharing them"): two runs side by side,
// a row per task with what changed, and the selected task's answers as a line diff (or the answer
// itself when it is the same). "Only what differs" hides the rest; Export Report… writes the
// diff as the same HTML file `altrunner-cli report A B` writes.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    // `a`: the run compared with (the earlier one), `b`: the shown run.
    CompareDialog(LastReader::PastRun a, LastReader::PastRun b, QWidget *parent = nullptr);
    ~CompareDialog() override;

    QTableView *table() const { return m_table; }
    QTextBrowser *answer() const { return m_answer; }
    QCheckBox *onlyDiffering() const { return m_only; }
    const RunDiff::Result &diff() const;
    // Writes the diff report to `path`; false with `error` set when it could not.
    bool exportReport(const QString &path, QString *error) const;

private:
    void showTask(int row);
    void chooseExport();

    LastReader::PastRun m_a;
    LastReader::PastRun m_b;
    RunDiffModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QTextBrowser *m_answer;
    QCheckBox *m_only;
    QLabel *m_summary;
};

} // namespace altrunner
