// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alt/altfile.h"
#include "config/engineconfig.h"
#include "model/runsnapshot.h"
#include "run/runoptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <memory>

namespace altrunner::test {

// A minimal valid ALT document with the given tasks.
QJsonObject altDocument(const QJsonArray &tasks);
// A task object; `params` may be empty.
QJsonObject task(const QString &id, const QStringList &dependencies = {},
                 const QJsonObject &params = {});
QJsonObject noop(const QString &id, const QStringList &dependencies = {}, int durationMs = 0);

// Writes `content` to `dir`/`name` and returns the path (a test checks what it reads back).
QString writeFile(const QString &dir, const QString &name, const QByteArray &content);

// Loads the document through the real loader; fails the test (and returns null) if it is invalid.
std::shared_ptr<const AltFile> load(const QJsonObject &document);

// A config for tests: mock provider with the given latency, output into `outputDir`, the result
// cache off.
EngineConfig testConfig(const QString &outputDir, int concurrency = 4, int mockLatencyMs = 10);

struct Finished
{
    RunResult result;
    QJsonObject last; // the LAST document as written
    // Every status change in the order it happened, "id:status" ("a:running", "a:retrying"):
    // filled by runLogged() only.
    QStringList events;
};

// Runs to the end (cancelling after `cancelAfterMs` if >= 0) and reads the LAST file back.
Finished runToEnd(std::shared_ptr<const AltFile> alt, const EngineConfig &config,
                  RunOptions options = {}, int cancelAfterMs = -1, int timeoutMs = 60000);

// The same on a scheduler in this thread, recording its event log (Finished::events): the
// order of what happened, not of the times written down.
Finished runLogged(std::shared_ptr<const AltFile> alt, const EngineConfig &config,
                   RunOptions options = {}, int timeoutMs = 60000);
// The events of `events` for `status` ("running"), as their task ids in order.
QStringList eventsOf(const QStringList &events, const QString &status);

// The environment the built altrunner-cli runs in under test: the mock provider with a short
// latency, results in `outputDir`, the per-user config and the result cache (off unless a test
// turns it on) in `dir`, and no AI settings leaking in from the shell; `extraEnv` ("K=V") last.
QProcessEnvironment cliEnvironment(const QString &dir, const QString &outputDir,
                                   const QStringList &extraEnv = {});

// What the built altrunner-cli did.
struct CliOutcome
{
    int exitCode = -1; // -2: it crashed; -1: it did not finish in time
    QString out;
    QString err;
};
// Runs the built altrunner-cli with `args`, keeping this process's event loop turning while it
// waits (an in-process server may be answering it).
CliOutcome runCli(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 120000);

#ifdef Q_OS_UNIX
// While it lives, no file this process writes can grow past `bytes` (RLIMIT_FSIZE; the write past
// it fails with EFBIG rather than raising SIGXFSZ): a full disk that no user escapes, not even
// root. POSIX only, so the cases that use it exist only there.
class ScopedFileSizeLimit final
{
    Q_DISABLE_COPY_MOVE(ScopedFileSizeLimit)

public:
    explicit ScopedFileSizeLimit(quint64 bytes);
    ~ScopedFileSizeLimit();
    bool isSet() const { return m_set; }

private:
    quint64 m_oldCurrent = 0;
    void (*m_oldHandler)(int) = nullptr;
    bool m_set = false;
};
#endif

} // namespace altrunner::test
