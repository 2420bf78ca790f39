// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace altrunner {

class RunDocument;

// The bar above the views while approval gates of the run shown wait for a person
// (docs/approvals.md "The window"): "2 tasks wait for you", and Show Them, which lists them.
class ApprovalBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalBanner)

public:
    explicit ApprovalBanner(RunDocument *document, QWidget *parent = nullptr);

    QString text() const; // for tests
    int waiting() const { return m_waiting; }

signals:
    void showRequested();
    // More gates wait than before (a desktop notification may tell a person elsewhere).
    void gateOpened(const QString &question);

private:
    void refresh();

    RunDocument *m_document;
    QLabel *m_text;
    QPushButton *m_show;
    int m_waiting = 0;
};

} // namespace altrunner
