// SPDX-License-Identifier: GPL-3.0-or-later
// What changed in a Document. Views switch on `type` and static_cast to the matching struct;
// structural changes come in AboutToBe.../...ed pairs so views can drop items before ids vanish.
#pragma once

#include "editor/document/entitykind.h"

#include <QFlags>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace oi::editor {

class ChangeEvent
{
public:
    enum Type {
        DocumentReset, // ChangeEvent: anything may have changed (an id renamed everywhere it is referenced)
        JourneyChanged, // JourneyChangeEvent
        JourneyAdded, // JourneyChangeEvent (properties 0)
        JourneyAboutToBeRemoved,
        JourneyRemoved,
        StagesAdded, // StageChangeEvent
        StagesAboutToBeRemoved,
        StagesRemoved,
        StagesChanged, // renamed
        StagesReordered,
        StepsAdded, // StepChangeEvent
        StepsAboutToBeRemoved,
        StepsRemoved,
        StepsMoved, // stage and/or order changed
        StepsChanged, // `properties` says which fields
        // EntityChangeEvent: strategies, personas, roles, processes, nodes, requirements, scenarios
        // and the project's own fields; `kind` says which family, `properties` which fields.
        EntitiesAdded,
        EntitiesAboutToBeRemoved,
        EntitiesRemoved,
        EntitiesChanged,
        EntitiesReordered,
    };

    explicit ChangeEvent(Type type)
        : type(type)
    {
    }
    virtual ~ChangeEvent() = default;
    ChangeEvent(const ChangeEvent &) = default;
    ChangeEvent &operator=(const ChangeEvent &) = delete;

    const Type type;
};

class JourneyChangeEvent : public ChangeEvent
{
public:
    enum Property {
        NameProperty = 1 << 0,
        PersonaProperty = 1 << 1,
        DescriptionProperty = 1 << 2,
    };
    Q_DECLARE_FLAGS(Properties, Property)

    JourneyChangeEvent(const QString &journey, Properties properties)
        : ChangeEvent(JourneyChanged)
        , journey(journey)
        , properties(properties)
    {
    }
    /** JourneyAdded, JourneyAboutToBeRemoved or JourneyRemoved. */
    JourneyChangeEvent(Type type, const QString &journey)
        : ChangeEvent(type)
        , journey(journey)
        , properties()
    {
    }

    const QString journey;
    const Properties properties;
};

class StageChangeEvent : public ChangeEvent
{
public:
    StageChangeEvent(Type type, const QString &journey, const QStringList &stages)
        : ChangeEvent(type)
        , journey(journey)
        , stages(stages)
    {
    }

    const QString journey;
    const QStringList stages;
};

class StepChangeEvent : public ChangeEvent
{
public:
    enum Property {
        TitleProperty = 1 << 0,
        CustomerActionProperty = 1 << 1,
        TouchpointProperty = 1 << 2,
        ChannelProperty = 1 << 3,
        CustomerInitiatedProperty = 1 << 4,
        EmotionProperty = 1 << 5,
        EmotionToBeProperty = 1 << 6,
        EvidenceProperty = 1 << 7,
        PainPointsProperty = 1 << 8,
        OpportunitiesProperty = 1 << 9,
        MomentOfTruthProperty = 1 << 10,
        MetricsProperty = 1 << 11,
        FrontRolesProperty = 1 << 12,
        BackRolesProperty = 1 << 13,
        ProcessesProperty = 1 << 14,
        RequirementsProperty = 1 << 15,
        ServesProperty = 1 << 16,
        AllProperties = 0x1ffff,
    };
    Q_DECLARE_FLAGS(Properties, Property)

    StepChangeEvent(Type type, const QString &journey, const QStringList &steps, Properties properties = AllProperties)
        : ChangeEvent(type)
        , journey(journey)
        , steps(steps)
        , properties(properties)
    {
    }

    const QString journey;
    const QStringList steps;
    const Properties properties;
};

