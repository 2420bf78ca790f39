// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlreader.h"

#include "jsonlocator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml.h>

#include <cmath>
#include <memory>

namespace altrunner {

namespace {

YamlReader::Position positionOf(const yaml_mark_t &mark)
{
    return {int(mark.line) + 1, int(mark.column) + 1};
}

// A plain (unquoted) scalar as YAML 1.1 resolves it, which is what the segmentation service's
// PyYAML writes and reads: null, booleans (yes/no and on/off included), integers, floats.
QJsonValue plainScalar(const QString &s)
{
    static const QRegularExpression integer(QStringLiteral("^[-+]?(0|[1-9][0-9_]*)$"));
    static const QRegularExpression hex(QStringLiteral("^0x[0-9a-fA-F_]+$"));
    static const QRegularExpression real(
            QStringLiteral("^[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+][0-9]+)?$|"
                           "^[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+$"));
    if (s.isEmpty() || s == u"~" || s == u"null" || s == u"Null" || s == u"NULL")
        return QJsonValue::Null;
    for (const char *t : {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"}) {
        if (s == QLatin1StringView(t))
            return true;
    }
    for (const char *f : {"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"}) {
        if (s == QLatin1StringView(f))
            return false;
    }
    QString digits = s;
    digits.remove(u'_');
    bool ok = false;
    if (integer.match(s).hasMatch()) {
        const double d = digits.toDouble(&ok);
        if (ok)
            return d;
    }
    if (hex.match(s).hasMatch()) {
        const qlonglong v = digits.mid(2).toLongLong(&ok, 16);
        if (ok)
            return double(v);
    }
    if (real.match(s).hasMatch() && s != u"." && s != u"-." && s != u"+.") {
        const double d = digits.toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return s;
}

bool isCoreTag(const char *tag)
{
    if (!tag)
        return true;
    const QByteArrayView t(tag);
    for (const char *core : {"str", "int", "float", "bool", "null", "map", "seq"}) {
        if (t == QByteArray(QByteArray("tag:yaml.org,2002:") + core))
            return true;
    }
    return t == "!"; // the non-specific tag of a quoted scalar
}

struct Frame
{
    bool isMap = false;
    QString pointer;
    QJsonObject map;
    QJsonArray seq;
    QHash<QString, YamlReader::Position> keys; // where each key of a map was first seen
    std::optional<QString> pendingKey; // a map's key waiting for its value
    YamlReader::Position keyAt;
};

} // namespace

YamlReader::Position YamlReader::positionOf(const QHash<QString, Position> &positions,
                                            QString pointer)
{
    while (true) {
        if (const auto it = positions.constFind(pointer); it != positions.cend())
            return *it;
        if (pointer.isEmpty())
            return {};
        pointer.truncate(std::max<qsizetype>(0, pointer.lastIndexOf(u'/')));
    }
}

YamlReader::Result YamlReader::read(const QByteArray &text, int maxDepth, qsizetype maxValues)
{
    Result result;
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        result.problems.append({{}, tr("cannot start the YAML parser")});
        return result;
    }
    const std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t *)> guard(&parser,
                                                                          yaml_parser_delete);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(text.constData()),
                                 size_t(text.size()));
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);

    QList<Frame> stack;
    std::optional<QJsonValue> root;
    qsizetype values = 0;
    int documents = 0;
    auto problem = [&](const yaml_mark_t &mark, const QString &message) {
        result.problems.append({::altrunner::positionOf(mark), message});
    };
    // Where the next value goes: its pointer, or empty with `ok` false when it cannot go anywhere.
    auto place = [&](QJsonValue value, const yaml_mark_t &mark, bool isKeyCandidate) -> bool {
        if (stack.isEmpty()) {
            root = std::move(value);
            result.positions.insert(QString(), ::altrunner::positionOf(mark));
            return true;
        }
        Frame &top = stack.last();
        if (!top.isMap) {
            result.positions.insert(top.pointer + u'/' + QString::number(top.seq.size()),
                                    ::altrunner::positionOf(mark));
            top.seq.append(value);
            return true;
        }
        if (!top.pendingKey) {
            if (!isKeyCandidate || !value.isString()) {
                problem(mark, tr("a mapping key must be a plain string"));
                return false;
            }
            const QString key = value.toString();
            if (const auto first = top.keys.constFind(key); first != top.keys.cend()) {
                problem(mark,
                        tr("duplicate key '%1' (first at line %2)").arg(key).arg(first->line));
                return false;
            }
            top.keys.insert(key, ::altrunner::positionOf(mark));
            top.pendingKey = key;
            top.keyAt = ::altrunner::positionOf(mark);
            return true;
        }
        result.positions.insert(top.pointer + u'/'
                                        + JsonLocator::escapePointerToken(*top.pendingKey),
                                ::altrunner::positionOf(mark));
        top.map.insert(*top.pendingKey, value);
        top.pendingKey.reset();
        return true;
    };
    auto childPointer = [&]() -> QString {
        if (stack.isEmpty())
            return QString();
        const Frame &top = stack.last();
        if (!top.isMap)
            return top.pointer + u'/' + QString::number(top.seq.size());
        return top.pointer + u'/'
                + JsonLocator::escapePointerToken(top.pendingKey.value_or(QString()));
    };

    bool done = false;
    while (!done && result.problems.size() < 50) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            const QString what = QString::fromUtf8(parser.problem ? parser.problem : "error");
            const QString context = parser.context ? QString::fromUtf8(parser.context) : QString();
            // Input that ends inside something (a quoted scalar, a flow list) is best shown
            // where that something starts, as the JSON reader does for an open string.
            const bool endedInside = what.contains(u"end of stream") && parser.context;
            result.problems.append({::altrunner::positionOf(endedInside ? parser.context_mark
                                                                        : parser.problem_mark),
                                    context.isEmpty()
                                            ? tr("YAML syntax: %1").arg(what)
                                            : tr("YAML syntax: %1 %2").arg(what, context)});
            break;
        }
        const std::unique_ptr<yaml_event_t, void (*)(yaml_event_t *)> eventGuard(&event,
                                                                                 yaml_event_delete);
        const yaml_mark_t &mark = event.start_mark;
        if (++values > maxValues) {
            problem(mark, tr("too many values: more than %1").arg(maxValues));
            break;
        }
        switch (event.type) {
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        case YAML_DOCUMENT_START_EVENT:
            if (++documents > 1) {
                problem(mark, tr("more than one YAML document: an ALT file is one document"));
                done = true;
            }
            break;
        case YAML_ALIAS_EVENT:
            problem(mark,
                    tr("YAML aliases (*%1) are not supported: write the value out")
                            .arg(QString::fromUtf8(
                                    reinterpret_cast<const char *>(event.data.alias.anchor))));
            done = true; // nothing after it can be trusted to mean what it says
            break;
        case YAML_SCALAR_EVENT:
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            const unsigned char *anchor = event.type == YAML_SCALAR_EVENT ? event.data.scalar.anchor
                    : event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor
                                                              : event.data.mapping_start.anchor;
            const unsigned char *tag = event.type == YAML_SCALAR_EVENT ? event.data.scalar.tag
                    : event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.tag
                                                              : event.data.mapping_start.tag;
            if (anchor) {
                problem(mark,
                        tr("YAML anchors (&%1) are not supported: write the value out")
                                .arg(QString::fromUtf8(reinterpret_cast<const char *>(anchor))));
                done = true;
                break;
            }
            if (!isCoreTag(reinterpret_cast<const char *>(tag))) {
                problem(mark,
                        tr("YAML tag %1 is not supported")
                                .arg(QString::fromUtf8(reinterpret_cast<const char *>(tag))));
                done = true;
                break;
            }
            if (event.type == YAML_SCALAR_EVENT) {
                const QString s
                        = QString::fromUtf8(reinterpret_cast<const char *>(event.data.scalar.value),
                                            qsizetype(event.data.scalar.length));
                const bool plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE && !tag;
                QJsonValue v = plain ? plainScalar(s) : QJsonValue(s);
                if (tag && QByteArrayView(reinterpret_cast<const char *>(tag)) != "!"
                    && QByteArrayView(reinterpret_cast<const char *>(tag))
                            != "tag:yaml.org,2002:str")
                    v = plainScalar(s);
                const bool isKey
                        = !stack.isEmpty() && stack.last().isMap && !stack.last().pendingKey;
                if (!place(isKey ? QJsonValue(s) : v, mark, true))
                    done = true;
                break;
            }
            if (stack.size() >= maxDepth) {
                problem(mark, tr("nesting deeper than %1 levels").arg(maxDepth));
                done = true;
                break;
            }
            if (!stack.isEmpty() && stack.last().isMap && !stack.last().pendingKey) {
                problem(mark, tr("a mapping key must be a plain string"));
                done = true;
                break;
            }
            Frame f;
            f.isMap = event.type == YAML_MAPPING_START_EVENT;
            f.pointer = childPointer();
            result.positions.insert(f.pointer, ::altrunner::positionOf(mark));
            stack.append(std::move(f));
            break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: {
            Frame f = stack.takeLast();
            const QJsonValue v = f.isMap ? QJsonValue(f.map) : QJsonValue(f.seq);
            if (stack.isEmpty()) {
                root = v;
            } else {
                Frame &top = stack.last();
                if (top.isMap) {
                    top.map.insert(*top.pendingKey, v);
                    top.pendingKey.reset();
                } else {
                    top.seq.append(v);
                }
            }
            break;
        }
        default:
            break;
        }
    }
    if (result.problems.isEmpty()) {
        if (!root)
            result.problems.append({{}, tr("the file is empty")});
        else
            result.root = root;
    }
    return result;
}

} // namespace altrunner
