// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: bytes from outside in output contracts (docs/outputs.md). The first byte
// picks what the rest is: an AI answer checked against a fixed schema (with a pattern, a $ref,
// an enum), a JSON Schema compiled (and its instance checked against it), a models file, a
// task's checks (read, then each immediate one run on the bytes as the answer), or two answers
// and two LAST documents compared (the line diff, then the diff as text, JSON and an HTML page).

#include "checks/checkevaluator.h"
#include "checks/checkparser.h"
#include "config/modelcatalog.h"
#include "last/rundiff.h"
#include "report/htmlwriter.h"
#include "schema/answerjson.h"
#include "schema/outputschema.h"

#include <QJsonDocument>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace altrunner;
    if (size == 0)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1,
                                                     qsizetype(size - 1));
    static const std::shared_ptr<const OutputSchema> fixed = [] {
        OutputSchema::Error error;
        auto s = OutputSchema::compile(
                QJsonDocument::fromJson(R"({"type": "object", "required": ["items"],
                    "properties": {"items": {"type": "array", "items": {"$ref": "#/definitions/i"}}},
                    "definitions": {"i": {"type": "object", "required": ["name"], "properties": {
                        "name": {"type": "string", "pattern": "^[A-Za-z ]+$"},
                        "kind": {"enum": ["a", "b"]}}}}})")
                        .object(),
                &error);
        if (!s)
            std::abort();
        return s;
    }();
    switch (data[0] % 5) {
    case 0: {
        const OutputSchema::Check c = fixed->check(QString::fromUtf8(bytes));
        if (c.ok() != (c.value.has_value() && c.problems.isEmpty()))
            std::abort();
        if (c.value)
            AnswerJson::inserted(AnswerJson::pick(
                    *c.value,
                    {QStringLiteral("items"), QStringLiteral("0"), QStringLiteral("name")}));
        break;
    }
    case 1: {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        OutputSchema::Error error;
        if (const auto s = OutputSchema::compile(doc.object(), &error)) {
            s->problemsOf(s->instance());
            s->declares({QStringLiteral("a"), QStringLiteral("0")});
        } else if (error.message.isEmpty()) {
            std::abort(); // a refusal always says why
        }
        break;
    }
    case 2: {
        QString error;
        if (!ModelCatalog::fromJson(bytes, &error) && error.isEmpty())
            std::abort();
        break;
    }
    case 3: {
        CheckParser parser([](const QJsonValue &value, const QString &) {
            OutputSchema::Error e;
            return value.isObject() ? OutputSchema::compile(value.toObject(), &e) : nullptr;
        });
        QList<CheckParser::Problem> problems;
        const auto checks = parser.parse(QJsonDocument::fromJson(bytes).object(), &problems);
        for (const CheckParser::Problem &p : std::as_const(problems))
            if (p.message.isEmpty())
                std::abort(); // every mistake says why
        if (checks) {
            CheckInput in;
            in.output = QString::fromUtf8(bytes);
            in.json = CheckInput::jsonOf(in.output, QJsonValue(QJsonValue::Undefined));
            for (const Check &c : checks->checks)
                if (CheckEvaluator::isImmediate(c)
                    && CheckEvaluator::evaluate(c, in).reason.isEmpty())
                    std::abort();
        }
        break;
    }
    default: {
        const qsizetype half = bytes.size() / 2;
        const QString a = QString::fromUtf8(bytes.left(half));
        const QString b = QString::fromUtf8(bytes.mid(half));
        if (!RunDiff::unifiedDiff(a, a).isEmpty()
            || (a != b && RunDiff::unifiedDiff(a, b).isEmpty()))
            std::abort();
        QString error;
        const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
        if (const auto diff = RunDiff::compare(doc, doc, &error)) {
            if (diff->differing() != 0)
                std::abort(); // a run never differs from itself
            RunDiff::text(*diff);
            RunDiff::json(*diff);
        }
        if (HtmlWriter::escape(a).contains(u'<'))
            std::abort();
        break;
    }
    }
    return 0;
}