/** Which fields of an entity changed: one bit per field, per family. */
namespace EntityProperty {
enum Project : quint32 {
    ProjectName = 1 << 0,
    ProjectClient = 1 << 1,
    ProjectAuthor = 1 << 2,
    ProjectDescription = 1 << 3,
    ProjectTimeUnit = 1 << 4,
    ProjectSimulation = 1 << 5,
    ProjectCurrency = 1 << 6,
    ProjectDecisions = 1 << 7, // the executives' decisions, recorded in the review
    ProjectPocScenarios = 1 << 8, // the proof-of-concept scripts of the vendor specification
    ProjectVendors = 1 << 9, // the vendors and their scores
    ProjectPriorityWeights = 1 << 10, // the scoring sheet's weight per priority
};
enum Strategy : quint32 {
    StrategyTitle = 1 << 0,
    StrategyStatement = 1 << 1,
    StrategyOwner = 1 << 2,
    StrategyGoals = 1 << 3,
};
enum Persona : quint32 {
    PersonaName = 1 << 0,
    PersonaDescription = 1 << 1,
    PersonaNeeds = 1 << 2,
    PersonaJobs = 1 << 3,
    PersonaCustomersCustomer = 1 << 4,
};
enum Role : quint32 {
    RoleName = 1 << 0,
    RoleDepartment = 1 << 1,
    RoleOffice = 1 << 2,
    RoleCostPerHour = 1 << 3,
    RoleChange = 1 << 5,
    RoleStrategy = 1 << 6,
    RoleHeadcount = 1 << 7,
    RoleShifts = 1 << 8,
    RoleCrossTraining = 1 << 9,
};
/** A process's own fields and its parts as wholes (nodes added or removed, flows, lanes, layout). */
enum Process : quint32 {
    ProcessName = 1 << 0,
    ProcessDescription = 1 << 1,
    ProcessStrategy = 1 << 2,
    ProcessLanes = 1 << 3,
    ProcessNodes = 1 << 4,
    ProcessFlows = 1 << 5,
    ProcessLayout = 1 << 6,
    ProcessVariantOf = 1 << 7,
    ProcessValuePerCase = 1 << 8,
    ProcessCostPerAbandonment = 1 << 9,
};
enum Node : quint32 {
    NodeName = 1 << 0,
    NodeType = 1 << 1,
    NodeRole = 1 << 2,
    NodeDuration = 1 << 3,
    NodePriority = 1 << 4,
    NodeArrivals = 1 << 5,
    NodeRateCalendar = 1 << 6,
    NodePatience = 1 << 7,
    NodePosition = 1 << 8,
};
enum Requirement : quint32 {
    RequirementKind = 1 << 0,
    RequirementText = 1 << 1,
    RequirementPriority = 1 << 2,
    RequirementAcceptance = 1 << 3,
    RequirementSteps = 1 << 4,
    RequirementNodes = 1 << 5,
};
enum Scenario : quint32 {
    ScenarioName = 1 << 0,
    ScenarioDescription = 1 << 1,
    ScenarioHeadcount = 1 << 2,
    ScenarioArrivals = 1 << 3,
    ScenarioDurations = 1 << 4,
    ScenarioCrossTraining = 1 << 5,
    ScenarioVariants = 1 << 6,
    ScenarioReassign = 1 << 7,
    ScenarioStaffing = 1 << 8,
    ScenarioArrivalChanges = 1 << 9, // demand per process (ScenarioArrivals: the multiplier of all)
    ScenarioDivert = 1 << 10,
};
enum Responsibility : quint32 {
    ResponsibilityText = 1 << 0,
    ResponsibilityAsIs = 1 << 1,
    ResponsibilityToBe = 1 << 2,
};
constexpr quint32 All = 0xffffffffu;
} // namespace EntityProperty

/**
 * A change to entities of one family. Nodes are named "process/node". `properties` holds the
 * family's EntityProperty bits (All for additions, removals and reorders).
 */
class EntityChangeEvent : public ChangeEvent
{
public:
    EntityChangeEvent(Type type, EntityKind kind, const QStringList &ids, quint32 properties = EntityProperty::All)
        : ChangeEvent(type)
        , kind(kind)
        , ids(ids)
        , properties(properties)
    {
    }

    bool touches(quint32 mask) const { return (properties & mask) != 0; }

    const EntityKind kind;
    const QStringList ids;
    const quint32 properties;
};

} // namespace oi::editor

// For QSignalSpy on Document::changed: the spy keeps a copy of the base part only (type), so
// tests that need ids connect a lambda instead (tests/support/eventrecorder.h).
Q_DECLARE_METATYPE(oi::editor::ChangeEvent)
Q_DECLARE_OPERATORS_FOR_FLAGS(oi::editor::JourneyChangeEvent::Properties)
Q_DECLARE_OPERATORS_FOR_FLAGS(oi::editor::StepChangeEvent::Properties)
