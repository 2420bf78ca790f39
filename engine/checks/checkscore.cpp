// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkscore.h"

namespace altrunner {

CheckScore::Verdict CheckScore::of(const TaskChecks &checks, const QList<CheckResult> &results)
{
    Q_ASSERT(checks.checks.size() == results.size());
    Verdict v;
    double weight = 0;
    double passedWeight = 0;
    QString firstFailure;
    for (qsizetype i = 0; i < checks.checks.size() && i < results.size(); ++i) {
        const Check &c = checks.checks.at(i);
        const CheckResult &r = results.at(i);
        if (r.pass)
            ++v.passed;
        else if (c.warnOnly)
            ++v.warned;
        else
            ++v.failed;
        if (c.warnOnly)
            continue;
        weight += c.weight;
        if (r.pass)
            passedWeight += c.weight;
        else if (firstFailure.isEmpty())
            firstFailure = c.name() + QStringLiteral(": ") + r.reason;
    }
    // Nothing that counts (only warnings, or every weight 0): nothing can fail.
    v.score = weight > 0 ? passedWeight / weight : 1.0;
    // A share compared with a little slack: 2 of 3 at a threshold of 0.6667 passes.
    v.pass = v.score + 1e-9 >= checks.threshold;
    if (!v.pass)
        v.error = checks.threshold >= 1.0
                ? tr("checks failed: %1").arg(firstFailure)
                : tr("checks failed: %1 of the weight passed, %2 needed; first: %3")
                          .arg(QString::number(v.score, 'g', 3),
                               QString::number(checks.threshold, 'g', 3), firstFailure);
    return v;
}

} // namespace altrunner
