// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;

namespace altrunner {

// Edits a JSON settings file in place (the pricing file, the models file): its text, checked as
// the engine reads it before it is saved atomically, so a file saved here is one every run can
// use. A file that does not exist yet starts from an example.
class JsonFileEditor : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonFileEditor)

public:
    // `check` reads the text as the engine would: false, with the problem, when it cannot.
    using Check = std::function<bool(const QByteArray &text, QString *problem)>;
    JsonFileEditor(const QString &path, const QString &title, const QString &help,
                   const QByteArray &example, Check check, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    QString problem() const; // for tests: what the last check found

public slots:
    // Checks and saves; stays open with the problem shown when the text is not accepted.
    void accept() override;

private:
    QString m_path;
    Check m_check;
    QPlainTextEdit *m_text;
    QLabel *m_problem;
};

// The pricing file (docs/engine.md "Cost").
class PricingEditor final : public JsonFileEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricingEditor)

public:
    explicit PricingEditor(const QString &path, QWidget *parent = nullptr);
    static QByteArray example();
};

// The models file: aliases and fallbacks (docs/outputs.md "Models, aliases and fallbacks").
class ModelsEditor final : public JsonFileEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelsEditor)

public:
    explicit ModelsEditor(const QString &path, QWidget *parent = nullptr);
    static QByteArray example();
};

} // namespace altrunner
