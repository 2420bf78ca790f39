// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "lastheader.h"
#include "model/taskrecord.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace altrunner {

// Turns a finished run into a LAST document (docs/formats.md) and writes it atomically.
class LastWriter final
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::LastWriter)

public:
    // Streams the document to `sink` in pieces of about a megabyte; false if the sink failed.
    static bool write(const AltFile &alt, const QList<TaskRecord> &records,
                      const LastHeader &header, const std::function<bool(QByteArrayView)> &sink);
    static QByteArray serialize(const AltFile &alt, const QList<TaskRecord> &records,
                                const LastHeader &header);
    // Writes OUTPUT_DIR/last_<id>.json atomically; returns its path, or empty with `error` set.
    static QString writeFile(const QString &outputDir, const AltFile &alt,
                             const QList<TaskRecord> &records, const LastHeader &header,
                             QString *error);
    static QString fileName(const QString &executionId);
    // One task's result as the LAST file has it (what POST .../approvals/... answers with).
    static QJsonObject taskResult(const AltFile &alt, int task, const TaskRecord &record,
                                  const QString &executionId);
    static QString summary(const QList<TaskRecord> &records, qint64 elapsedMs);
};

} // namespace altrunner
