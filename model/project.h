// SPDX-License-Identifier: GPL-3.0-or-later
// The outside-in document: one Project per client engagement. Plain value types, no QObject;
// entities refer to each other by string ids chosen by people, never by pointers or positions.
#pragma once

#include "model/distribution.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace oi::model {

enum class TimeUnit { Minute, Hour, Day };

/** A goal a strategy pursues, measured by a KPI against a target. */
struct Goal
{
    QString text;
    QString kpi;
    double target = 0.0;
    QString unit;
    bool operator==(const Goal &) const = default;
};

/** Step 1 of outside-in: a customer-centric strategy set by an executive. */
struct Strategy
{
    QString id;
    QString title;
    QString statement;
    QString owner;
    std::vector<Goal> goals;
    bool operator==(const Strategy &) const = default;
};

/** A customer segment or persona, with the customer's own customer (the outer ring in B2B). */
struct Persona
{
    QString id;
    QString name;
    QString description;
    QStringList needs;
    QStringList jobsToBeDone;
    QString customersCustomer;
    bool operator==(const Persona &) const = default;
};

enum class Channel { Web, App, Phone, Chat, Email, Store, FieldVisit, Partner, Social, SelfServiceDevice, Other };
enum class Evidence { Observed, Research, Assumption };

/** A measure on a journey step; a current value outside [low, high] is a signal (e.g. attrition risk). */
struct Metric
{
    QString name;
    QString unit;
    std::optional<double> low;
    std::optional<double> high;
    std::optional<double> value;
    bool operator==(const Metric &) const = default;
    bool isOutOfRange() const { return value && ((low && *value < *low) || (high && *value > *high)); }
};

/** A stage (column) of a journey. */
struct Stage
{
    QString id;
    QString name;
    bool operator==(const Stage &) const = default;
};

/**
 * One step of the customer journey. Step ids are unique within the whole project so that
 * requirements can link to them without naming the journey. `processes` holds process ids
 * ("support") or node references ("support/triage").
 */
struct Step
{
    QString id;
    QString stage;
    QString title;
    QString customerAction;
    QString touchpoint;
    Channel channel = Channel::Other;
    bool customerInitiated = false;
    int emotion = 0; // -2 .. +2, as-is
    std::optional<int> emotionToBe; // -2 .. +2
    Evidence evidence = Evidence::Assumption;
    QStringList painPoints;
    QStringList opportunities;
    bool momentOfTruth = false;
    std::vector<Metric> metrics;
    QStringList frontRoles;
    QStringList backRoles;
    QStringList processes;
    QStringList requirements;
    bool operator==(const Step &) const = default;
};

/** A journey: ordered stages, and steps in display order (grouped by their stage). */
struct Journey
{
    QString id;
    QString name;
    QString persona;
    QString description;
    std::vector<Stage> stages;
    std::vector<Step> steps;
    bool operator==(const Journey &) const = default;
};

enum class Office { Front, Back, Field };
enum class ChangeKind { Unchanged, Moved, New, Merged, Retired };

/** Capacity by time of day/week: [from, to) within the repeating period. */
struct ShiftBlock
{
    double from = 0.0;
    double to = 0.0;
    int headcount = 0;
    bool operator==(const ShiftBlock &) const = default;
};

struct ShiftCalendar
{
    double period = 0.0;
    std::vector<ShiftBlock> capacity;
    bool operator==(const ShiftCalendar &) const = default;
};

/** This role's staff may also take `role`'s work; lower priority numbers are taken first. */
struct CrossTraining
{
    QString role;
    int priority = 1;
    bool operator==(const CrossTraining &) const = default;
};

/** Step 2 of outside-in: a functional role, as-is and to-be. */
struct Role
{
    QString id;
    QString name;
    QString department;
    Office office = Office::Back;
    QStringList responsibilitiesAsIs;
    QStringList responsibilitiesToBe;
    ChangeKind change = ChangeKind::Unchanged;
    QString strategy;
    int headcount = 1;
    std::optional<ShiftCalendar> shifts;
    std::vector<CrossTraining> crossTrained;
    bool operator==(const Role &) const = default;
};

enum class NodeType { Start, End, Task, Xor, AndSplit, AndJoin, Timer };

/** A piecewise-constant Poisson arrival rate, repeating every `period` (peaks by time of day). */
struct RateBlock
{
    double from = 0.0;
    double to = 0.0;
    double perTimeUnit = 0.0;
    bool operator==(const RateBlock &) const = default;
};

