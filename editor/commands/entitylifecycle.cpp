// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/commands/entitylifecycle.h"

#include "editor/commands/entitylistcommands.h"
#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/journey/commands/journeycommands.h"

#include "model/deleteentity.h"

#include <QCoreApplication>

namespace oi::editor {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("UndoCommands", text);
}

bool taken(const model::Project &p, EntityKind kind, const QString &id)
{
    switch (kind) {
    case EntityKind::Strategy: return p.strategy(id);
    case EntityKind::Persona: return p.persona(id);
    case EntityKind::Journey: return p.journey(id);
    case EntityKind::Role: return p.role(id);
    case EntityKind::Process: return p.process(id);
    case EntityKind::Requirement: return p.requirement(id);
    case EntityKind::Scenario: return p.scenario(id);
    case EntityKind::Responsibility: return p.responsibility(id);
    default: break;
    }
    return false;
}
} // namespace

std::optional<model::IdKind> wholeEntityKind(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Strategy: return model::IdKind::Strategy;
    case EntityKind::Persona: return model::IdKind::Persona;
    case EntityKind::Journey: return model::IdKind::Journey;
    case EntityKind::Role: return model::IdKind::Role;
    case EntityKind::Process: return model::IdKind::Process;
    case EntityKind::Requirement: return model::IdKind::Requirement;
    case EntityKind::Scenario: return model::IdKind::Scenario;
    default: break;
    }
    return std::nullopt;
}

QString unusedId(const model::Project &project, EntityKind kind, const QString &stem)
{
    QString id = stem;
    for (int n = 2; taken(project, kind, id); ++n)
        id = stem + u'-' + QString::number(n);
    return id;
}

QUndoCommand *newEntityCommand(Document *document, EntityKind kind, QString *newId)
{
    const model::Project &p = document->project();
    const QString id = unusedId(p, kind, entityKindName(kind));
    if (newId)
        *newId = id;
    switch (kind) {
    case EntityKind::Strategy: {
        model::Strategy s;
        s.id = id;
        s.title = tr("New strategy");
        return new AddEntity<StrategyTraits>(document, s, -1, tr("Add Strategy"));
    }
    case EntityKind::Persona: {
        model::Persona s;
        s.id = id;
        s.name = tr("New persona");
        return new AddEntity<PersonaTraits>(document, s, -1, tr("Add Persona"));
    }
    case EntityKind::Journey: {
        model::Journey j;
        j.id = id;
        j.name = tr("New journey");
        j.stages.push_back({ QStringLiteral("stage-1"), tr("First stage") });
        return new AddJourney(document, j);
    }
    case EntityKind::Role: {
        model::Role r;
        r.id = id;
        r.name = tr("New role");
        return new AddEntity<RoleTraits>(document, r, -1, tr("Add Role"));
    }
    case EntityKind::Process: {
        // The smallest process the simulator runs: customers arrive and are done.
        model::Process pr;
        pr.id = id;
        pr.name = tr("New process");
        model::Node start;
        start.id = QStringLiteral("start");
        start.name = tr("Customer asks");
        start.type = model::NodeType::Start;
        start.arrivals = model::Distribution::exponential(60);
        model::Node end;
        end.id = QStringLiteral("end");
        end.name = tr("Done");
        end.type = model::NodeType::End;
        pr.nodes = { start, end };
        pr.flows.push_back(
            { QStringLiteral("start-end"), start.id, end.id, std::nullopt, QString(), {}, std::nullopt });
        return new AddEntity<ProcessTraits>(document, pr, -1, tr("Add Process"));
    }
    case EntityKind::Requirement: {
        model::Requirement q;
        q.id = id;
        q.text = tr("New requirement");
        return new AddEntity<RequirementTraits>(document, q, -1, tr("Add Requirement"));
    }
    case EntityKind::Scenario: {
        model::Scenario s;
        s.id = id;
        s.name = tr("New scenario");
        return new AddEntity<ScenarioTraits>(document, s, -1, tr("Add Scenario"));
    }
    case EntityKind::Responsibility: {
        model::Responsibility r;
        r.id = id;
        r.text = tr("New responsibility");
        return new AddEntity<ResponsibilityTraits>(document, r, -1, tr("Add Responsibility"));
    }
    default: break;
    }
    return nullptr;
}

DeleteEntityCommand::DeleteEntityCommand(
    Document *document, EntityKind kind, const QString &id, bool unlink, QUndoCommand *parent)
    : QUndoCommand(unlink ? tr("Delete %1 and Unlink It").arg(id) : tr("Delete %1").arg(id), parent)
    , mDocument(document)
    , mRef { kind, id }
{
    const std::optional<model::IdKind> idKind = wholeEntityKind(kind);
    model::Project edited = document->project();
    if (!idKind) {
        mRefusal = tr("This cannot be deleted here.");
    } else if (model::deleteEntity(edited, *idKind, id, unlink, &mRefusal)) {
        mOther = std::move(edited);
    }
    setObsolete(!mOther);
}

void DeleteEntityCommand::redo()
{
    swapIn();
    EntityRefs kept = mDocument->selection()->entities();
    kept.removeAll(mRef);
    mDocument->selection()->set(kept);
}

void DeleteEntityCommand::undo()
{
    swapIn();
    mDocument->selection()->set({ mRef });
}

void DeleteEntityCommand::swapIn()
{
    if (!mOther)
        return;
    std::swap(mDocument->projectForEdit(), *mOther);
    mDocument->emitChanged(ChangeEvent(ChangeEvent::DocumentReset));
}

} // namespace oi::editor
