// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QVBoxLayout;

namespace altrunner {

// What the window shows before any file is open (docs/gui.md "Daily use"): how to begin, the
// files opened last, and the examples that come with ALT Runner, each a click away.
class WelcomePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePane)

public:
    explicit WelcomePane(QWidget *parent = nullptr);

    // Lists the recent files again (after one was opened).
    void refresh();
    // The examples' files on disk: installed ones, else copies written from the program's
    // resources into the per-user data folder (so they can be run, edited and re-run).
    static QStringList examples();

signals:
    void fileChosen(const QString &path);
    void openRequested(); // "Open ALT File..."

private:
    QVBoxLayout *m_recent;
};

} // namespace altrunner
