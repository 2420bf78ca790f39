// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: bytes from outside in output contracts (docs/outputs.md). The first byte
// picks what the rest is: an AI answer checked against a fixed schema (with a pattern, a $ref,
// an enum), a JSON Schema compiled (and its instance checked against it), or a models file.

#include "config/modelcatalog.h"
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
    switch (data[0] % 3) {
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
    default: {
        QString error;
        if (!ModelCatalog::fromJson(bytes, &error) && error.isEmpty())
            std::abort();
        break;
    }
    }
    return 0;
}
