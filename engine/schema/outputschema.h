// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace valijson {
class Schema;
}

namespace altrunner {

// A task's output contract (docs/outputs.md "Output contracts"): one JSON Schema (draft 7),
// compiled once with valijson and shared by every task and attempt that names it. It checks an
// answer's text (AnswerJson's rules, then the schema), says whether the schema fits OpenAI's
// strict subset, and what a placeholder may name inside the answer. Immutable once made, so one
// instance is read from any thread.
class OutputSchema final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::OutputSchema)
    Q_DISABLE_COPY_MOVE(OutputSchema)

public:
    // One way an answer misses the schema: where (a JSON pointer into the answer) and why.
    struct Problem
    {
        QString pointer;
        QString message;
        bool operator==(const Problem &) const = default;
    };
    struct Check
    {
        std::optional<QJsonValue> value; // the parsed answer, when it is JSON
        QList<Problem> problems; // empty: the answer matches
        bool ok() const { return value && problems.isEmpty(); }
    };
    // Why a schema cannot be used: the message and where in the schema (a JSON pointer into it).
    struct Error
    {
        QString pointer;
        QString message;
    };

    // Null with `error` set when `schema` is not a usable draft-7 schema (not an object, a keyword
    // of the wrong kind, a `$ref` that points nowhere or off this schema: remote references
    // are not fetched).
    static std::shared_ptr<const OutputSchema> compile(const QJsonObject &schema, Error *error);
    ~OutputSchema();

    const QJsonObject &json() const { return m_json; }
    // The schema as canonical compact JSON: what the result cache's key and `plan` compare.
    const QByteArray &canonical() const { return m_canonical; }
    // Whether OpenAI's `strict: true` accepts it: an object at the root, every object's properties
    // all required with `additionalProperties: false`, and only keywords strict mode supports.
    bool isStrict() const { return m_strict; }

    Check check(const QString &answer) const;
    QList<Problem> problemsOf(const QJsonValue &value) const;
    // At most `max` problems as one line: "/items/0/name: Missing required property; ...".
    static QString summary(const QList<Problem> &problems, int max = 3);

    // Whether an answer matching the schema can hold `path` (members by name, items by number):
    // every step is declared (properties, items, a local $ref followed). `why` says which step is
    // not.
    bool declares(const QStringList &path, QString *why = nullptr) const;
    // A deterministic instance (the simulated provider's answer); valid for the schemas people
    // write (types, properties, required, items, enum, const, bounds, $ref, anyOf/oneOf/allOf).
    const QJsonValue &instance() const { return m_instance; }

    // The longest string a schema with `pattern`s checks, and the stack that takes (std::regex
    // recurses per character; measured at up to ~1 KiB a character for nested groups).
#if defined(__SANITIZE_THREAD__)
    // TSan keeps a shadow call stack of its own per thread, far shallower than 512 MiB: the
    // recursion (a few frames a character) outgrows it first, so its builds check less.
    static constexpr qsizetype kLongestPatternString = 4000;
#else
    static constexpr qsizetype kLongestPatternString = 100000;
#endif
    static constexpr uint kPatternStackBytes = 512u * 1024 * 1024;

private:
    OutputSchema() = default;
    QList<Problem> validated(const QJsonValue &value) const;
    QJsonObject resolved(const QJsonObject &node) const; // follows a local $ref, once per step

    QJsonObject m_json;
    QByteArray m_canonical;
    bool m_strict = false;
    bool m_hasPatterns = false;
    QJsonValue m_instance;
    std::unique_ptr<valijson::Schema> m_schema;
};

} // namespace altrunner