struct RateCalendar
{
    double period = 0.0;
    std::vector<RateBlock> rates;
    bool operator==(const RateCalendar &) const = default;
};

/**
 * A process node. Start nodes carry either `arrivals` (inter-arrival distribution) or
 * `rateCalendar`, and optionally `patience`. Tasks carry `role`, `duration` and `priority`.
 * Timers carry `duration` as their delay. `x`/`y` are the node's place on the process canvas.
 */
struct Node
{
    QString id;
    QString name;
    NodeType type = NodeType::Task;
    QString role;
    Distribution duration;
    int priority = 0;
    Distribution arrivals;
    std::optional<RateCalendar> rateCalendar;
    Distribution patience;
    std::optional<double> x;
    std::optional<double> y;
    bool operator==(const Node &) const = default;
};

struct Flow
{
    QString from;
    QString to;
    std::optional<double> probability; // only on flows leaving an xor gateway
    QString label;
    bool operator==(const Flow &) const = default;
};

/** Step 3 of outside-in: a work process, swimlanes by role (`lanes` lists role ids in order). */
struct Process
{
    QString id;
    QString name;
    QString description;
    QString strategy;
    QStringList lanes;
    std::vector<Node> nodes;
    std::vector<Flow> flows;
    bool operator==(const Process &) const = default;

    const Node *node(const QString &nodeId) const;
    Node *node(const QString &nodeId);
};

enum class RequirementKind { ProcessControl, InformationManagement, NonFunctional };
enum class Priority { Must, Should, Could, Wont };

/** Step 4 of outside-in: what a process asks of CRM technology (technology supports, never drives). */
struct Requirement
{
    QString id;
    RequirementKind kind = RequirementKind::ProcessControl;
    QString text;
    Priority priority = Priority::Should;
    QString acceptance;
    QStringList steps; // step ids
    QStringList nodes; // "process/node"
    bool operator==(const Requirement &) const = default;
};

struct HeadcountOverride
{
    QString role;
    int headcount = 0;
    bool operator==(const HeadcountOverride &) const = default;
};

/** Scales a task's (or timer's) duration: `node` is "process/node". */
struct DurationOverride
{
    QString node;
    double factor = 1.0;
    bool operator==(const DurationOverride &) const = default;
};

/** A named what-if variant of the project: overrides applied on top of the base model. */
struct Scenario
{
    QString id;
    QString name;
    QString description;
    std::vector<HeadcountOverride> headcount;
    double arrivalMultiplier = 1.0;
    std::vector<DurationOverride> durations;
    std::optional<bool> crossTraining; // unset: as modelled; false: all cross-training off
    std::vector<std::pair<QString, CrossTraining>> addCrossTraining; // (role, extra skill)
    bool operator==(const Scenario &) const = default;
};

/** Default run settings stored with the project (the CLI and studio may override them). */
struct SimulationSettings
{
    double horizon = 0.0; // 0: let the caller choose
    double warmup = 0.0;
    int replications = 0;
    quint64 seed = 1;
    bool operator==(const SimulationSettings &) const = default;
};

/** One client engagement. */
struct Project
{
    QString name;
    QString client;
    QString author;
    QString description;
    TimeUnit timeUnit = TimeUnit::Minute;
    QString created; // ISO 8601
    QString modified; // ISO 8601
    SimulationSettings simulation;

    std::vector<Strategy> strategies;
    std::vector<Persona> personas;
    std::vector<Journey> journeys;
    std::vector<Role> roles;
    std::vector<Process> processes;
    std::vector<Requirement> requirements;
    std::vector<Scenario> scenarios;

    bool operator==(const Project &) const = default;

    const Strategy *strategy(const QString &id) const;
    const Persona *persona(const QString &id) const;
    const Journey *journey(const QString &id) const;
    Journey *journey(const QString &id);
    const Role *role(const QString &id) const;
    Role *role(const QString &id);
    const Process *process(const QString &id) const;
    Process *process(const QString &id);
    const Requirement *requirement(const QString &id) const;
    const Scenario *scenario(const QString &id) const;
    /** The step with this id in any journey, and the journey holding it (may be null). */
    const Step *step(const QString &id, const Journey **journey = nullptr) const;
};

} // namespace oi::model
