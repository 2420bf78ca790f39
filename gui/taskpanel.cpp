// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskpanel.h"

#include "taskfiltermodel.h"
#include "tasktablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace altrunner {

TaskPanel::TaskPanel(TaskTableModel *model, QTableView *view, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(view)
    , m_filter(new TaskFilterModel(this))
    , m_text(new QLineEdit)
    , m_show(new QComboBox)
    , m_next(new QToolButton)
    , m_shown(new QLabel)
{
    m_filter->setSourceModel(model);
    m_view->setModel(m_filter);
    // Sortable, but in the file's order until a header is clicked: sorting 100,000 rows again
    // with every batch of a run is work nobody asked for.
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_filter->sort(-1);
    m_text->setPlaceholderText(tr("Filter by id or text"));
    m_text->setClearButtonEnabled(true);
    m_show->addItem(tr("All tasks"), TaskFilterModel::All);
    m_show->addItem(tr("Failures"), TaskFilterModel::Failures);
    m_show->addItem(tr("Running"), TaskFilterModel::Running);
    m_show->addItem(tr("Waiting for you"), TaskFilterModel::Waiting);
    m_show->addItem(tr("Pending"), TaskFilterModel::Pending);
    m_show->addItem(tr("Completed"), TaskFilterModel::Completed);
    m_show->addItem(tr("From the cache"), TaskFilterModel::Cached);
    m_show->addItem(tr("Failed checks"), TaskFilterModel::ChecksFailed);
    m_show->addItem(tr("With checks"), TaskFilterModel::WithChecks);
    m_show->setToolTip(tr("Which tasks the list shows"));
    auto *next = new QAction(tr("Next Failure"), this);
    next->setShortcut(QKeySequence(Qt::Key_F8));
    next->setShortcutContext(Qt::WindowShortcut);
    next->setToolTip(tr("Select the next task that failed, timed out or was cancelled (F8)"));
    m_next->setDefaultAction(next);
    addAction(next);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 2);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_show);
    bar->addWidget(m_next);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addLayout(bar);
    // A filter never hides tasks silently, not even after another file was opened.
    m_shown->setContentsMargins(6, 0, 6, 2);
    m_shown->setTextFormat(Qt::RichText);
    m_shown->hide();
    connect(m_shown, &QLabel::linkActivated, this, &TaskPanel::showAll);
    column->addWidget(m_shown);
    column->addWidget(m_view, 1);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &TaskPanel::updateShown);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TaskPanel::updateShown);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &TaskPanel::updateShown);

    connect(m_text, &QLineEdit::textChanged, m_filter, &TaskFilterModel::setText);
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setShow(TaskFilterModel::Show(m_show->currentData().toInt())); });
    connect(next, &QAction::triggered, this, &TaskPanel::selectNextFailure);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid() || m_filtering)
                    return;
                m_selected = m_filter->mapToSource(current).row();
                emit taskSelected(m_selected);
            });
    // Filtering moves the view's current row when it hides it: that is no choice of the person's.
    auto filtering = [this](bool on) {
        return [this, on] {
            m_filtering = on;
        };
    };
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this, filtering(true));
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, filtering(false));
    connect(m_filter, &QAbstractItemModel::layoutAboutToBeChanged, this, filtering(true));
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, filtering(false));
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, filtering(true));
    connect(m_filter, &QAbstractItemModel::modelReset, this, filtering(false));
}

void TaskPanel::updateShown()
{
    const int all = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_shown->setVisible(shown < all);
    if (shown < all)
        m_shown->setText(tr("Showing %1 of %2 tasks. <a href=\"all\">Show all</a>")
                                 .arg(QLocale().toString(shown), QLocale().toString(all)));
}

QString TaskPanel::shownText() const
{
    return m_shown->isHidden() ? QString() : m_shown->text();
}

int TaskPanel::currentTask() const
{
    return m_selected;
}

void TaskPanel::selectTask(int index)
{
    m_selected = index;
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_filter->mapToSource(current).row() == index)
        return;
    const QModelIndex row = m_filter->mapFromSource(m_model->index(index, 0));
    QSignalBlocker block(m_view->selectionModel());
    if (!row.isValid()) {
        m_view->clearSelection();
        m_view->setCurrentIndex({});
        return;
    }
    m_view->setCurrentIndex(row);
    m_view->selectRow(row.row());
    m_view->scrollTo(row);
}

void TaskPanel::showFailures()
{
    m_show->setCurrentIndex(m_show->findData(TaskFilterModel::Failures));
    m_text->clear();
    if (m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0)); // emits taskSelected
}

void TaskPanel::showWaiting()
{
    m_show->setCurrentIndex(m_show->findData(TaskFilterModel::Waiting));
    m_text->clear();
    if (m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0)); // emits taskSelected
}

void TaskPanel::showAll()
{
    m_show->setCurrentIndex(m_show->findData(TaskFilterModel::All));
    m_text->clear();
}

void TaskPanel::selectNextFailure()
{
    const int next = m_filter->nextFailure(currentTask());
    if (next < 0)
        return;
    if (!m_filter->mapFromSource(m_model->index(next, 0)).isValid())
        showAll(); // it is hidden by the filter: show everything rather than jump blind
    const QModelIndex row = m_filter->mapFromSource(m_model->index(next, 0));
    m_view->setCurrentIndex(row); // emits taskSelected
    m_view->scrollTo(row);
}

} // namespace altrunner
