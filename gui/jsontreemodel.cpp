// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontreemodel.h"

#include <QJsonArray>
#include <QJsonObject>

namespace altrunner {

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(const QJsonValue &root)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->value = root;
    endResetModel();
}

int JsonTreeModel::childCount(const QJsonValue &v)
{
    if (v.isObject())
        return int(v.toObject().size());
    if (v.isArray())
        return int(v.toArray().size());
    return 0;
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    return childCount(nodeOf(parent)->value) > 0;
}

void JsonTreeModel::build(Node *n)
{
    if (n->built)
        return;
    n->built = true;
    int row = 0;
    auto add = [&](const QString &key, const QJsonValue &value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->value = value;
        child->parent = n;
        child->row = row++;
        n->children.push_back(std::move(child));
    };
    if (n->value.isObject()) {
        const QJsonObject o = n->value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            add(it.key(), it.value());
    } else if (n->value.isArray()) {
        const QJsonArray a = n->value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            add(QStringLiteral("[%1]").arg(i), a.at(i));
    }
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeOf(parent);
    build(p);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = nodeOf(child);
    if (!n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    Node *n = nodeOf(parent);
    build(n);
    return int(n->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Node *n = nodeOf(index);
    const QJsonValue &v = n->value;
    switch (index.column()) {
    case KeyColumn:
        return n->key;
    case ValueColumn:
        switch (v.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double:
            return QString::number(v.toDouble(), 'g', 15);
        case QJsonValue::String:
            return role == Qt::ToolTipRole ? v.toString().left(2000)
                                           : v.toString().left(300).replace(u'\n', u' ');
        case QJsonValue::Array:
            return tr("%n item(s)", "", int(v.toArray().size()));
        case QJsonValue::Object:
            return tr("%n member(s)", "", int(v.toObject().size()));
        default:
            return {};
        }
    case TypeColumn:
        switch (v.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return QStringLiteral("boolean");
        case QJsonValue::Double:
            return QStringLiteral("number");
        case QJsonValue::String:
            return QStringLiteral("string");
        case QJsonValue::Array:
            return QStringLiteral("array");
        case QJsonValue::Object:
            return QStringLiteral("object");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

} // namespace altrunner
