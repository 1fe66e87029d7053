// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/properties/entitynames.h"

#include <QCoreApplication>

namespace oi::editor {

namespace {

// A class scope so lupdate files these strings under "EntityNames".
struct EntityNames
{
    Q_DECLARE_TR_FUNCTIONS(EntityNames)
};

template<typename E> QString nameOr(const E *entity, const QString &name, const QString &id)
{
    return entity && !name.trimmed().isEmpty() ? name : id;
}

} // namespace

QString officeName(model::Office office)
{
    switch (office) {
    case model::Office::Front: return EntityNames::tr("Front office");
    case model::Office::Back: return EntityNames::tr("Back office");
    case model::Office::Field: return EntityNames::tr("Field");
    }
    return {};
}

QString changeName(model::ChangeKind change)
{
    switch (change) {
    case model::ChangeKind::Unchanged: return EntityNames::tr("Unchanged");
    case model::ChangeKind::Moved: return EntityNames::tr("Moved");
    case model::ChangeKind::New: return EntityNames::tr("New");
    case model::ChangeKind::Merged: return EntityNames::tr("Merged");
    case model::ChangeKind::Retired: return EntityNames::tr("Retired");
    }
    return {};
}

QString requirementKindName(model::RequirementKind kind)
{
    switch (kind) {
    case model::RequirementKind::ProcessControl: return EntityNames::tr("Process control");
    case model::RequirementKind::InformationManagement: return EntityNames::tr("Information management");
    case model::RequirementKind::NonFunctional: return EntityNames::tr("Non-functional");
    }
    return {};
}

QString priorityName(model::Priority priority)
{
    switch (priority) {
    case model::Priority::Must: return EntityNames::tr("Must");
    case model::Priority::Should: return EntityNames::tr("Should");
    case model::Priority::Could: return EntityNames::tr("Could");
    case model::Priority::Wont: return EntityNames::tr("Won't");
    }
    return {};
}

QString kpiName(model::Kpi kpi)
{
    switch (kpi) {
    case model::Kpi::CycleTime: return EntityNames::tr("cycle time");
    case model::Kpi::Wait: return EntityNames::tr("wait");
    case model::Kpi::AbandonmentRate: return EntityNames::tr("abandonment rate");
    case model::Kpi::Throughput: return EntityNames::tr("throughput");
    case model::Kpi::Utilization: return EntityNames::tr("utilisation");
    }
    return {};
}

QString statisticName(model::Statistic statistic)
{
    switch (statistic) {
    case model::Statistic::Mean: return EntityNames::tr("mean");
    case model::Statistic::P50: return EntityNames::tr("median");
    case model::Statistic::P90: return EntityNames::tr("90th percentile");
    case model::Statistic::P95: return EntityNames::tr("95th percentile");
    }
    return {};
}

QString comparatorName(model::Comparator comparator)
{
    switch (comparator) {
    case model::Comparator::AtMost: return EntityNames::tr("at most");
    case model::Comparator::AtLeast: return EntityNames::tr("at least");
    }
    return {};
}

QString entityTitle(const model::Project &project, EntityKind kind, const QString &id)
{
    switch (kind) {
    case EntityKind::Strategy: {
        const model::Strategy *s = project.strategy(id);
        return nameOr(s, s ? s->title : QString(), id);
    }
    case EntityKind::Persona: {
        const model::Persona *p = project.persona(id);
        return nameOr(p, p ? p->name : QString(), id);
    }
    case EntityKind::Role: {
        const model::Role *r = project.role(id);
        return nameOr(r, r ? r->name : QString(), id);
    }
    case EntityKind::Process: {
        const model::Process *p = project.process(id);
        return nameOr(p, p ? p->name : QString(), id);
    }
    case EntityKind::Node: {
        const model::Process *p = project.process(id.section(u'/', 0, 0));
        const model::Node *n = p ? p->node(id.section(u'/', 1)) : nullptr;
        return n ? nodeTitle(*p, *n) : id;
    }
    case EntityKind::Requirement: {
        const model::Requirement *r = project.requirement(id);
        return nameOr(r, r ? r->text : QString(), id);
    }
    case EntityKind::Scenario: {
        const model::Scenario *s = project.scenario(id);
        return nameOr(s, s ? s->name : QString(), id);
    }
    case EntityKind::Responsibility: {
        const model::Responsibility *r = project.responsibility(id);
        return nameOr(r, r ? r->text : QString(), id);
    }
    case EntityKind::Journey: {
        const model::Journey *j = project.journey(id);
        return nameOr(j, j ? j->name : QString(), id);
    }
    case EntityKind::Step: {
        const model::Step *s = project.step(id);
        return nameOr(s, s ? s->title : QString(), id);
    }
    case EntityKind::Project: return project.name.isEmpty() ? id : project.name;
    case EntityKind::Stage: break;
    }
    return id;
}

QString entityKindTitle(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Project: return EntityNames::tr("Project");
    case EntityKind::Strategy: return EntityNames::tr("Strategy");
    case EntityKind::Persona: return EntityNames::tr("Persona");
    case EntityKind::Journey: return EntityNames::tr("Journey");
    case EntityKind::Stage: return EntityNames::tr("Stage");
    case EntityKind::Step: return EntityNames::tr("Step");
    case EntityKind::Role: return EntityNames::tr("Role");
    case EntityKind::Process: return EntityNames::tr("Process");
    case EntityKind::Node: return EntityNames::tr("Task");
    case EntityKind::Requirement: return EntityNames::tr("Requirement");
    case EntityKind::Scenario: return EntityNames::tr("Scenario");
    case EntityKind::Responsibility: return EntityNames::tr("Responsibility");
    }
    return {};
}

