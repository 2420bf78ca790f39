// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lastreader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace altrunner {

// A run read as a test suite (docs/outputs.md "altrunner-cli test"): every task with checks is a
// test case that passed, failed (its checks failed: the first failing check and why) or had an
// error (it failed or was cancelled before its checks ran); the file is the suite. Written as
// JUnit XML as CI systems read it, and as the console's lines.
class TestReport final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::TestReport)

public:
    enum class Result { Passed, Failed, Error, Skipped };
    struct Case
    {
        QString name; // the task id
        Result result = Result::Passed;
        QString message; // why it failed or had an error; warnings of a passing case
        QString details; // every check, one per line
        double seconds = 0;
    };
    struct Suite
    {
        QString name; // the ALT file as given
        QString lastFile; // the LAST file's path
        QString executionId;
        QString timestamp; // when the run started, ISO 8601
        double seconds = 0;
        QList<Case> cases;
        int count(Result result) const;
    };

    // `alt`: the file that ran (which tasks have checks, in its order); `run`: its LAST file.
    static Suite of(const AltFile &alt, const LastReader::PastRun &run, const QString &name,
                    const QString &lastFile);
    // A file that could not be run (invalid, or its LAST file not written): one error case.
    static Suite notRun(const QString &name, const QString &why);

    // One <testsuite> per suite, one <testcase> per case (failure/error with the message, times
    // in seconds, the LAST file's path as a property).
    static QByteArray junit(const QList<Suite> &suites);
    // "PASS suite.alt › summarize", with the message after a dash.
    static QString line(const Suite &suite, const Case &c);
    // "3 passed, 1 failed" (errors count as failed), ", 2 skipped" when there are any.
    static QString summary(const QList<Suite> &suites);
};

} // namespace altrunner
