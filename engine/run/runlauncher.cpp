// SPDX-License-Identifier: GPL-3.0-or-later
#include "runlauncher.h"

#include "ai/networkpool.h"

#include "ai/providerfactory.h"
#include "ai/requestbuilder.h"
#include "cache/cachekey.h"
#include "config/configloader.h"
#include "journal.h"
#include "last/lastreader.h"
#include "requestpreview.h"
#include "run.h"
#include "runregistry.h"
#include "util/atomicfile.h"
#include "workers/workerpool.h"

#include <QFileInfo>

namespace altrunner {

QStringList RunLauncher::preflight(RunRequest &request)
{
    QStringList errors = ConfigLoader::check(request.config);
    if (!errors.isEmpty())
        return errors;
    const bool needsAi = std::any_of(request.alt->tasks.cbegin(), request.alt->tasks.cend(),
                                     [](const AltTask &t) { return t.kind == TaskKind::Ai; });
    QString error;
    if (needsAi && !createProvider(request.config, &error))
        errors.append(error);
    // A private CA that cannot be read would make every https request fail one by one.
    if (needsAi && request.config.provider != ProviderKind::Mock
        && !NetworkPool::tlsConfiguration(request.config.aiCaFile, &error))
        errors.append(error);
    if (!ensureWritableDir(request.config.outputDir, &error))
        errors.append(error);
    if (!request.options.pricing) {
        const QString pricingPath = Pricing::effectivePath(request.config.pricingPath);
        if (!pricingPath.isEmpty()) {
            if (auto pricing = Pricing::load(pricingPath, &error))
                request.options.pricing = std::make_shared<const Pricing>(std::move(*pricing));
            else
                errors.append(error);
        }
    }
    if (!request.options.models) {
        error.clear();
        request.options.models = ModelCatalog::forConfig(request.config.modelsPath, &error);
        if (!error.isEmpty())
            errors.append(error);
    }
    if (request.options.models)
        errors += RequestBuilder(*request.alt, request.config, QString(), request.options.mode,
                                 request.options.persona, request.options.models)
                          .routeProblems();
    if (const QString problem
        = costBudgetProblem(request.config, *request.alt, request.options.pricing != nullptr);
        !problem.isEmpty())
        errors.append(problem);
    // One clear message for a service that is not there at all, rather than every task
    // retrying against nothing.
    request.options.checkAiService = true;
    if (errors.isEmpty() && needsAi && !request.config.workersUrl.isEmpty()
        && !request.options.provider) {
        // The AI calls go to workers (docs/distributed.md); this process asks no AI service.
        std::shared_ptr<WorkerPool> pool = WorkerPool::forUrl(request.config.workersUrl, &error);
        if (!pool) {
            errors.append(error);
            return errors;
        }
        request.options.provider
                = [pool, models = request.options.models, width = request.config.maxConcurrentTasks,
                   resumed = request.options.resume.has_value()](const EngineConfig &config) {
                      return pool->provider(config, models, width, resumed);
                  };
    }
    return errors;
}

QString RunLauncher::costBudgetProblem(const EngineConfig &config, const AltFile &alt, bool priced)
{
    const bool needsAi = std::any_of(alt.tasks.cbegin(), alt.tasks.cend(),
                                     [](const AltTask &t) { return t.kind == TaskKind::Ai; });
    if (!config.budget.cost || priced || config.provider == ProviderKind::Mock || !needsAi)
        return {};
    return tr("a cost budget (--max-cost, ALTRUNNER_MAX_COST) needs a pricing file "
              "(--pricing, ALTRUNNER_PRICING or %1) that prices the model")
            .arg(Pricing::userPricingPath());
}

std::optional<RunLauncher::Rerun> RunLauncher::rerunFailed(RunRequest &request,
                                                           const QString &lastPath, QString *error)
{
    auto carry = LastReader::completedResults(lastPath, *request.alt, error);
    if (!carry)
        return std::nullopt;
    const int changed = dropChanged(request, carry->completed);
    request.options.carriedResults = carry->completed;
    request.options.carriedFromExecutionId = carry->executionId;
    return Rerun {carry->executionId, int(carry->completed.size()),
                  int(request.alt->tasks.size() - carry->completed.size()), changed};
}

QSet<QString> RunLauncher::downstreamOf(const AltFile &alt, const QStringList &fromTasks,
                                        QString *error)
{
    QList<QList<int>> dependents(alt.tasks.size());
    for (qsizetype v = 0; v < alt.tasks.size(); ++v) {
        for (int d : alt.tasks.at(v).dependencies)
            dependents[d].append(int(v));
    }
    QList<int> stack;
    QStringList unknown;
    for (const QString &id : fromTasks) {
        const int i = alt.indexOf(id.trimmed());
        if (i < 0)
            unknown.append(id.trimmed());
        else
            stack.append(i);
    }
    if (!unknown.isEmpty() || stack.isEmpty()) {
        if (error)
            *error = unknown.isEmpty()
                    ? tr("no task named to re-run from")
                    : tr("no task '%1' in %2").arg(unknown.join(QStringLiteral("', '")), alt.id);
        return {};
    }
    QSet<QString> out;
    QList<bool> seen(alt.tasks.size(), false);
    while (!stack.isEmpty()) {
        const int v = stack.takeLast();
        if (seen[v])
            continue;
        seen[v] = true;
        out.insert(alt.tasks.at(v).id);
        stack.append(dependents.at(v));
    }
    return out;
}

std::optional<RunLauncher::Rerun> RunLauncher::rerunFrom(RunRequest &request,
                                                         const QString &lastPath,
                                                         const QStringList &fromTasks,
                                                         QString *error)
{
    const QSet<QString> again = downstreamOf(*request.alt, fromTasks, error);
    if (again.isEmpty())
        return std::nullopt;
    auto carry = LastReader::completedResults(lastPath, *request.alt, error);
    if (!carry)
        return std::nullopt;
    for (const QString &id : again)
        carry->completed.remove(id);
    const int changed = dropChanged(request, carry->completed);
    request.options.carriedResults = carry->completed;
    request.options.carriedFromExecutionId = carry->executionId;
    request.options.askAfresh = again;
    request.options.rerunFrom = fromTasks;
    return Rerun {carry->executionId, int(carry->completed.size()),
                  int(request.alt->tasks.size() - carry->completed.size()), changed};
}

int RunLauncher::dropChanged(const RunRequest &request, QHash<QString, QJsonObject> &completed)
{
    // A completed answer is kept only if its request, asked again now with the kept answers
    // it reads, is the one that got it (metadata.request_key), and what it depends on is kept:
    // a changed prompt runs again, and so does everything downstream of it.
    const AltFile &alt = *request.alt;
    // Asked as the run would ask it: to the model its alias names now.
    RunOptions routed = request.options;
    if (!routed.models) {
        QString ignored; // a models file that cannot be used stops the run itself, later
        routed.models = ModelCatalog::forConfig(request.config.modelsPath, &ignored);
    }
    RequestPreview preview(alt, request.config, routed);
    int changed = 0;
    for (int i : preview.order()) {
        const AltTask &t = alt.tasks.at(i);
        const auto it = completed.find(t.id);
        if (it == completed.end())
            continue;
        const QString key = it->value(QStringLiteral("metadata"))[u"request_key"].toString();
        const std::optional<AiRequest> now = preview.request(i); // null: a dependency not kept
        bool keep = now.has_value();
        if (keep && t.kind == TaskKind::Ai && !key.isEmpty()) {
            keep = QString::fromLatin1(CacheKey::of(*now, request.config).key) == key;
            changed += !keep;
        }
        keep = keep && std::all_of(t.dependencies.cbegin(), t.dependencies.cend(), [&](int d) {
                   return completed.contains(alt.tasks.at(d).id);
               });
        if (keep)
            preview.know(i, it->value(QStringLiteral("output")).toObject());
        else
            completed.erase(it);
    }
    return changed;
}

std::optional<RunRequest> RunLauncher::resume(const QString &journalPath, EngineConfig config,
                                              bool outputDirChosen, QString *error)
{
    auto plan = Journal::resumePlan(journalPath, error);
    if (!plan)
        return std::nullopt;
    if (!outputDirChosen)
        config.outputDir = QFileInfo(journalPath).absolutePath();
    if (!config.budget.isSet())
        config.budget = plan->budget; // the run's own, unless the caller chose another
    return RunRequest {plan->alt, plan->options, std::move(config)};
}

RunLauncher::Started RunLauncher::start(RunRegistry &registry, RunRequest request)
{
    Started s;
    s.errors = preflight(request);
    if (!s.errors.isEmpty())
        return s;
    s.run = registry.start(request.alt, request.options, request.config);
    if (!s.run) {
        s.busy = true;
        s.errors.append(tr("too many runs at once (the limit is %1); try again when one has "
                           "finished")
                                .arg(registry.maxActiveRuns()));
    }
    return s;
}

} // namespace altrunner
