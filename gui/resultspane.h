// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

class QPlainTextEdit;
class QTreeView;

namespace altrunner {

class JsonTreeModel;

// The Results tab (docs/gui.md "Files"): a LAST file as a tree and as its JSON text. Large files
// are parsed off the GUI thread and their text shown in part.
class ResultsPane final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsPane)

public:
    explicit ResultsPane(QWidget *parent = nullptr);

    void showFile(const QString &lastPath);
    void clear();
    JsonTreeModel *model() const { return m_model; }

private:
    JsonTreeModel *m_model;
    QTreeView *m_tree;
    QPlainTextEdit *m_raw;
    QString m_requested; // the file whose contents may still arrive
};

} // namespace altrunner
