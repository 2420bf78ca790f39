// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/engineconfig.h"
#include "run/runoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace altrunner {

// What a POST /run body asks for (docs/rest-api.md "POST /run"), read without touching the
// server: the ALT file (its bytes, or the name of one in ALT_FILES_DIR), the run's options, a
// budget, models, a re-run. parse() checks every member's shape and says what is wrong; finding
// the named files and starting the run is the runs controller's.
struct RunPostRequest
{
    Q_DECLARE_TR_FUNCTIONS(altrunner::RunPostRequest)

public:
    QByteArray altBytes; // the ALT file itself (alt_file: a JSON string, or an object re-encoded)
    QString altFileId; // or the name of one in ALT_FILES_DIR (the gateway's altFileId)
    RunOptions options; // trigger "api", mode, persona, metadata, inline models
    BudgetLimits budget; // the limits the body sets; the others stay the server's
    QString modelsName; // a models file of the server's folder, by name
    QString model; // "model": a model name or an alias (--model)
    QString rerunOf; // the execution id of an earlier run of this file
    QStringList rerunFrom; // tasks asked again with what depends on them (needs rerunOf)

    struct Parsed;
    static Parsed parse(const QByteArray &contentType, const QByteArray &body);
    // `config` with what the body asked for in it: the budget's limits, the model.
    EngineConfig applyTo(EngineConfig config) const;
};

struct RunPostRequest::Parsed
{
    RunPostRequest request;
    int status = 0; // 0: parsed; else the HTTP status of `error` (400, 415)
    QString error;
    bool ok() const { return status == 0; }
};

} // namespace altrunner
