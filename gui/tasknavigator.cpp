// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasknavigator.h"

#include "dagview.h"
#include "rundocument.h"
#include "taskdetails.h"
#include "taskpanel.h"
#include "timelineview.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>

namespace altrunner {

namespace {

// Lets the window's Ctrl+E (focus) through a line edit that would take it as "end of line".
class PassFocusShortcut final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_E && key->modifiers() == Qt::ControlModifier)
                return true; // not accepted: the shortcut goes to the window
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

TaskNavigator::TaskNavigator(RunDocument *document, DagView *dag, TimelineView *timeline,
                             TaskPanel *panel, QList<TaskDetails *> details, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_dag(dag)
    , m_timeline(timeline)
    , m_panel(panel)
    , m_details(std::move(details))
{
    connect(dag, &DagView::taskSelected, this, &TaskNavigator::select);
    connect(timeline, &TimelineView::taskSelected, this, &TaskNavigator::select);
    connect(panel, &TaskPanel::taskSelected, this, &TaskNavigator::select);
    // Another file: nothing is selected in it yet.
    connect(document, &RunDocument::reset, this, [this] {
        if (m_selected >= m_document->taskCount())
            m_selected = -1;
    });
}

void TaskNavigator::select(int index)
{
    if (index >= m_document->taskCount())
        index = -1;
    m_selected = index;
    for (TaskDetails *d : std::as_const(m_details))
        d->showTask(index);
    m_dag->setSelectedTask(index);
    m_timeline->setSelectedTask(index);
    m_panel->selectTask(index);
    emit selectionChanged(index);
}

QLineEdit *TaskNavigator::createSearchBox(QAction *find, QAction *focus)
{
    auto *box = new QLineEdit;
    box->installEventFilter(new PassFocusShortcut(box));
    connect(find, &QAction::triggered, box, [box] {
        box->setFocus();
        box->selectAll();
    });
    auto showFocus = [this, focus] {
        focus->setChecked(m_dag->focusTask() >= 0);
    };
    connect(focus, &QAction::triggered, this, &TaskNavigator::toggleFocus);
    connect(focus, &QAction::triggered, this, showFocus);
    connect(this, &TaskNavigator::selectionChanged, this, showFocus);
    box->setObjectName(QStringLiteral("findTask"));
    box->setPlaceholderText(tr("Find task (Ctrl+F)"));
    box->setClearButtonEnabled(true);
    box->setToolTip(tr("A task's id or words of its description; Enter shows the next match"));
    box->setMaximumWidth(box->fontMetrics().averageCharWidth() * 28);
    connect(box, &QLineEdit::returnPressed, this, [this, box] {
        const bool found = findAndShow(box->text());
        // Not found: the box says so in its colour, until the text changes.
        QPalette pal = box->parentWidget() ? box->parentWidget()->palette() : box->palette();
        if (!found && !box->text().trimmed().isEmpty())
            pal.setColor(QPalette::Base, QColor(0xf8, 0xd0, 0xd0));
        if (!found && !box->text().trimmed().isEmpty())
            pal.setColor(QPalette::Text, Qt::black);
        box->setPalette(pal);
    });
    connect(box, &QLineEdit::textEdited, box, [box] { box->setPalette(QPalette()); });
    return box;
}

int TaskNavigator::find(const QString &text) const
{
    const QString wanted = text.trimmed();
    const int n = m_document->taskCount();
    if (wanted.isEmpty() || n == 0)
        return -1;
    const auto &tasks = m_document->altFile()->tasks;
    const int start = std::max(m_selected, -1);
    for (int k = 1; k <= n; ++k) {
        const int i = (start + k) % n;
        if (tasks.at(i).id.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    for (int k = 1; k <= n; ++k) {
        const int i = (start + k) % n;
        if (tasks.at(i).id.contains(wanted, Qt::CaseInsensitive)
            || tasks.at(i).description.contains(wanted, Qt::CaseInsensitive))
            return i;
    }
    return -1;
}

bool TaskNavigator::findAndShow(const QString &text)
{
    const int found = find(text);
    if (found < 0)
        return false;
    select(found);
    m_dag->revealTask(found);
    return true;
}

void TaskNavigator::setTaskMenu(const QList<QAction *> &actions)
{
    auto popup = [actions](QWidget *over, const QPoint &at) {
        auto *menu = new QMenu(over);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addActions(actions);
        menu->popup(over->mapToGlobal(at));
    };
    m_dag->viewport()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_dag->viewport(), &QWidget::customContextMenuRequested, this,
            [this, popup](const QPoint &at) {
                const int task = m_dag->taskAt(at);
                if (task < 0)
                    return;
                select(task);
                popup(m_dag->viewport(), at);
            });
    QAbstractItemView *table = m_panel->view();
    table->viewport()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table->viewport(), &QWidget::customContextMenuRequested, this,
            [this, table, popup](const QPoint &at) {
                const QModelIndex i = table->indexAt(at);
                if (!i.isValid())
                    return;
                table->setCurrentIndex(i); // selects it everywhere
                popup(table->viewport(), at);
            });
}

void TaskNavigator::toggleFocus()
{
    m_dag->setFocusTask(m_dag->focusTask() >= 0 || m_selected < 0 ? -1 : m_selected);
    if (m_selected >= 0)
        m_dag->revealTask(m_selected);
}

} // namespace altrunner
