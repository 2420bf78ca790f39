// SPDX-License-Identifier: GPL-3.0-or-later
#include "workersmodel.h"

#include "workers/workerpool.h"

#include <QDateTime>
#include <QTimerEvent>

namespace altrunner {

WorkersModel::WorkersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WorkersModel::setUrl(const QString &url)
{
    if (url == m_url)
        return;
    const QString before = summary();
    m_url = url;
    if (m_url.isEmpty())
        m_timer.stop();
    else
        m_timer.start(1000, this);
    refresh();
    if (summary() != before)
        emit summaryChanged(summary());
}

QString WorkersModel::summary() const
{
    if (m_url.isEmpty())
        return tr("AI calls are made here. Settings ▸ Run on workers sends them to workers on "
                  "NATS JetStream.");
    if (!m_poolMade)
        return tr("Workers at %1: connects when the first run starts.").arg(m_url);
    if (!m_connected)
        return tr("Workers at %1: the NATS server is away; trying again.").arg(m_url);
    return tr("Workers at %1: %n connected.", "", int(m_workers.size())).arg(m_url);
}

void WorkersModel::refresh()
{
    std::shared_ptr<WorkerPool> pool;
    if (!m_url.isEmpty()) {
        for (const std::shared_ptr<WorkerPool> &p : WorkerPool::all())
            if (p->settings().url == m_url)
                pool = p;
    }
    const QString before = summary();
    QList<WorkerInfo> now = pool ? pool->workers() : QList<WorkerInfo>();
    m_poolMade = pool != nullptr;
    m_connected = pool && pool->isConnected();
    // Rows by name: a worker that stays keeps its row, so the selection does not jump.
    if (now.size() != m_workers.size()
        || !std::equal(now.cbegin(), now.cend(), m_workers.cbegin(),
                       [](const WorkerInfo &a, const WorkerInfo &b) { return a.name == b.name; })) {
        beginResetModel();
        m_workers = std::move(now);
        endResetModel();
    } else if (!now.isEmpty()) {
        m_workers = std::move(now);
        emit dataChanged(index(0, InFlightColumn), index(rowCount() - 1, LastHeardColumn));
    }
    if (summary() != before)
        emit summaryChanged(summary());
}

int WorkersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workers.size());
}

int WorkersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkerInfo &w = m_workers.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("%1, version %2").arg(w.name, w.version);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return w.name;
    case InFlightColumn:
        return w.inFlight;
    case ConcurrencyColumn:
        return w.concurrency;
    case LastHeardColumn: {
        const qint64 s
                = std::max<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - w.lastHeardMs) / 1000);
        return tr("%n s ago", "", int(s));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WorkersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Worker");
    case InFlightColumn:
        return tr("In flight");
    case ConcurrencyColumn:
        return tr("At once");
    case LastHeardColumn:
        return tr("Last heard");
    case ColumnCount:
        break;
    }
    return {};
}

void WorkersModel::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_timer.timerId())
        refresh();
    else
        QAbstractTableModel::timerEvent(event);
}

} // namespace altrunner
