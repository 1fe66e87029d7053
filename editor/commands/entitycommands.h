// SPDX-License-Identifier: GPL-3.0-or-later
// Field edits of the project's own fields, strategies, personas, roles, processes, nodes,
// requirements and scenarios: one ChangeValue each, sending the family's EntityChangeEvent.
// Nodes are named "process/node"; the project itself is {"project"}.
#pragma once

#include "editor/commands/changevalue.h"
#include "editor/commands/commandids.h"
#include "editor/commands/entitytraits.h"

#include <QCoreApplication>

namespace oi::editor {

// Project
OI_VALUE_COMMAND(SetProjectName, ProjectTraits, QString, name, EntityProperty::ProjectName,
    QT_TRANSLATE_NOOP("UndoCommands", "Rename Project"))
OI_VALUE_COMMAND(SetProjectClient, ProjectTraits, QString, client, EntityProperty::ProjectClient,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Client"))
OI_VALUE_COMMAND(SetProjectAuthor, ProjectTraits, QString, author, EntityProperty::ProjectAuthor,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Author"))
OI_VALUE_COMMAND(SetProjectDescription, ProjectTraits, QString, description, EntityProperty::ProjectDescription,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Project Description"))
OI_VALUE_COMMAND(SetProjectTimeUnit, ProjectTraits, model::TimeUnit, timeUnit, EntityProperty::ProjectTimeUnit,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Time Unit"))
OI_VALUE_COMMAND(SetProjectCurrency, ProjectTraits, QString, currency, EntityProperty::ProjectCurrency,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Currency"))
OI_VALUE_COMMAND(SetProjectSimulation, ProjectTraits, model::SimulationSettings, simulation,
    EntityProperty::ProjectSimulation, QT_TRANSLATE_NOOP("UndoCommands", "Change Simulation Settings"))

// Strategy
OI_VALUE_COMMAND(SetStrategyTitle, StrategyTraits, QString, title, EntityProperty::StrategyTitle,
    QT_TRANSLATE_NOOP("UndoCommands", "Rename Strategy"))
OI_VALUE_COMMAND(SetStrategyStatement, StrategyTraits, QString, statement, EntityProperty::StrategyStatement,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Strategy Statement"))
OI_VALUE_COMMAND(SetStrategyOwner, StrategyTraits, QString, owner, EntityProperty::StrategyOwner,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Strategy Owner"))
OI_VALUE_COMMAND(SetStrategyGoals, StrategyTraits, std::vector<model::Goal>, goals, EntityProperty::StrategyGoals,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Goals"))

// Persona
OI_VALUE_COMMAND(SetPersonaName, PersonaTraits, QString, name, EntityProperty::PersonaName,
    QT_TRANSLATE_NOOP("UndoCommands", "Rename Persona"))
OI_VALUE_COMMAND(SetPersonaDescription, PersonaTraits, QString, description, EntityProperty::PersonaDescription,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Persona Description"))
OI_VALUE_COMMAND(SetPersonaNeeds, PersonaTraits, std::vector<model::Need>, needs, EntityProperty::PersonaNeeds,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Needs"))
OI_VALUE_COMMAND(SetPersonaJobsToBeDone, PersonaTraits, QStringList, jobsToBeDone, EntityProperty::PersonaJobs,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Jobs to Be Done"))
OI_VALUE_COMMAND(SetPersonaCustomersCustomer, PersonaTraits, QString, customersCustomer,
    EntityProperty::PersonaCustomersCustomer, QT_TRANSLATE_NOOP("UndoCommands", "Change Customer's Customer"))

// Role
OI_VALUE_COMMAND(
    SetRoleName, RoleTraits, QString, name, EntityProperty::RoleName, QT_TRANSLATE_NOOP("UndoCommands", "Rename Role"))
OI_VALUE_COMMAND(SetRoleDepartment, RoleTraits, QString, department, EntityProperty::RoleDepartment,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Department"))
OI_VALUE_COMMAND(SetRoleOffice, RoleTraits, model::Office, office, EntityProperty::RoleOffice,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Office"))
OI_VALUE_COMMAND(SetRoleCostPerHour, RoleTraits, std::optional<double>, costPerHour, EntityProperty::RoleCostPerHour,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Cost per Hour"))
OI_VALUE_COMMAND(SetRoleChange, RoleTraits, model::ChangeKind, change, EntityProperty::RoleChange,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Kind of Role Change"))
OI_VALUE_COMMAND(SetRoleStrategy, RoleTraits, QString, strategy, EntityProperty::RoleStrategy,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Driving Strategy"))
OI_VALUE_COMMAND(SetRoleHeadcount, RoleTraits, int, headcount, EntityProperty::RoleHeadcount,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Headcount"))
OI_VALUE_COMMAND(SetRoleShifts, RoleTraits, std::optional<model::ShiftCalendar>, shifts, EntityProperty::RoleShifts,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Shifts"))
OI_VALUE_COMMAND(SetRoleCrossTraining, RoleTraits, std::vector<model::CrossTraining>, crossTrained,
    EntityProperty::RoleCrossTraining, QT_TRANSLATE_NOOP("UndoCommands", "Change Cross-Training"))

// Process
OI_VALUE_COMMAND(SetProcessName, ProcessTraits, QString, name, EntityProperty::ProcessName,
    QT_TRANSLATE_NOOP("UndoCommands", "Rename Process"))
OI_VALUE_COMMAND(SetProcessDescription, ProcessTraits, QString, description, EntityProperty::ProcessDescription,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Process Description"))
OI_VALUE_COMMAND(SetProcessStrategy, ProcessTraits, QString, strategy, EntityProperty::ProcessStrategy,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Process Strategy"))
OI_VALUE_COMMAND(SetProcessLanes, ProcessTraits, std::vector<model::Lane>, lanes, EntityProperty::ProcessLanes,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Lanes"))
OI_VALUE_COMMAND(SetProcessFlows, ProcessTraits, std::vector<model::Flow>, flows, EntityProperty::ProcessFlows,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Flows"))
OI_VALUE_COMMAND(SetProcessVariantOf, ProcessTraits, QString, variantOf, EntityProperty::ProcessVariantOf,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Original Process"))
OI_VALUE_COMMAND(SetProcessValuePerCase, ProcessTraits, std::optional<double>, valuePerCase,
    EntityProperty::ProcessValuePerCase, QT_TRANSLATE_NOOP("UndoCommands", "Change Value per Case"))
OI_VALUE_COMMAND(SetProcessCostPerAbandonment, ProcessTraits, std::optional<double>, costPerAbandonment,
    EntityProperty::ProcessCostPerAbandonment, QT_TRANSLATE_NOOP("UndoCommands", "Change Cost per Lost Customer"))

// Node
OI_VALUE_COMMAND(
    SetNodeName, NodeTraits, QString, name, EntityProperty::NodeName, QT_TRANSLATE_NOOP("UndoCommands", "Rename Node"))
OI_VALUE_COMMAND(SetNodeBounds, NodeTraits, std::optional<model::Bounds>, bounds, EntityProperty::NodePosition,
    QT_TRANSLATE_NOOP("UndoCommands", "Move Node"))
OI_VALUE_COMMAND(SetNodeLane, NodeTraits, QString, lane, EntityProperty::NodePosition,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Lane"))
OI_VALUE_COMMAND(SetNodeRole, NodeTraits, QString, role, EntityProperty::NodeRole,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Node Role"))
OI_VALUE_COMMAND(SetNodeDuration, NodeTraits, model::Distribution, duration, EntityProperty::NodeDuration,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Duration"))
OI_VALUE_COMMAND(SetNodePriority, NodeTraits, int, priority, EntityProperty::NodePriority,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Priority"))
OI_VALUE_COMMAND(SetNodeArrivals, NodeTraits, model::Distribution, arrivals, EntityProperty::NodeArrivals,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Arrivals"))
OI_VALUE_COMMAND(SetNodeRateCalendar, NodeTraits, std::optional<model::RateCalendar>, rateCalendar,
    EntityProperty::NodeRateCalendar, QT_TRANSLATE_NOOP("UndoCommands", "Change Arrival Calendar"))
OI_VALUE_COMMAND(SetNodePatience, NodeTraits, model::Distribution, patience, EntityProperty::NodePatience,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Patience"))

// Requirement
OI_VALUE_COMMAND(SetRequirementKind, RequirementTraits, model::RequirementKind, kind, EntityProperty::RequirementKind,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Requirement Kind"))
OI_VALUE_COMMAND(SetRequirementText, RequirementTraits, QString, text, EntityProperty::RequirementText,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Requirement Text"))
OI_VALUE_COMMAND(SetRequirementPriority, RequirementTraits, model::Priority, priority,
    EntityProperty::RequirementPriority, QT_TRANSLATE_NOOP("UndoCommands", "Change Priority"))
OI_VALUE_COMMAND(SetRequirementAcceptance, RequirementTraits, QString, acceptance,
    EntityProperty::RequirementAcceptance, QT_TRANSLATE_NOOP("UndoCommands", "Change Acceptance Criterion"))
OI_VALUE_COMMAND(SetRequirementSteps, RequirementTraits, QStringList, steps, EntityProperty::RequirementSteps,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Requirement Steps"))
OI_VALUE_COMMAND(SetRequirementNodes, RequirementTraits, QStringList, nodes, EntityProperty::RequirementNodes,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Requirement Nodes"))

// Scenario
OI_VALUE_COMMAND(SetScenarioName, ScenarioTraits, QString, name, EntityProperty::ScenarioName,
    QT_TRANSLATE_NOOP("UndoCommands", "Rename Scenario"))
OI_VALUE_COMMAND(SetScenarioDescription, ScenarioTraits, QString, description, EntityProperty::ScenarioDescription,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Scenario Description"))
OI_VALUE_COMMAND(SetScenarioHeadcount, ScenarioTraits, std::vector<model::HeadcountOverride>, headcount,
    EntityProperty::ScenarioHeadcount, QT_TRANSLATE_NOOP("UndoCommands", "Change Scenario Headcount"))
OI_VALUE_COMMAND(SetScenarioArrivalMultiplier, ScenarioTraits, double, arrivalMultiplier,
    EntityProperty::ScenarioArrivals, QT_TRANSLATE_NOOP("UndoCommands", "Change Arrival Multiplier"))
OI_VALUE_COMMAND(SetScenarioDurations, ScenarioTraits, std::vector<model::DurationOverride>, durations,
    EntityProperty::ScenarioDurations, QT_TRANSLATE_NOOP("UndoCommands", "Change Duration Factors"))
OI_VALUE_COMMAND(SetScenarioCrossTraining, ScenarioTraits, std::optional<bool>, crossTraining,
    EntityProperty::ScenarioCrossTraining, QT_TRANSLATE_NOOP("UndoCommands", "Change Cross-Training"))
using ScenarioAddCrossTrainingValue = std::vector<std::pair<QString, model::CrossTraining>>;
OI_VALUE_COMMAND(SetScenarioAddCrossTraining, ScenarioTraits, ScenarioAddCrossTrainingValue, addCrossTraining,
    EntityProperty::ScenarioCrossTraining, QT_TRANSLATE_NOOP("UndoCommands", "Change Added Cross-Training"))
// Model v2's changes: each list is set whole, so one edit of one row is one undo step.
OI_VALUE_COMMAND(SetScenarioVariants, ScenarioTraits, std::vector<model::VariantChoice>, variants,
    EntityProperty::ScenarioVariants, QT_TRANSLATE_NOOP("UndoCommands", "Change Process Variants"))
OI_VALUE_COMMAND(SetScenarioReassign, ScenarioTraits, std::vector<model::Reassignment>, reassign,
    EntityProperty::ScenarioReassign, QT_TRANSLATE_NOOP("UndoCommands", "Change Reassigned Tasks"))
OI_VALUE_COMMAND(SetScenarioStaffing, ScenarioTraits, std::vector<model::StaffingChange>, staffing,
    EntityProperty::ScenarioStaffing, QT_TRANSLATE_NOOP("UndoCommands", "Change Staffing Windows"))
OI_VALUE_COMMAND(SetScenarioArrivalChanges, ScenarioTraits, std::vector<model::ArrivalChange>, arrivals,
    EntityProperty::ScenarioArrivalChanges, QT_TRANSLATE_NOOP("UndoCommands", "Change Demand Changes"))
OI_VALUE_COMMAND(SetScenarioDivert, ScenarioTraits, std::vector<model::Diversion>, divert,
    EntityProperty::ScenarioDivert, QT_TRANSLATE_NOOP("UndoCommands", "Change Diversions"))

// Responsibility: who does a piece of work before and after the redesign (empty: nobody)
OI_VALUE_COMMAND(SetResponsibilityText, ResponsibilityTraits, QString, text, EntityProperty::ResponsibilityText,
    QT_TRANSLATE_NOOP("UndoCommands", "Change Responsibility"))
OI_VALUE_COMMAND(SetResponsibilityAsIs, ResponsibilityTraits, QString, asIs, EntityProperty::ResponsibilityAsIs,
    QT_TRANSLATE_NOOP("UndoCommands", "Change As-Is Owner"))
OI_VALUE_COMMAND(SetResponsibilityToBe, ResponsibilityTraits, QString, toBe, EntityProperty::ResponsibilityToBe,
    QT_TRANSLATE_NOOP("UndoCommands", "Move Responsibility"))

} // namespace oi::editor
