// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/journeyoperations.h"

#include "editor/commands/undotext.h"
#include "editor/document/document.h"
#include "editor/journey/commands/changestep.h"
#include "editor/journey/commands/journeycommands.h"
#include "editor/journey/commands/stagecommands.h"
#include "editor/journey/commands/stepcommands.h"

#include "model/journeyinterchange.h"

#include <QSet>
#include <QUndoStack>

namespace oi::editor {

QString JourneyOperations::addJourney(Document *document, const QString &name, const QString &stageName)
{
    const model::Project &project = document->project();
    model::Journey journey;
    journey.id = document->uniqueJourneyId(QStringLiteral("journey-%1").arg(project.journeys.size() + 1));
    journey.name = name;
    if (!project.personas.empty())
        journey.persona = project.personas.front().id;
    journey.stages.push_back(model::Stage { QStringLiteral("stage-1"), stageName });
    auto *command = new AddJourney(document, journey);
    command->setText(tr("New Journey"));
    document->undoStack()->push(command);
    return journey.id;
}

void JourneyOperations::removeJourney(Document *document, const QString &journey)
{
    if (document->project().journey(journey))
        document->undoStack()->push(new RemoveJourney(document, journey));
}

QString JourneyOperations::addStage(Document *document, const QString &journey, const QString &name, int index)
{
    const model::Journey *j = document->project().journey(journey);
    if (!j)
        return {};
    const QString id = document->uniqueStageId(*j, QStringLiteral("stage-%1").arg(j->stages.size() + 1));
    document->undoStack()->push(new AddStage(document, journey, model::Stage { id, name }, index));
    return id;
}

void JourneyOperations::removeStages(Document *document, const QString &journey, const QStringList &stages)
{
    const model::Journey *j = document->project().journey(journey);
    if (!j || stages.isEmpty())
        return;
    QStringList steps;
    for (const model::Step &s : j->steps) {
        if (stages.contains(s.stage))
            steps.append(s.id);
    }
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(countedText("JourneyOperations", QT_TRANSLATE_NOOP("JourneyOperations", "Delete Stage"),
        QT_TRANSLATE_N_NOOP("JourneyOperations", "Delete %n Stages"), stages.size()));
    if (!steps.isEmpty())
        stack->push(new RemoveSteps(document, journey, steps));
    for (const QString &stage : stages)
        stack->push(new RemoveStage(document, journey, stage));
    stack->endMacro();
}

QString JourneyOperations::addStep(
    Document *document, const QString &journey, const QString &stage, int position, const QString &title)
{
    model::Step step;
    step.title = title;
    const QStringList ids = pasteSteps(document, journey, { step }, stage, position, tr("Add Step"));
    return ids.value(0);
}

QStringList JourneyOperations::duplicateSteps(Document *document, const QString &journey, const QStringList &steps)
{
    const model::Journey *j = document->project().journey(journey);
    if (!j)
        return {};
    std::vector<PlacedStep> copies;
    QSet<QString> reserved;
    QStringList ids;
    for (size_t i = 0; i < j->steps.size(); ++i) {
        if (!steps.contains(j->steps[i].id))
            continue;
        model::Step copy = j->steps[i];
        copy.id = document->uniqueStepId(copy.id, reserved);
        reserved.insert(copy.id);
        ids.append(copy.id);
        // Each copy lands right after its original; earlier copies shift later ones by one.
        copies.push_back({ copy, int(i) + int(copies.size()) + 1 });
    }
    if (!copies.empty()) {
        auto *command = new AddSteps(document, journey, std::move(copies));
        command->setText(countedText("JourneyOperations", QT_TRANSLATE_NOOP("JourneyOperations", "Duplicate Step"),
            QT_TRANSLATE_N_NOOP("JourneyOperations", "Duplicate %n Steps"), ids.size()));
        document->undoStack()->push(command);
    }
    return ids;
}

void JourneyOperations::deleteSteps(Document *document, const QString &journey, const QStringList &steps)
{
    auto *command = new RemoveSteps(document, journey, steps);
    document->undoStack()->push(command);
}

namespace {
QStringList existing(const QStringList &ids, auto exists)
{
    QStringList result;
    for (const QString &id : ids) {
        if (exists(id))
            result.append(id);
    }
    return result;
}
} // namespace

QStringList JourneyOperations::pasteSteps(Document *document, const QString &journey, std::vector<model::Step> steps,
    const QString &stage, int position, const QString &undoText)
{
    const model::Project &project = document->project();
    const model::Journey *j = project.journey(journey);
    if (!j || steps.empty())
        return {};
    const int at = stepInsertionIndex(*j, stage, position);
    std::vector<PlacedStep> placed;
    QSet<QString> reserved;
    QStringList ids;
    for (model::Step &step : steps) {
        step.id = document->uniqueStepId(step.id.isEmpty() ? QStringLiteral("step") : step.id, reserved);
        reserved.insert(step.id);
        ids.append(step.id);
        step.stage = stage;
        const auto role = [&](const QString &id) { return project.role(id) != nullptr; };
        step.frontRoles = existing(step.frontRoles, role);
        step.backRoles = existing(step.backRoles, role);
        step.processes = existing(
            step.processes, [&](const QString &id) { return project.process(id.section(u'/', 0, 0)) != nullptr; });
        step.requirements
            = existing(step.requirements, [&](const QString &id) { return project.requirement(id) != nullptr; });
        placed.push_back({ step, at + int(placed.size()) });
    }
    auto *command = new AddSteps(document, journey, std::move(placed));
    command->setText(undoText.isEmpty()
            ? countedText("JourneyOperations", QT_TRANSLATE_NOOP("JourneyOperations", "Paste Step"),
                QT_TRANSLATE_N_NOOP("JourneyOperations", "Paste %n Steps"), ids.size())
            : undoText);
    document->undoStack()->push(command);
    return ids;
}

QString JourneyOperations::importJourneyJson(Document *document, const QByteArray &json, QString *error)
{
    std::optional<model::Persona> persona;
    auto journey = model::journeyFromJson(json, error, &persona);
    if (!journey)
        return {};
    const model::Project &project = document->project();
    QString id = journey->id.isEmpty() ? QStringLiteral("journey") : journey->id;
    for (int n = 2; project.journey(id); ++n)
        id = journey->id + u'-' + QString::number(n);
    journey->id = id;
    QSet<QString> reserved;
    for (model::Step &step : journey->steps) {
        step.id = document->uniqueStepId(step.id, reserved);
        reserved.insert(step.id);
    }
    if (persona && project.persona(persona->id))
        persona.reset();
    document->undoStack()->push(new AddJourney(document, *journey, persona));
    return id;
}

bool JourneyOperations::setLinked(
    Document *document, const QStringList &steps, EntityKind kind, const QString &entity, bool link)
{
    const model::Project &project = document->project();
    QStringList model::Step::*member = nullptr;
    switch (kind) {
    case EntityKind::Role: {
        const model::Role *role = project.role(entity);
        member = role && role->office == model::Office::Back ? &model::Step::backRoles : &model::Step::frontRoles;
        break;
    }
    case EntityKind::Process: member = &model::Step::processes; break;
    case EntityKind::Requirement: member = &model::Step::requirements; break;
    default: return false;
    }
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(link ? countedText("JourneyOperations", QT_TRANSLATE_NOOP("JourneyOperations", "Link Step"),
                          QT_TRANSLATE_N_NOOP("JourneyOperations", "Link %n Steps"), steps.size())
                           : countedText("JourneyOperations", QT_TRANSLATE_NOOP("JourneyOperations", "Unlink Step"),
                               QT_TRANSLATE_N_NOOP("JourneyOperations", "Unlink %n Steps"), steps.size()));
    for (const QString &id : steps) {
        const model::Step *step = project.step(id);
        if (!step)
            continue;
        const QStringList one { id };
        if (!link && kind == EntityKind::Role) {
            // A role may sit in either lane in a hand-edited file: unlink from both.
            QStringList front = step->frontRoles, back = step->backRoles;
            front.removeAll(entity);
            back.removeAll(entity);
            stack->push(new SetStepFrontRoles(document, one, front));
            stack->push(new SetStepBackRoles(document, one, back));
            continue;
        }
        QStringList values = step->*member;
        if (link && !values.contains(entity))
            values.append(entity);
        else if (!link)
            values.removeAll(entity);
        if (member == &model::Step::frontRoles)
            stack->push(new SetStepFrontRoles(document, one, values));
        else if (member == &model::Step::backRoles)
            stack->push(new SetStepBackRoles(document, one, values));
        else if (member == &model::Step::processes)
            stack->push(new SetStepProcesses(document, one, values));
        else
            stack->push(new SetStepRequirements(document, one, values));
    }
    stack->endMacro();
    return true;
}

} // namespace oi::editor
