// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStatusBar>

class QLabel;
class QProgressBar;

namespace altrunner {

class RunDocument;

// The window's status bar (docs/gui.md "Status bar"): what just happened, whether the REST API is
// served, whether answers are simulated, and the run's progress.
class StatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBar)

public:
    explicit StatusBar(RunDocument *document, QWidget *parent = nullptr);

    void setMessage(const QString &text);
    QString message() const;
    void setServer(const QString &text, const QString &toolTip = QString());
    void setSimulated(bool simulated);
    // Whether the archive service hears of LAST files; empty text: not configured.
    void setArchive(const QString &text, bool failing, const QString &toolTip = QString());

private:
    RunDocument *m_document;
    QLabel *m_message;
    QLabel *m_server;
    QLabel *m_simulated;
    QLabel *m_archive;
    QProgressBar *m_progress;
};

} // namespace altrunner
