// SPDX-License-Identifier: GPL-3.0-or-later
#include "altloader.h"

#include "jsonscanner.h"
#include "segmentation.h"
#include "validator.h"
#include "yamlreader.h"

#include "jsonlocator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace altrunner {

namespace {

// Offset of the first byte that is not part of well-formed UTF-8, or -1.
qsizetype findInvalidUtf8(const QByteArray &bytes, qsizetype start)
{
    const auto *s = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = start;
    while (i < n) {
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len;
        uint cp;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        const bool overlong
                = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

QString describeParseError(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return AltLoader::tr("JSON syntax: unterminated object (a missing ',' or '}'?)");
    case QJsonParseError::MissingNameSeparator:
        return AltLoader::tr("JSON syntax: expected ':' after a member name");
    case QJsonParseError::UnterminatedArray:
        return AltLoader::tr("JSON syntax: unterminated array (a missing ',' or ']'?)");
    case QJsonParseError::MissingValueSeparator:
        return AltLoader::tr("JSON syntax: expected ',' between values");
    case QJsonParseError::IllegalValue:
        return AltLoader::tr("JSON syntax: illegal value");
    case QJsonParseError::TerminationByNumber:
        return AltLoader::tr("JSON syntax: the input ends inside a number");
    case QJsonParseError::IllegalNumber:
        return AltLoader::tr("JSON syntax: illegal number");
    case QJsonParseError::IllegalEscapeSequence:
        return AltLoader::tr("JSON syntax: illegal escape sequence in a string");
    case QJsonParseError::IllegalUTF8String:
        return AltLoader::tr("JSON syntax: invalid UTF-8 in a string");
    case QJsonParseError::UnterminatedString:
        return AltLoader::tr("JSON syntax: unterminated string");
    case QJsonParseError::MissingObject:
        return AltLoader::tr("JSON syntax: expected an object member name in double quotes "
                             "(a trailing comma?)");
    case QJsonParseError::DeepNesting:
        return AltLoader::tr("JSON syntax: nesting too deep");
    case QJsonParseError::DocumentTooLarge:
        return AltLoader::tr("JSON syntax: document too large");
    case QJsonParseError::GarbageAtEnd:
        return AltLoader::tr("JSON syntax: unexpected text after the end of the document");
    case QJsonParseError::NoError:
        break;
    }
    return AltLoader::tr("JSON syntax error");
}

Diagnostic makeError(const QString &file, const JsonLocator &locator, qsizetype offset,
                     const QString &message)
{
    Diagnostic d;
    d.file = file;
    const auto pos = locator.position(offset);
    d.line = pos.line;
    d.column = pos.column;
    d.message = message;
    return d;
}

} // namespace

AltLoader::Result AltLoader::loadFile(const QString &path, const LoadLimits &limits)
{
    Result result;
    auto fail = [&](const QString &message) {
        Diagnostic d;
        d.file = path;
        d.line = 1;
        d.column = 1;
        d.message = message;
        result.diagnostics.append(d);
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("cannot open the file: it does not exist"));
    if (info.isDir())
        return fail(tr("cannot open the file: it is a directory"));
    // Checked before reading, so a huge file costs no memory.
    if (info.size() > limits.maxFileBytes)
        return fail(tr("file too large: %1 bytes (the limit is %2 bytes)")
                            .arg(info.size())
                            .arg(limits.maxFileBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot open the file: %1").arg(file.errorString()));
    // Read what the size says plus one byte, to notice a file that grew past the limit meanwhile;
    // a pipe or device has no size, so read it in pieces up to the limit.
    QByteArray bytes;
    if (info.isFile() && info.size() > 0) {
        // Into a buffer of exactly that size: QIODevice::read(n) and QByteArray::resize() would
        // round a large one up to the next power of two.
        bytes = QByteArray(std::min(info.size(), limits.maxFileBytes) + 1, Qt::Uninitialized);
        const qint64 got = file.read(bytes.data(), bytes.size());
        bytes.resize(std::max<qint64>(got, 0));
    } else {
        while (bytes.size() <= limits.maxFileBytes) {
            const QByteArray piece = file.read(1 << 20);
            if (piece.isEmpty())
                break;
            bytes += piece;
        }
    }
    if (file.error() != QFileDevice::NoError)
        return fail(tr("cannot read the file: %1").arg(file.errorString()));
    Result loaded = loadBytes(bytes, path, limits);
    if (loaded.file)
        loaded.file->sourcePath = info.absoluteFilePath();
    return loaded;
}

Validator::Result AltLoader::validateSegmentation(const QJsonObject &root, const LoadLimits &limits)
{
    Segmentation::Mapped mapped = Segmentation::toAlt(root);
    Validator::Result validated = Validator(limits.maxTasks).validate(mapped.alt);
    for (qsizetype i = 0; i < validated.diagnostics.size(); ++i) {
        Diagnostic &d = validated.diagnostics[i];
        d.pointer = Segmentation::sourcePointer(d.pointer, root);
        d.message.replace(QStringLiteral(" at /tasks/"), QStringLiteral(" at /segments/"));
        mapped.diagnostics.append(d);
        mapped.anchors.append(Segmentation::sourcePointer(validated.anchors.at(i), root));
    }
    validated.diagnostics = std::move(mapped.diagnostics);
    validated.anchors = std::move(mapped.anchors);
    return validated;
}

AltLoader::Result AltLoader::loadYaml(const QByteArray &bytes, qsizetype start,
                                      const QString &displayName, const LoadLimits &limits)
{
    Result result;
    const YamlReader::Result yaml = YamlReader::read(bytes.mid(start), limits.maxDepth,
                                                     4 * qsizetype(limits.maxTasks) + 1000);
    auto diagnostic = [&](Diagnostic d, YamlReader::Position at) {
        d.file = displayName;
        d.line = at.line;
        d.column = at.column;
        result.diagnostics.append(d);
    };
    for (const YamlReader::Problem &p : yaml.problems) {
        Diagnostic d;
        d.message = p.message;
        diagnostic(d, p.at);
    }
    if (!yaml.root)
        return result;
    if (!yaml.root->isObject()) {
        Diagnostic d;
        d.message = tr("the top level must be a mapping of the ALT file's fields");
        diagnostic(d, {});
        return result;
    }
    const QJsonObject root = yaml.root->toObject();
    const bool segmentation = Segmentation::isSegmentation(root);
    Validator::Result validated = segmentation ? validateSegmentation(root, limits)
                                               : Validator(limits.maxTasks).validate(root);
    for (qsizetype i = 0; i < validated.diagnostics.size(); ++i)
        diagnostic(validated.diagnostics.at(i),
                   YamlReader::positionOf(yaml.positions, validated.anchors.at(i)));
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    if (!hasErrors(result.diagnostics)) {
        result.file = std::move(validated.file);
        result.file->format
                = segmentation ? QStringLiteral("segmentation-yaml") : QStringLiteral("alt-yaml");
    }
    return result;
}

AltLoader::Result AltLoader::loadBytes(const QByteArray &bytes, const QString &displayName,
                                       const LoadLimits &limits)
{
    Result result;
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const JsonLocator locator(bytes, start);
    auto fail = [&](qsizetype offset, const QString &message) {
        result.diagnostics.append(makeError(displayName, locator, offset, message));
        return result;
    };

    if (bytes.size() > limits.maxFileBytes)
        return fail(0,
                    tr("file too large: %1 bytes (the limit is %2 bytes)")
                            .arg(bytes.size())
                            .arg(limits.maxFileBytes));
    if (const qsizetype bad = findInvalidUtf8(bytes, start); bad >= 0)
        return fail(bad,
                    tr("the file is not valid UTF-8 (byte 0x%1)")
                            .arg(uchar(bytes.at(bad)), 2, 16, QLatin1Char('0')));
    if (QByteArrayView(bytes).sliced(start).trimmed().isEmpty())
        return fail(start, tr("the file is empty: an ALT file is a JSON object"));
    // JSON opens with '{' (or '[', to be told the top level must be an object); anything else is
    // read as YAML, which the segmentation service writes by default.
    const QByteArrayView body = QByteArrayView(bytes).sliced(start).trimmed();
    if (body.front() != '{' && body.front() != '[')
        return loadYaml(bytes, start, displayName, limits);
    if (const qsizetype deep = JsonScanner::findExcessiveNesting(bytes, limits.maxDepth); deep >= 0)
        return fail(deep, tr("nesting deeper than %1 levels").arg(limits.maxDepth));

    Validator::Result validated;
    bool chunked = false;
    if (bytes.size() - start > limits.piecewiseAboveBytes) {
        if (auto split = JsonScanner::splitMember(bytes, start, "tasks")) {
            QJsonParseError rootError;
            const QJsonDocument rootDoc = QJsonDocument::fromJson(split->root, &rootError);
            if (rootError.error == QJsonParseError::NoError && rootDoc.isObject()) {
                bool failed = false;
                qsizetype next = 0;
                Validator::TaskChunks chunks;
                chunks.total = split->elements.size();
                chunks.next = [&]() -> std::optional<QJsonArray> {
                    const qsizetype perPiece = std::max(1, limits.tasksPerPiece);
                    if (next >= split->elements.size())
                        return std::nullopt;
                    const qsizetype last = std::min(split->elements.size(), next + perPiece) - 1;
                    const qsizetype from = split->elements.at(next).first;
                    const QByteArray text
                            = '[' + bytes.mid(from, split->elements.at(last).second - from) + ']';
                    next = last + 1;
                    QJsonParseError chunkError;
                    const QJsonDocument chunkDoc = QJsonDocument::fromJson(text, &chunkError);
                    if (chunkError.error != QJsonParseError::NoError || !chunkDoc.isArray()) {
                        failed = true;
                        return std::nullopt;
                    }
                    return chunkDoc.array();
                };
                validated = Validator(limits.maxTasks).validate(rootDoc.object(), &chunks);
                chunked = !failed
                        && (next == split->elements.size() || !validated.diagnostics.isEmpty());
            }
        }
    }
    if (!chunked) {
        validated = {};
        QJsonParseError parseError;
        const QByteArray json
                = QByteArray::fromRawData(bytes.constData() + start, bytes.size() - start);
        QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            qsizetype offset = start + parseError.offset;
            // Qt reports an unterminated string where the input ends; its opening quote is where
            // the mistake is.
            if (parseError.error == QJsonParseError::UnterminatedString)
                offset = JsonScanner::unterminatedString(bytes, start).value_or(offset);
            return fail(offset, describeParseError(parseError.error));
        }
        if (!doc.isObject())
            return fail(start,
                        tr("the top level must be a JSON object, not %1")
                                .arg(doc.isArray() ? tr("an array") : tr("a scalar")));
        if (Segmentation::isSegmentation(doc.object())) {
            const QJsonObject root = doc.object();
            validated = validateSegmentation(root, limits);
            validated.file.format = QStringLiteral("segmentation-json");
        } else {
            validated = Validator(limits.maxTasks).validate(doc.object());
        }
    }

    // Resolve every anchor in one pass over the text.
    QSet<QString> wanted(validated.anchors.cbegin(), validated.anchors.cend());
    const QHash<QString, qsizetype> offsets = locator.locate(wanted);
    for (qsizetype i = 0; i < validated.diagnostics.size(); ++i) {
        Diagnostic &d = validated.diagnostics[i];
        d.file = displayName;
        const auto pos = locator.position(offsets.value(validated.anchors.at(i), start));
        d.line = pos.line;
        d.column = pos.column;
    }
    std::stable_sort(validated.diagnostics.begin(), validated.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    result.diagnostics = std::move(validated.diagnostics);
    result.readInPieces = chunked;
    if (!hasErrors(result.diagnostics))
        result.file = std::move(validated.file);
    return result;
}

} // namespace altrunner
