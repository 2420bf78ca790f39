// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsmodel.h"

#include "background.h"
#include "run/run.h"
#include "run/runregistry.h"
#include "statusstyle.h"
#include "util/durationtext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QThread>

#include <algorithm>

namespace altrunner {

namespace {

constexpr int kPastRunsListed = 500; // newest LAST files; older ones are in the file dialog

} // namespace

RunsModel::RunsModel(RunRegistry *registry, QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(registry, &RunRegistry::runStarted, this, &RunsModel::add);
}

void RunsModel::add(Run *run)
{
    Entry e;
    e.run = run;
    e.session = true;
    e.summary = RunSummary::fromSnapshot(run->altFile()->title, run->snapshot());
    e.summary.executionId = run->executionId();
    e.summary.trigger = run->trigger();
    e.summary.total = int(run->altFile()->tasks.size());
    if (e.summary.startedAtMs <= 0)
        e.summary.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    e.tasks.resize(e.summary.total);
    for (int i = 0; i < e.tasks.size(); ++i)
        e.tasks[i].index = i;
    beginInsertRows({}, 0, 0);
    m_entries.prepend(std::move(e));
    endInsertRows();
    connect(run, &Run::progressed, this,
            [this, run](const RunSnapshot &s, const QList<TaskUpdate> &changed) {
                onProgressed(run, s, changed);
            });
    connect(run, &Run::finished, this,
            [this, run](const RunResult &result) { onFinished(run, result); });
}

int RunsModel::rowOf(const QString &executionId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).summary.executionId == executionId)
            return row;
    }
    return -1;
}

Run *RunsModel::liveRun(int row) const
{
    const Entry &e = m_entries.at(row);
    return e.run && !e.summary.finished ? e.run.data() : nullptr;
}

void RunsModel::onProgressed(Run *run, const RunSnapshot &s, const QList<TaskUpdate> &changed)
{
    const int row = rowOf(run->executionId());
    if (row < 0)
        return;
    Entry &e = m_entries[row];
    if (e.summary.outcome)
        return; // finished already: a last batch that arrives after the end changes nothing
    const QString title = e.summary.title, trigger = e.summary.trigger;
    e.summary = RunSummary::fromSnapshot(title, s);
    e.summary.finished = false; // finished once its result is here, with its outcome
    e.summary.executionId = run->executionId();
    e.summary.trigger = trigger;
    for (const TaskUpdate &u : changed) {
        if (u.index >= 0 && u.index < e.tasks.size())
            e.tasks[u.index] = u;
    }
    rowChanged(row);
}

void RunsModel::onFinished(Run *run, const RunResult &result)
{
    const int row = rowOf(run->executionId());
    if (row < 0)
        return;
    Entry &e = m_entries[row];
    const QString title = e.summary.title, trigger = e.summary.trigger;
    e.summary = RunSummary::fromSnapshot(title, result.snapshot);
    e.summary.executionId = result.executionId;
    e.summary.trigger = trigger;
    e.summary.finished = true;
    e.summary.cancelled = result.cancelled;
    e.summary.outcome = result.outcome;
    e.summary.lastFilePath = result.lastFilePath;
    e.tasks = {}; // its LAST file has them now
    rowChanged(row);
}

void RunsModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RunsModel::scanFolder(const QString &dir)
{
    // On the disk lane: the shared pool lays out graphs and loads files.
    const int generation = ++m_scanGeneration;
    inBackground<QList<RunSummary>>(
            this, [dir] { return RunSummary::scanFolder(dir, kPastRunsListed); },
            [this, generation](const QList<RunSummary> &past) {
                if (generation == m_scanGeneration)
                    setPast(past);
            },
            BackgroundLane::Disk);
}

void RunsModel::setPast(const QList<RunSummary> &past)
{
    beginResetModel();
    m_entries.removeIf([](const Entry &e) { return !e.session; });
    for (const RunSummary &s : past) {
        if (rowOf(s.executionId) < 0)
            m_entries.append(Entry {s, nullptr, {}, false});
    }
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        return a.summary.startedAtMs > b.summary.startedAtMs;
    });
    endResetModel();
    emit scanned();
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunSummary &s = m_entries.at(index.row()).summary;
    const QLocale locale;
    if (role == SortRole) {
        switch (index.column()) {
        case StartColumn:
            return s.startedAtMs;
        case DurationColumn:
            return s.durationMs;
        case TokensColumn:
            return s.tokens;
        case CostColumn:
            return s.cost.value_or(-1);
        default:
            role = Qt::DisplayRole;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn:
            return s.trigger == u"api" ? tr("%1 (API)").arg(s.title) : s.title;
        case StatusColumn:
            if (!s.finished || !s.outcome)
                return tr("running, %L1 of %L2 done").arg(s.completed + s.failures).arg(s.total);
            return StatusStyle::runHeadline(s);
        case StartColumn: {
            if (s.startedAtMs <= 0)
                return QString();
            // Today's runs by the time alone (to the second: two runs a minute apart differ).
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(s.startedAtMs).toLocalTime();
            return at.date() == QDate::currentDate()
                    ? locale.toString(at.time(), QStringLiteral("HH:mm:ss"))
                    : locale.toString(at, QLocale::ShortFormat);
        }
        case DurationColumn:
            return s.durationMs >= 0 ? StatusStyle::duration(s.durationMs) : QString();
        case TokensColumn:
            return locale.toString(s.tokens);
        case CostColumn:
            return s.cost
                    ? QStringLiteral("%1 %2").arg(locale.toString(*s.cost, 'f', 4), s.currency)
                    : QStringLiteral("–");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        const QString when = s.startedAtMs > 0 ? StatusStyle::localTime(s.startedAtMs) : QString();
        return s.lastFilePath.isEmpty()
                ? tr("“%1”, started %2, going on (run %3)").arg(s.title, when, s.executionId)
                : tr("“%1”, started %2: %3 – %L4 completed, %L5 not (run %6, LAST file %7)")
                          .arg(s.title, when, StatusStyle::runHeadline(s))
                          .arg(s.completed)
                          .arg(s.failures)
                          .arg(s.executionId)
                          .arg(s.completed)
                          .arg(s.failures)
                          .arg(s.lastFilePath);
    }
    if (role == Qt::DecorationRole && index.column() == StatusColumn) {
        if (!s.finished || !s.outcome)
            return StatusStyle::fill(TaskStatus::Running);
        if (s.cancelled)
            return StatusStyle::fill(TaskStatus::Cancelled);
        return s.outcome == RunOutcome::Success && s.simulatedAnswers == 0
                ? StatusStyle::fill(TaskStatus::Completed)
                : s.outcome == RunOutcome::Failure ? StatusStyle::fill(TaskStatus::Failed)
                                                   : StatusStyle::fallbackMark();
    }
    if (role == Qt::TextAlignmentRole && index.column() >= DurationColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Run");
    case StatusColumn:
        return tr("Status");
    case StartColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case TokensColumn:
        return tr("Tokens");
    case CostColumn:
        return tr("Cost");
    default:
        return {};
    }
}

} // namespace altrunner
