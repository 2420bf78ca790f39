// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

#include "report/htmlreport.h"
#include "rundiffmodel.h"
#include "statusstyle.h"
#include "util/atomicfile.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace altrunner {

namespace {

QString outcomeLabel(const QString &word)
{
    const std::optional<RunOutcome> outcome = parseRunOutcome(word);
    return outcome ? StatusStyle::label(*outcome) : word;
}

} // namespace

CompareDialog::CompareDialog(LastReader::PastRun a, LastReader::PastRun b, QWidget *parent)
    : QDialog(parent)
    , m_a(std::move(a))
    , m_b(std::move(b))
    , m_model(new RunDiffModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_answer(new QTextBrowser(this))
    , m_only(new QCheckBox(tr("Only tasks that differ"), this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Compare Runs"));
    QString error;
    if (auto diff = RunDiff::compare(m_a.document, m_b.document, &error))
        m_model->setDiff(std::move(*diff));
    const RunDiff::Result &d = m_model->diff();
    auto runLine = [](const char *which, const LastReader::PastRun &run) {
        return tr("%1: run %2 of %3, started %4, %5")
                .arg(QLatin1StringView(which),
                     run.document.value(QStringLiteral("execution_id")).toString(),
                     run.document.value(QStringLiteral("alt_file_id")).toString(),
                     run.document.value(QStringLiteral("created_at")).toString(),
                     outcomeLabel(run.document.value(QStringLiteral("status")).toString()));
    };
    m_summary->setText(runLine("A", m_a) + u'\n' + runLine("B", m_b) + u'\n'
                       + tr("%1 of %2 tasks differ: %3 added, %4 removed, %5 status changed, %6 "
                            "answer changed.")
                                 .arg(d.differing())
                                 .arg(d.tasks.size())
                                 .arg(d.count(RunDiff::Change::Added))
                                 .arg(d.count(RunDiff::Change::Removed))
                                 .arg(d.count(RunDiff::Change::StatusChanged))
                                 .arg(d.count(RunDiff::Change::AnswerChanged)));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(RunDiffModel::DiffersRole);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    connect(m_only, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setFilterFixedString(on ? QStringLiteral("true") : QString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showTask(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
            });
    m_answer->setOpenLinks(false);
    m_answer->setPlaceholderText(tr("Choose a task to see how its answer changed."));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_answer);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton
            = buttons->addButton(tr("Export Report..."), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &CompareDialog::chooseExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_only);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(900, 600);
    if (d.differing() > 0)
        m_only->setChecked(true);
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

CompareDialog::~CompareDialog() = default;

const RunDiff::Result &CompareDialog::diff() const
{
    return m_model->diff();
}

void CompareDialog::showTask(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_answer->clear();
        return;
    }
    const RunDiff::Task &t = m_model->task(row);
    QString html = QStringLiteral("<h3>%1 \u2014 %2</h3>")
                           .arg(t.id.toHtmlEscaped(), RunDiffModel::changeLabel(t.change));
    for (const auto *side : {&t.a, &t.b})
        if (!side->error.isEmpty())
            html += QStringLiteral("<p style='color:%1'>%2</p>")
                            .arg(StatusStyle::fill(TaskStatus::Failed).name(),
                                 ((side == &t.a ? tr("A: %1") : tr("B: %1")).arg(side->error))
                                         .toHtmlEscaped());
    html += QStringLiteral("<pre style='white-space:pre-wrap'>");
    if (t.answerChanged) {
        for (const QString &line : t.diff) {
            const QString color = line.startsWith(QStringLiteral("@@"))
                    ? StatusStyle::fill(TaskStatus::Running).name()
                    : line.startsWith(u'+') ? StatusStyle::fill(TaskStatus::Completed).name()
                    : line.startsWith(u'-') ? StatusStyle::fill(TaskStatus::Failed).name()
                                            : QString();
            html += color.isEmpty() ? line.toHtmlEscaped()
                                    : QStringLiteral("<span style='color:%1'>%2</span>")
                                              .arg(color, line.toHtmlEscaped());
            html += u'\n';
        }
    } else {
        html += (t.b.present ? t.b.answer : t.a.answer).toHtmlEscaped();
    }
    html += QStringLiteral("</pre>");
    m_answer->setHtml(html);
}

bool CompareDialog::exportReport(const QString &path, QString *error) const
{
    return writeFileAtomically(path, HtmlReport::ofDiff(m_a, m_b, m_model->diff()), error);
}

void CompareDialog::chooseExport()
{
    const QString id = m_b.document.value(QStringLiteral("execution_id")).toString();
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Comparison"), QStringLiteral("compare_%1.html").arg(id.left(8)),
            tr("HTML files (*.html)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportReport(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace altrunner
