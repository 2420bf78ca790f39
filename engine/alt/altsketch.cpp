// SPDX-License-Identifier: GPL-3.0-or-later
#include "altsketch.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace altrunner {

namespace {

constexpr qint64 kMaxSketchBytes = 64LL * 1024 * 1024;

// Drops the dependencies that close a cycle (the back edges of a depth-first walk), so what is
// left can be laid out in layers.
void breakCycles(QList<AltTask> &tasks)
{
    enum Mark : quint8 { New, Open, Done };
    QList<Mark> mark(tasks.size(), New);
    for (qsizetype root = 0; root < tasks.size(); ++root) {
        if (mark.at(root) != New)
            continue;
        QList<std::pair<int, qsizetype>> stack {{int(root), 0}};
        mark[root] = Open;
        while (!stack.isEmpty()) {
            auto &[v, next] = stack.last();
            QList<int> &deps = tasks[v].dependencies;
            if (next >= deps.size()) {
                mark[v] = Done;
                stack.removeLast();
                continue;
            }
            const int d = deps.at(next);
            if (mark.at(d) == Open) {
                deps.removeAt(next); // a back edge: the cycle is cut here
            } else {
                ++next;
                if (mark.at(d) == New) {
                    mark[d] = Open;
                    stack.append({d, 0});
                }
            }
        }
    }
}

} // namespace

AltSketch AltSketch::of(const QString &path, const Diagnostics &diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxSketchBytes) {
        AltSketch s;
        s.note = tr("The graph cannot be drawn: the file cannot be read whole.");
        return s;
    }
    AltSketch s = ofBytes(file.readAll(), diagnostics);
    if (s.file)
        s.file->sourcePath = path;
    return s;
}

AltSketch AltSketch::ofBytes(const QByteArray &bytes, const Diagnostics &diagnostics)
{
    AltSketch s;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    const QJsonValue tasks = document.object().value(QStringLiteral("tasks"));
    if (error.error != QJsonParseError::NoError || !tasks.isArray()) {
        s.note = error.error != QJsonParseError::NoError
                ? tr("The graph cannot be drawn until the file can be read; the problems "
                     "below say where it cannot.")
                : tr("The graph cannot be drawn: the file has no list of tasks.");
        return s;
    }
    AltFile alt;
    const QJsonObject root = document.object();
    alt.id = root.value(QStringLiteral("id")).toString();
    alt.title = root.value(QStringLiteral("title")).toString(alt.id);
    const QJsonArray list = tasks.toArray();
    QHash<QString, int> byId;
    QList<QStringList> wanted;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        AltTask t;
        t.id = o.value(QStringLiteral("id")).toString();
        if (t.id.isEmpty() || byId.contains(t.id))
            t.id = QStringLiteral("#%1 %2").arg(i + 1).arg(t.id).trimmed();
        t.description = o.value(QStringLiteral("description")).toString();
        byId.insert(t.id, int(i));
        QStringList deps;
        for (const QJsonValue &d : o.value(QStringLiteral("dependencies")).toArray())
            deps.append(d.toString());
        wanted.append(deps);
        alt.tasks.append(t);
    }
    for (qsizetype i = 0; i < alt.tasks.size(); ++i) {
        for (const QString &id : std::as_const(wanted.at(i))) {
            const int d = byId.value(id, -1);
            if (d >= 0 && d != i && !alt.tasks.at(i).dependencies.contains(d))
                alt.tasks[i].dependencies.append(d);
        }
    }
    breakCycles(alt.tasks);
    static const QString prefix = QStringLiteral("/tasks/");
    for (const Diagnostic &d : diagnostics) {
        if (!d.pointer.startsWith(prefix))
            continue;
        bool ok = false;
        const int index = d.pointer.mid(prefix.size()).section(u'/', 0, 0).toInt(&ok);
        if (ok && index >= 0 && index < alt.tasks.size())
            s.problemTasks.insert(index);
    }
    s.note = tr("This file cannot run until its problems are fixed; the tasks they concern are "
                "marked.");
    s.file = std::move(alt);
    return s;
}

} // namespace altrunner
