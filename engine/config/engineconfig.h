// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace altrunner {

// A run's limits (docs/engine.md "Budgets"): total tokens, and cost in the pricing file's
// currency. Unset: no limit.
struct BudgetLimits
{
    std::optional<qint64> tokens;
    std::optional<double> cost;

    bool isSet() const { return tokens || cost; }
    bool operator==(const BudgetLimits &) const = default;
};

enum class ProviderKind { Mock, Orchestrator, OpenAi };

QString providerName(ProviderKind kind);
std::optional<ProviderKind> parseProvider(const QString &text);

// When the result cache answers (docs/engine.md "Result cache").
enum class CacheMode {
    Auto, // reuse an identical request's answer when its temperature is <= 0.2 or it sets a seed
    Off, // neither read nor write
    Refresh, // ask afresh, and store
    Always, // reuse any identical request's answer
};
QString cacheModeName(CacheMode mode);
std::optional<CacheMode> parseCacheMode(const QString &text);

// Where AI requests go through (docs/engine.md "Proxies"): AI_PROXY (a URL, or "none" to go
// direct) over the environment's http_proxy, https_proxy, all_proxy and no_proxy (either case),
// as read when the configuration was made.
struct ProxySettings
{
    QString override; // AI_PROXY
    QString http;
    QString https;
    QString all;
    QString noProxy;
};

// Everything a run needs to know about its surroundings: where results go, which AI service to
// call and how. Filled from the environment (docs/engine.md's variable names), then from flags.
struct EngineConfig
{
    QString outputDir;
    ProviderKind provider = ProviderKind::Mock;
    QUrl aiServiceUrl;
    QString aiModel = QStringLiteral("default");
    QString aiApiKey; // never written anywhere
    double aiTimeoutSeconds = 60; // to the first byte of the answer when it streams
    bool aiStream = true; // AI_STREAM: ask OpenAI-compatible servers to stream the answer
    double aiStreamIdleSeconds = 30; // AI_STREAM_IDLE_SECONDS: the longest gap between chunks
    ProxySettings proxy;
    // AI_CA_FILE: PEM certificates trusted for https beside the system's (a private CA).
    QString aiCaFile;
    double taskTimeoutSeconds = 300;
    int maxConcurrentTasks = 4;
    // `altrunner-cli test --cache always` (docs/outputs.md "altrunner-cli test"): a request with
    // no stored answer is not sent but fails, saying so, so that a recorded suite replays with no
    // AI service at all.
    bool cacheReplayOnly = false;
    int aiMaxTokens = 1024; // AI_MAX_TOKENS: every AI request's max_tokens unless the task sets one
    // Per AI endpoint (docs/engine.md "Rate limits"); 0: none declared.
    int requestsPerMinute = 0; // AI_REQUESTS_PER_MINUTE, --rpm
    qint64 tokensPerMinute = 0; // AI_TOKENS_PER_MINUTE, --tpm
    // The pricing file (--pricing, ALTRUNNER_PRICING); empty: the per-user one if it exists.
    QString pricingPath;
    // The models file (--models, ALTRUNNER_MODELS); empty: the per-user one if it exists
    // (docs/outputs.md "Models, aliases and fallbacks").
    QString modelsPath;
    // Where the REST API finds models files by name (ALTRUNNER_MODELS_DIR); empty: "models" in
    // the per-user config folder.
    QString modelsDir;
    // --model (or the REST body's "model") was given: with a models file, it names the alias
    // every task asks, over the tasks' and the file's own.
    bool modelChosen = false;
    // AI_SCHEMA_MODE=prompt: the schema always goes in the system message with json_object, for
    // servers that reject json_schema (docs/outputs.md "Output contracts").
    bool schemaInPrompt = false;
    // AI_REPAIR_ATTEMPTS: repair_attempts of tasks that do not set it.
    int repairAttempts = 2;
    // ALTRUNNER_MAX_TOKENS_TOTAL, ALTRUNNER_MAX_COST, --max-tokens-total, --max-cost, the REST
    // body's "budget", the window's run settings.
    BudgetLimits budget;
    // The result cache: ALTRUNNER_CACHE / --cache, and its folder (ALTRUNNER_CACHE_DIR; empty:
    // the per-user data folder).
    CacheMode cacheMode = CacheMode::Auto;
    QString cacheDir;
    bool fallbackToMock = false;
    int mockLatencyMs = 150;
    QString apiToken;
    // Where the ALT_LAS gateway's altFileId names ALT files (ALT_FILES_DIR); empty: none.
    QString altFilesDir;
    // The ALT_LAS archive service (docs/engine.md "The archive service"): NATS_URL (empty: off),
    // NATS_SUBJECT, and ARCHIVE_PATH_PREFIX, which replaces OUTPUT_DIR in published paths.
    QString natsUrl;
    QString natsSubject = QStringLiteral("last.files");
    QString archivePathPrefix;
    // Workers on NATS JetStream (docs/distributed.md): ALTRUNNER_WORKERS, --workers, the
    // window's "Run on workers"; empty: the run makes its own AI calls.
    QString workersUrl;

    static QString defaultOutputDir();
};

} // namespace altrunner
