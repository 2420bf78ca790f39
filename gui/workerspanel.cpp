// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerspanel.h"

#include "workersmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace altrunner {

WorkersPanel::WorkersPanel(WorkersModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(model->summary()))
    , m_view(new QTableView)
{
    m_summary->setWordWrap(true);
    m_view->setModel(model);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    const int ch = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(WorkersModel::NameColumn, ch * 18);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    connect(model, &WorkersModel::summaryChanged, m_summary, &QLabel::setText);
}

} // namespace altrunner
