// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace altrunner {

// Edits a pricing file (docs/engine.md "Cost") in place: its JSON, checked as the engine reads
// it before it is saved, so a file saved here is one every run can use. A file that does not
// exist yet starts from an example.
class PricingEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricingEditor)

public:
    PricingEditor(const QString &path, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    QString problem() const; // for tests: what the last check found

    static QByteArray example();

public slots:
    // Checks and saves; stays open with the problem shown when the text is not a pricing file.
    void accept() override;

private:
    QString m_path;
    QPlainTextEdit *m_text;
    QLabel *m_problem;
};

} // namespace altrunner
