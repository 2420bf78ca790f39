// SPDX-License-Identifier: GPL-3.0-or-later
#include "javascriptcheck.h"

#include "checkevaluator.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QJSValue>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace altrunner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::JavaScriptCheck)
};

// Interrupts `engine` once `ms` have passed, unless disarmed first. QJSEngine::setInterrupted is
// the one call made for another thread.
class Watchdog final
{
public:
    Watchdog(QJSEngine &engine, int ms)
        : m_thread([this, &engine, ms] {
            std::unique_lock lock(m_mutex);
            if (!m_done.wait_for(lock, std::chrono::milliseconds(ms),
                                 [this] { return m_disarmed; })) {
                m_fired = true;
                engine.setInterrupted(true);
            }
        })
    {
    }
    ~Watchdog() { disarm(); }
    void disarm()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_disarmed = true;
        }
        m_done.notify_one();
        if (m_thread.joinable())
            m_thread.join();
    }
    bool fired() const { return m_fired; }

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_disarmed = false;
    std::atomic<bool> m_fired = false;
    std::thread m_thread; // last: starts once the rest is made
};

CheckResult outcome(const Check &check, const QJSValue &value)
{
    const std::optional<double> threshold = check.threshold;
    if (value.isBool())
        return {value.toBool(), value.toBool() ? 1.0 : 0.0,
                value.toBool() ? Tr::tr("the expression is true")
                               : Tr::tr("the expression is false")};
    if (value.isNumber()) {
        const double score = value.toNumber();
        const bool pass = threshold ? score >= *threshold : score > 0;
        return {pass, score,
                threshold ? Tr::tr("score %1, %2 needed")
                                    .arg(QString::number(score, 'g', 4),
                                         QString::number(*threshold, 'g', 4))
                          : Tr::tr("score %1").arg(QString::number(score, 'g', 4))};
    }
    if (value.isObject() && value.hasProperty(QStringLiteral("pass"))) {
        const bool pass = value.property(QStringLiteral("pass")).toBool();
        const QJSValue score = value.property(QStringLiteral("score"));
        const QJSValue reason = value.property(QStringLiteral("reason"));
        return {pass, score.isNumber() ? score.toNumber() : (pass ? 1.0 : 0.0),
                reason.isString() ? reason.toString()
                                  : (pass ? Tr::tr("the check says it passes")
                                          : Tr::tr("the check says it fails"))};
    }
    return {false, 0.0,
            Tr::tr("the check returned %1, not true/false, a score or {pass, score, reason}")
                    .arg(value.isUndefined() ? QStringLiteral("undefined") : value.toString())};
}

} // namespace

QJSValue JavaScriptCheck::compile(QJSEngine &engine, const QString &code)
{
    // Evaluating a function expression compiles its body without running it.
    QString expression = code.trimmed();
    while (expression.endsWith(u';'))
        expression.chop(1);
    const QJSValue asExpression
            = engine.evaluate(QStringLiteral("(function (output, json, context) {\nreturn (")
                              + expression + QStringLiteral("\n);\n})"));
    if (!engine.hasError() && asExpression.isCallable())
        return asExpression;
    engine.catchError();
    return engine.evaluate(QStringLiteral("(function (output, json, context) {\n") + code
                           + QStringLiteral("\n})"));
}

CheckResult JavaScriptCheck::run(const Check &check, const QString &output, const QJsonValue &json,
                                 const QJsonObject &context, int timeLimitMs)
{
    // No installExtensions(): no console, no timers, no XMLHttpRequest, no file access.
    QJSEngine engine;
    QJSValue result;
    QString thrown;
    bool fired = false;
    {
        Watchdog watchdog(engine, timeLimitMs);
        const QJSValue function = compile(engine, check.value.toString());
        // Called through a guard that catches what it throws, whatever it is (`throw 'x'` is
        // not an Error object, and call() would hand it back as if it were the result).
        const QJSValue guard = engine.evaluate(QStringLiteral(
                "(function (f, output, json, context) { try { return {value: f(output, json, "
                "context)}; } catch (e) { return {thrown: String(e)}; } })"));
        if (function.isCallable() && !engine.hasError()) {
            const QJSValue outcome
                    = guard.call({function, QJSValue(output), engine.toScriptValue(json),
                                  engine.toScriptValue(context)});
            if (outcome.isObject() && outcome.hasOwnProperty(QStringLiteral("thrown")))
                thrown = outcome.property(QStringLiteral("thrown")).toString();
            else if (outcome.isObject() && !outcome.isError())
                result = outcome.property(QStringLiteral("value"));
            else
                result = outcome; // an error of the engine's own (interrupted)
        } else {
            result = function;
        }
        watchdog.disarm();
        fired = watchdog.fired();
    }
    CheckResult r;
    if (fired)
        r = {false, 0.0,
             Tr::tr("the check ran past %1 s and was stopped")
                     .arg(QString::number(timeLimitMs / 1000.0, 'g', 3))};
    else if (!thrown.isNull())
        r = {false, 0.0, Tr::tr("the check threw: %1").arg(thrown)};
    else if (engine.hasError())
        r = {false, 0.0, Tr::tr("the check threw: %1").arg(engine.catchError().toString())};
    else if (result.isError())
        r = {false, 0.0, Tr::tr("the check threw: %1").arg(result.toString())};
    else
        r = outcome(check, result);
    return CheckEvaluator::negated(check, r);
}

} // namespace altrunner
