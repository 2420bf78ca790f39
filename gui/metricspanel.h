// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/runsnapshot.h"

#include <QWidget>

class QLabel;

namespace altrunner {

class RunDocument;

// The run's numbers at a glance: counts, throughput, AI latency percentiles, tokens, peak
// memory, elapsed time and an estimate of the time left.
class MetricsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsPanel)

public:
    explicit MetricsPanel(RunDocument *document, QWidget *parent = nullptr);

    QString valueText(const QString &key) const; // for tests

    // The run's cost and budget as the panel writes them (the console's words, the window's form).
    static QString costText(const RunSnapshot &s);
    static QString budgetText(const RunSnapshot &s); // rich text
    static QString budgetSpent(const RunSnapshot &s); // "X of Y tokens, A of B USD"

private:
    void refresh();
    QLabel *add(const QString &key, const QString &title);

    RunDocument *m_document;
    QHash<QString, QLabel *> m_values;
};

} // namespace altrunner
