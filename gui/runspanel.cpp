// SPDX-License-Identifier: GPL-3.0-or-later
#include "runspanel.h"

#include "runsmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace altrunner {

RunsPanel::RunsPanel(RunsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit)
    , m_view(new QTableView)
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(RunsModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RunsModel::StartColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // When it started comes first: runs of the same file share a title.
    m_view->horizontalHeader()->moveSection(RunsModel::StartColumn, 0);
    const int ch = m_view->fontMetrics().averageCharWidth();
    // Room for "20:31:51" and for the header in any language, with its sort arrow.
    const QString header = model->headerData(RunsModel::StartColumn, Qt::Horizontal).toString();
    m_view->setColumnWidth(RunsModel::StartColumn,
                           std::max(ch * 11, m_view->fontMetrics().horizontalAdvance(header) + 28));
    m_view->setColumnWidth(RunsModel::TitleColumn, ch * 22);
    m_view->setColumnWidth(RunsModel::StatusColumn, ch * 22);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_filter->setPlaceholderText(tr("Filter runs"));
    m_filter->setClearButtonEnabled(true);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_filter);
    column->addWidget(m_view, 1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &i) { emit runChosen(m_proxy->mapToSource(i).row()); });
    connect(m_view, &QTableView::clicked, this,
            [this](const QModelIndex &i) { emit runChosen(m_proxy->mapToSource(i).row()); });
}

void RunsPanel::setShown(const QString &executionId)
{
    const int row = m_model->rowOf(executionId);
    QSignalBlocker block(m_view->selectionModel());
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectRow(i.row());
}

} // namespace altrunner
