// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/diagnostic.h"

#include <QAbstractTableModel>

namespace altrunner {

// The diagnostics of the open ALT file, one row each: severity, line:column, message, pointer.
class DiagnosticsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsModel)

public:
    enum Column { SeverityColumn, LocationColumn, MessageColumn, PointerColumn, ColumnCount };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    const Diagnostic &diagnostic(int row) const { return m_diagnostics.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Diagnostics m_diagnostics;
};

} // namespace altrunner
