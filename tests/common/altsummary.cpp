// SPDX-License-Identifier: GPL-3.0-or-later
#include "altsummary.h"

#include <QJsonDocument>

namespace altrunner::test {

QStringList summarize(const AltLoader::Result &result)
{
    QStringList lines;
    for (const Diagnostic &d : result.diagnostics)
        lines.append(d.toText());
    if (!result.ok())
        return lines;
    const AltFile &f = *result.file;
    lines.append(QStringList {
            f.id, f.version, f.createdAt, f.title, f.description, modeName(f.mode),
            f.persona.value_or(QStringLiteral("<none>")), priorityName(f.priority),
            f.tags.join(u'|'),
            QString::fromUtf8(QJsonDocument(f.metadata).toJson(QJsonDocument::Compact))}
                         .join(u'\t'));
    for (const AltTask &t : f.tasks) {
        QStringList deps;
        for (int d : t.dependencies)
            deps.append(QString::number(d));
        lines.append(QStringList {
                t.id, t.description, deps.join(u','),
                QString::fromUtf8(QJsonDocument(t.parameters).toJson(QJsonDocument::Compact)),
                t.kind == TaskKind::Ai ? QStringLiteral("ai") : QStringLiteral("noop"),
                t.timeoutSeconds ? QString::number(*t.timeoutSeconds, 'g', 17)
                                 : QStringLiteral("-"),
                QString::number(t.retryCount), priorityName(t.priority), t.prompt,
                QString::number(t.durationMs)}
                             .join(u'\t'));
    }
    return lines;
}

LoadLimits piecewiseLimits(LoadLimits limits)
{
    limits.piecewiseAboveBytes = 0;
    limits.tasksPerPiece = 1;
    return limits;
}

} // namespace altrunner::test
