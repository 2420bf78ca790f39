// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workers/workerinfo.h"

#include <QAbstractTableModel>
#include <QBasicTimer>

namespace altrunner {

// The workers a run on workers sends its calls to (docs/distributed.md "Seen everywhere"), as
// the process's pool for the configured NATS address last heard them: name, calls in flight,
// how many it takes at once, when it was last heard. Read once a second; the pool is made by the
// first run on workers, never by this model.
class WorkersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkersModel)

public:
    enum Column { NameColumn, InFlightColumn, ConcurrencyColumn, LastHeardColumn, ColumnCount };

    explicit WorkersModel(QObject *parent = nullptr);

    // The NATS address of Settings ▸ Run on workers; empty: the window makes its own calls.
    void setUrl(const QString &url);
    const QString &url() const { return m_url; }
    // One line for above the list: off, not connected yet, connected with N workers.
    QString summary() const;
    // Reads the pool again (the timer does it every second).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void summaryChanged(const QString &summary);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    QString m_url;
    bool m_connected = false;
    bool m_poolMade = false;
    QList<WorkerInfo> m_workers;
    QBasicTimer m_timer;
};

} // namespace altrunner
