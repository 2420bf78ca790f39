// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultspane.h"

#include "background.h"
#include "jsontreemodel.h"
#include "last/lastreader.h"

#include <QFile>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTreeView>

#include <memory>

namespace altrunner {

namespace {
constexpr qint64 kShownBytes = 256 * 1024;
}

ResultsPane::ResultsPane(QWidget *parent)
    : QTabWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_tree(new QTreeView)
    , m_raw(new QPlainTextEdit)
{
    setDocumentMode(true);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->header()->resizeSection(JsonTreeModel::KeyColumn, 200);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    addTab(m_tree, tr("Tree"));
    addTab(m_raw, tr("JSON"));
}

void ResultsPane::clear()
{
    m_requested.clear();
    m_model->setDocument(QJsonValue());
    m_raw->clear();
}

void ResultsPane::showFile(const QString &lastPath)
{
    // A LAST file of 100,000 tasks is 60 MB: parsed off the GUI thread, shown in part.
    m_requested = lastPath;
    struct Loaded
    {
        std::optional<QJsonObject> document;
        QString error;
        QString raw;
    };
    inBackground<std::shared_ptr<Loaded>>(
            this,
            [lastPath] {
                auto loaded = std::make_shared<Loaded>();
                loaded->document = LastReader::readDocument(lastPath, &loaded->error);
                QFile f(lastPath);
                if (f.open(QIODevice::ReadOnly)) {
                    loaded->raw = QString::fromUtf8(f.read(kShownBytes));
                    if (f.size() > kShownBytes)
                        loaded->raw += tr("\n… (%1 more bytes in %2)")
                                               .arg(f.size() - kShownBytes)
                                               .arg(lastPath);
                }
                return loaded;
            },
            [this, lastPath](const std::shared_ptr<Loaded> &loaded) {
                if (lastPath != m_requested)
                    return; // something else is shown by now
                if (!loaded->document) {
                    m_raw->setPlainText(loaded->error);
                    return;
                }
                m_model->setDocument(*loaded->document);
                m_raw->setPlainText(loaded->raw);
                // The run at a glance: the metadata open, and the task results too while they
                // are few enough to read (a tree of 100,000 open rows helps nobody).
                for (int row = 0; row < m_model->rowCount(); ++row) {
                    const QModelIndex key = m_model->index(row, 0);
                    const QString name = key.data().toString();
                    if (name == u"metadata"
                        || (name == u"task_results" && m_model->rowCount(key) <= 200))
                        m_tree->expand(key);
                }
                m_tree->resizeColumnToContents(0);
            });
}

} // namespace altrunner
