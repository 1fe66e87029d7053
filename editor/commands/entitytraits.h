// SPDX-License-Identifier: GPL-3.0-or-later
// How ChangeValue finds an entity of each family and which event it sends. Nodes are named
// "process/node"; the project itself is the single entity "project".
#pragma once

#include "editor/document/changeevents.h"
#include "editor/document/document.h"

#include <algorithm>
#include <vector>

namespace oi::editor {

namespace detail {
template<typename E> E *findById(std::vector<E> &entities, const QString &id)
{
    const auto it = std::find_if(entities.begin(), entities.end(), [&id](const E &e) { return e.id == id; });
    return it == entities.end() ? nullptr : &*it;
}
} // namespace detail

/** Traits for a family stored as `Project::*Member`, announced as EntityChangeEvent of `Kind`. */
template<typename E, std::vector<E> model::Project::*Member, EntityKind Kind> struct ListTraits
{
    using Entity = E;
    static constexpr EntityKind kind = Kind;
    static std::vector<E> &list(Document &document) { return document.projectForEdit().*Member; }
    static E *find(Document &document, const QString &id) { return detail::findById(list(document), id); }
    static void notify(Document &document, const QStringList &ids, quint32 properties)
    {
        document.emitChanged(EntityChangeEvent(ChangeEvent::EntitiesChanged, Kind, ids, properties));
    }
};

using StrategyTraits = ListTraits<model::Strategy, &model::Project::strategies, EntityKind::Strategy>;
using PersonaTraits = ListTraits<model::Persona, &model::Project::personas, EntityKind::Persona>;
using RoleTraits = ListTraits<model::Role, &model::Project::roles, EntityKind::Role>;
using ProcessTraits = ListTraits<model::Process, &model::Project::processes, EntityKind::Process>;
using RequirementTraits = ListTraits<model::Requirement, &model::Project::requirements, EntityKind::Requirement>;
using ScenarioTraits = ListTraits<model::Scenario, &model::Project::scenarios, EntityKind::Scenario>;
using ResponsibilityTraits
    = ListTraits<model::Responsibility, &model::Project::responsibilities, EntityKind::Responsibility>;

struct ProjectTraits
{
    using Entity = model::Project;
    static model::Project *find(Document &document, const QString &) { return &document.projectForEdit(); }
    static void notify(Document &document, const QStringList &ids, quint32 properties)
    {
        document.emitChanged(EntityChangeEvent(ChangeEvent::EntitiesChanged, EntityKind::Project, ids, properties));
    }
};

struct NodeTraits
{
    using Entity = model::Node;
    static model::Node *find(Document &document, const QString &ref)
    {
        model::Process *process = document.projectForEdit().process(ref.section(u'/', 0, 0));
        return process ? process->node(ref.section(u'/', 1)) : nullptr;
    }
    static void notify(Document &document, const QStringList &ids, quint32 properties)
    {
        document.emitChanged(EntityChangeEvent(ChangeEvent::EntitiesChanged, EntityKind::Node, ids, properties));
    }
};

struct JourneyTraits
{
    using Entity = model::Journey;
    static model::Journey *find(Document &document, const QString &id) { return document.journeyForEdit(id); }
    static void notify(Document &document, const QStringList &ids, quint32 properties)
    {
        for (const QString &id : ids)
            document.emitChanged(JourneyChangeEvent(id, JourneyChangeEvent::Properties(int(properties))));
    }
};

struct StepTraits
{
    using Entity = model::Step;
    static model::Step *find(Document &document, const QString &id) { return document.stepForEdit(id); }
    static void notify(Document &document, const QStringList &ids, quint32 properties)
    {
        model::Journey *journey = nullptr;
        if (!ids.isEmpty())
            document.stepForEdit(ids.first(), &journey);
        document.emitChanged(StepChangeEvent(ChangeEvent::StepsChanged, journey ? journey->id : QString(), ids,
            StepChangeEvent::Properties(int(properties))));
    }
};

} // namespace oi::editor
