// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosticsmodel.h"

#include <QApplication>
#include <QStyle>

namespace altrunner {

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiagnosticsModel::setDiagnostics(const Diagnostics &diagnostics)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return d.isError() ? tr("Error") : tr("Warning");
        case LocationColumn:
            return QStringLiteral("%1:%2").arg(d.line).arg(d.column);
        case MessageColumn:
            return d.message;
        case PointerColumn:
            return d.pointer;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            return QApplication::style()->standardIcon(d.isError() ? QStyle::SP_MessageBoxCritical
                                                                   : QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::ToolTipRole:
        return d.toText();
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("Line:Col");
    case MessageColumn:
        return tr("Message");
    case PointerColumn:
        return tr("Pointer");
    default:
        return {};
    }
}

} // namespace altrunner
