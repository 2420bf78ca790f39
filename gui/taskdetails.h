// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QTextBrowser>

namespace altrunner {

class RunDocument;

// The selected task: what it is, what it answered, why it failed, every attempt.
class TaskDetails final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDetails)

public:
    explicit TaskDetails(RunDocument *document, QWidget *parent = nullptr);

    void showTask(int index);
    int task() const { return m_task; }
    // What the copy buttons copy: the answer (or what has arrived of it), and the prompt as it
    // was sent, placeholders filled in from the answers they name.
    QString answerText() const;
    QString promptText() const;
    // "N tokens (in, out), cost, model, provider" of an AI answer's output.
    static QString spendLine(const QJsonObject &output);

private:
    void refresh();
    QString promptAsSent(int task) const;

    RunDocument *m_document;
    int m_task = -1;
    int m_shown = -1; // the task on show, to keep the scroll position while it changes
};

} // namespace altrunner
