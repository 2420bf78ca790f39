// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepane.h"

#include "appsettings.h"

#include <QCommandLinkButton>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace altrunner {

namespace {

struct Example
{
    const char *file;
    const char *what;
};

const Example kExamples[] = {
        {"research_brief.alt",
         QT_TRANSLATE_NOOP("altrunner::WelcomePane", "A research brief: seven tasks, one graph")},
        {"altlas_segmentation_example.alt.yaml",
         QT_TRANSLATE_NOOP("altrunner::WelcomePane",
                           "A file ALT_LAS's segmentation service wrote")},
        {"invalid_example.alt",
         QT_TRANSLATE_NOOP("altrunner::WelcomePane", "A file with mistakes, to see them told")},
};

} // namespace

WelcomePane::WelcomePane(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QVBoxLayout)
{
    setObjectName(QStringLiteral("welcomePane"));
    auto *column = new QVBoxLayout;
    column->setSpacing(6);
    auto *title = new QLabel(tr("<h2>Open an ALT file to begin</h2>"));
    title->setTextFormat(Qt::RichText);
    auto *hint = new QLabel(tr("Ctrl+O, a file dropped on the window, one of the files below, "
                               "or an example. Runs use the simulated AI until an AI service "
                               "is chosen in Settings."));
    hint->setWordWrap(true);
    auto *open = new QPushButton(tr("Open ALT File..."));
    connect(open, &QPushButton::clicked, this, &WelcomePane::openRequested);
    column->addWidget(title);
    column->addWidget(hint);
    column->addWidget(open, 0, Qt::AlignLeft);
    column->addSpacing(10);
    column->addWidget(new QLabel(tr("<b>Recent files</b>")));
    column->addLayout(m_recent);
    column->addSpacing(10);
    column->addWidget(new QLabel(tr("<b>Examples</b>")));
    const QStringList paths = examples();
    for (qsizetype i = 0; i < paths.size() && i < qsizetype(std::size(kExamples)); ++i) {
        if (paths.at(i).isEmpty())
            continue;
        auto *b = new QCommandLinkButton(QFileInfo(paths.at(i)).fileName(), tr(kExamples[i].what));
        b->setToolTip(QDir::toNativeSeparators(paths.at(i)));
        connect(b, &QCommandLinkButton::clicked, this,
                [this, path = paths.at(i)] { emit fileChosen(path); });
        column->addWidget(b);
    }
    column->addStretch(1);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);
    refresh();
}

void WelcomePane::refresh()
{
    while (QLayoutItem *item = m_recent->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList files = AppSettings::recentFiles();
    if (files.isEmpty()) {
        m_recent->addWidget(new QLabel(tr("None yet.")));
        return;
    }
    for (qsizetype i = 0; i < files.size() && i < 6; ++i) {
        const QString path = files.at(i);
        auto *b = new QCommandLinkButton(QFileInfo(path).fileName(),
                                         QDir::toNativeSeparators(path));
        b->setEnabled(QFileInfo::exists(path));
        connect(b, &QCommandLinkButton::clicked, this, [this, path] { emit fileChosen(path); });
        m_recent->addWidget(b);
    }
}

QStringList WelcomePane::examples()
{
    const QStringList installed {QCoreApplication::applicationDirPath()
                                         + QStringLiteral("/../share/altrunner/examples"),
                                 QStringLiteral("/usr/share/altrunner/examples")};
    const QString copies = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            + QStringLiteral("/examples");
    QStringList out;
    for (const Example &e : kExamples) {
        const QString name = QLatin1String(e.file);
        QString found;
        for (const QString &dir : installed) {
            if (QFileInfo::exists(dir + u'/' + name)) {
                found = QDir::cleanPath(dir + u'/' + name);
                break;
            }
        }
        if (found.isEmpty()) {
            // From the program's resources, written once where the person can edit it.
            const QString copy = copies + u'/' + name;
            if (!QFileInfo::exists(copy) && QDir().mkpath(copies))
                QFile::copy(QStringLiteral(":/altrunner/examples/") + name, copy);
            if (QFileInfo::exists(copy)) {
                QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
                found = copy;
            }
        }
        out.append(found);
    }
    return out;
}

} // namespace altrunner
