// SPDX-License-Identifier: GPL-3.0-or-later
#include "pastrunsdialog.h"

#include "background.h"
#include "fileloader.h"
#include "statusstyle.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace altrunner {

namespace {

constexpr int kListed = 500;
constexpr int kPathRole = Qt::UserRole + 1;

} // namespace

PastRunsDialog::PastRunsDialog(const QString &outputDir, QWidget *parent)
    : QDialog(parent)
    , m_outputDir(outputDir)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTableView)
{
    setWindowTitle(tr("Open LAST File"));
    m_model->setHorizontalHeaderLabels({tr("Started"), tr("Run"), tr("Status")});
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    auto *where = new QLabel(tr("Runs in %1:").arg(QDir::toNativeSeparators(outputDir)));
    where->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    QPushButton *browse = buttons->addButton(tr("Browse..."), QDialogButtonBox::ActionRole);
    connect(browse, &QPushButton::clicked, this,
            [this] { choose(FileLoader::chooseLast(this, m_outputDir)); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QModelIndex i = m_view->currentIndex();
        if (i.isValid())
            choose(m_model->item(i.row(), 0)->data(kPathRole).toString());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) {
        choose(m_model->item(i.row(), 0)->data(kPathRole).toString());
    });
    auto *column = new QVBoxLayout(this);
    column->addWidget(where);
    column->addWidget(m_view, 1);
    column->addWidget(buttons);
    resize(640, 420);

    inBackground<QList<RunSummary>>(
            this, [outputDir] { return RunSummary::scanFolder(outputDir, kListed); },
            [this](const QList<RunSummary> &runs) { setRuns(runs); }, BackgroundLane::Disk);
}

int PastRunsDialog::runCount() const
{
    return m_model->rowCount();
}

void PastRunsDialog::setRuns(const QList<RunSummary> &runs)
{
    for (const RunSummary &s : runs) {
        auto *when = new QStandardItem(s.startedAtMs > 0 ? StatusStyle::localTime(s.startedAtMs)
                                                         : QString());
        when->setData(s.lastFilePath, kPathRole);
        auto *title = new QStandardItem(s.title);
        title->setToolTip(QDir::toNativeSeparators(s.lastFilePath));
        auto *status = new QStandardItem(StatusStyle::runHeadline(s));
        m_model->appendRow({when, title, status});
    }
    m_view->resizeColumnToContents(0);
    m_view->setColumnWidth(1, std::max(160, m_view->width() / 2));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    emit listed();
}

void PastRunsDialog::choose(const QString &path)
{
    if (path.isEmpty())
        return;
    m_chosen = path;
    accept();
}

} // namespace altrunner
