// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/review/reviewfindings.h"

#include "model/resultsjson.h"
#include "model/runstore.h"
#include "model/simulationinput.h"

#include "simulation/simulator.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace oi::review {

void chooseScenarios(const model::Project &project, QString *asIs, QString *toBe)
{
    asIs->clear();
    toBe->clear();
    if (project.scenarios.empty())
        return;
    *asIs = project.scenario(QStringLiteral("as-is")) ? QStringLiteral("as-is") : project.scenarios.front().id;
    *toBe = project.scenario(QStringLiteral("to-be")) ? QStringLiteral("to-be") : project.scenarios.back().id;
}

namespace {

std::shared_ptr<const sim::Results> storedRun(const std::vector<model::RunRecord> &runs, const QString &scenario)
{
    for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
        if (it->scenario != scenario)
            continue;
        auto results = std::make_shared<sim::Results>();
        QString error;
        if (model::resultsFromJson(QJsonDocument::fromJson(it->resultsJson.toUtf8()).object(), results.get(), &error)
            && results->ok)
            return results;
    }
    return nullptr;
}

std::shared_ptr<const sim::Results> simulateScenario(const model::Project &project, const QString &scenario)
{
    QString error;
    auto input = model::toSimulationInput(project, scenario, &error);
    if (!input)
        return nullptr;
    auto results = std::make_shared<sim::Results>(sim::simulate(*input));
    results->scenario = scenario.toStdString();
    return results->ok ? results : nullptr;
}

} // namespace

ReviewFindings findings(const model::Project &project, const QString &fileName, bool simulate)
{
    ReviewFindings f;
    chooseScenarios(project, &f.asIs, &f.toBe);
    if (QFileInfo(fileName).suffix().compare(u"oistudio", Qt::CaseInsensitive) == 0) {
        const std::vector<model::RunRecord> runs = model::listRuns(fileName);
        f.asIsResults = storedRun(runs, f.asIs);
        f.toBeResults = storedRun(runs, f.toBe);
    }
    if (!simulate || project.processes.empty())
        return f;
    if (!f.asIsResults) {
        f.asIsResults = simulateScenario(project, f.asIs);
        f.simulated = true;
    }
    if (!f.toBeResults) {
        f.toBeResults = f.toBe == f.asIs ? f.asIsResults : simulateScenario(project, f.toBe);
        f.simulated = true;
    }
    if (f.toBeResults) {
        model::Advice advice = model::advise(project, f.toBe);
        if (advice.ok)
            f.advice = std::move(advice);
    }
    return f;
}

} // namespace oi::review
