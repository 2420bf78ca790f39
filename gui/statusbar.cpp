// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusbar.h"

#include "rundocument.h"
#include "statusstyle.h"

#include <QLabel>
#include <QProgressBar>

namespace altrunner {

StatusBar::StatusBar(RunDocument *document, QWidget *parent)
    : QStatusBar(parent)
    , m_document(document)
    , m_message(new QLabel)
    , m_server(new QLabel)
    , m_simulated(new QLabel(tr(" Simulated AI ")))
    , m_archive(new QLabel)
    , m_progress(new QProgressBar)
{
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_simulated->setToolTip(tr("Runs use the built-in simulated provider: answers are made up "
                               "offline and marked as simulated."));
    m_simulated->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; "
                                              "border-radius: 3px; padding: 1px 4px; }")
                                       .arg(StatusStyle::fallbackMark().name()));
    m_progress->setMinimumWidth(170);
    m_progress->setMaximumWidth(240);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setValue(0);
    addWidget(m_message, 1);
    addPermanentWidget(m_server);
    addPermanentWidget(m_archive);
    m_archive->hide();
    addPermanentWidget(m_simulated);
    addPermanentWidget(m_progress);
    connect(m_document, &RunDocument::snapshotChanged, this, [this] {
        const RunSnapshot &s = m_document->snapshot();
        m_progress->setRange(0, std::max(1, s.total));
        m_progress->setValue(s.finishedCount());
    });
}

void StatusBar::setMessage(const QString &text)
{
    m_message->setText(text);
}

QString StatusBar::message() const
{
    return m_message->text();
}

void StatusBar::setServer(const QString &text, const QString &toolTip)
{
    m_server->setText(text);
    m_server->setToolTip(toolTip);
}

void StatusBar::setArchive(const QString &text, bool failing, const QString &toolTip)
{
    m_archive->setVisible(!text.isEmpty());
    m_archive->setText(text);
    m_archive->setToolTip(toolTip);
    m_archive->setStyleSheet(failing ? QStringLiteral("QLabel { color: %1; }")
                                               .arg(StatusStyle::fill(TaskStatus::Failed).name())
                                     : QString());
}

void StatusBar::setSimulated(bool simulated)
{
    m_simulated->setVisible(simulated);
}

} // namespace altrunner