QString nodeTitle(const model::Process &process, const model::Node &node)
{
    const QString processName = process.name.isEmpty() ? process.id : process.name;
    const QString nodeName = node.name.isEmpty() ? node.id : node.name;
    return processName + QStringLiteral(" › ") + nodeName;
}

Choices roleChoices(const model::Project &project)
{
    Choices choices;
    for (const model::Role &r : project.roles)
        choices.append({ r.id, r.name.isEmpty() ? r.id : r.name });
    return choices;
}

Choices strategyChoices(const model::Project &project)
{
    Choices choices;
    for (const model::Strategy &s : project.strategies)
        choices.append({ s.id, s.title.isEmpty() ? s.id : s.title });
    return choices;
}

Choices processChoices(const model::Project &project)
{
    Choices choices;
    for (const model::Process &p : project.processes)
        choices.append({ p.id, p.name.isEmpty() ? p.id : p.name });
    return choices;
}

Choices nodeChoices(const model::Project &project, bool durationsOnly)
{
    Choices choices;
    for (const model::Process &p : project.processes)
        for (const model::Node &n : p.nodes)
            if (!durationsOnly || n.type == model::NodeType::Task || n.type == model::NodeType::Timer)
                choices.append({ QString(p.id + u'/' + n.id), nodeTitle(p, n) });
    return choices;
}

Choices taskChoices(const model::Project &project)
{
    Choices choices;
    for (const model::Process &p : project.processes)
        for (const model::Node &n : p.nodes)
            if (n.type == model::NodeType::Task)
                choices.append({ QString(p.id + u'/' + n.id), nodeTitle(p, n) });
    return choices;
}

Choices taskChoices(const model::Process &process)
{
    Choices choices;
    for (const model::Node &n : process.nodes)
        if (n.type == model::NodeType::Task)
            choices.append({ n.id, n.name.isEmpty() ? n.id : n.name });
    return choices;
}

Choices variantChoices(const model::Project &project, const QString &original)
{
    Choices choices;
    for (const model::Process &p : project.processes)
        if (p.variantOf == original)
            choices.append({ p.id, p.name.isEmpty() ? p.id : p.name });
    return choices;
}

Choices stepChoices(const model::Project &project)
{
    Choices choices;
    for (const model::Journey &j : project.journeys)
        for (const model::Step &s : j.steps)
            choices.append({ s.id, s.title.isEmpty() ? s.id : s.title });
    return choices;
}

} // namespace oi::editor
