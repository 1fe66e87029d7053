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

enum class Kpi { CycleTime, Wait, AbandonmentRate, Throughput, Utilization };
enum class Statistic { Mean, P50, P90, P95 };
enum class Comparator { AtMost, AtLeast }; // "<=" and ">=" in files

/**
 * What a goal's target is checked against in simulation results: a process KPI (or a node's wait,
 * a role's utilisation). A goal on a process measures whichever variant runs in its place.
 */
struct Measure
{
    QString process;
    Kpi kpi = Kpi::CycleTime;
    QString node; // wait at one task instead of the whole process
    QString role; // utilization
    Statistic statistic = Statistic::Mean;
    Comparator comparator = Comparator::AtMost;
    bool operator==(const Measure &) const = default;
};

/** A goal a strategy pursues, measured by a KPI against a target. */
struct Goal
{
    QString text;
    QString kpi;
    double target = 0.0;
    QString unit;
    std::optional<Measure> measure; // target in the measure's unit (time unit, share 0-1, cases per time unit)
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

/** A need of the customer; journey steps say which needs they serve (the chain starts here). */
struct Need
{
    QString id;
    QString text;
    bool operator==(const Need &) const = default;
};

/** A customer segment or persona, with the customer's own customer (the outer ring in B2B). */
struct Persona
{
    QString id;
    QString name;
    QString description;
    std::vector<Need> needs;
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
    QString signalBelow; // what a value under `low` means, e.g. "attrition risk"
    QString signalAbove; // ... over `high`, e.g. "upgrade need"
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

/** What hurts the customer at a step; severity 1 (irritation) to 3 (drives them away). */
struct PainPoint
{
    QString text;
    std::optional<int> severity;
    bool operator==(const PainPoint &) const = default;
};

/** The texts of `pains`, in order (for search, tooltips and one-per-line editing). */
QStringList painTexts(const std::vector<PainPoint> &pains);

/** Pain points from edited lines; a line that was there before keeps its severity. */
std::vector<PainPoint> painPointsFromLines(const QStringList &lines, const std::vector<PainPoint> &previous);

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
    std::vector<PainPoint> painPoints;
    QStringList opportunities;
    bool momentOfTruth = false;
    std::vector<Metric> metrics;
    QStringList frontRoles;
    QStringList backRoles;
    QStringList processes;
    QStringList requirements;
    QStringList serves; // ids of the persona's needs this step serves
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

/**
 * This role's staff may also take `role`'s work; lower priority numbers are taken first. With
 * `from` and `to`, only within that window of a repeating period (unset: one day in the project's
 * time unit), e.g. inside staff helping the field at the morning peak.
 */
struct CrossTraining
{
    QString role;
    int priority = 1;
    std::optional<double> from = std::nullopt;
    std::optional<double> to = std::nullopt;
    std::optional<double> period = std::nullopt;
    bool operator==(const CrossTraining &) const = default;
};

/** Step 2 of outside-in: a functional role, as-is and to-be. */
struct Role
{
    QString id;
    QString name;
    QString department;
    Office office = Office::Back;
    ChangeKind change = ChangeKind::Unchanged;
    QString strategy;
    int headcount = 1;
    std::optional<ShiftCalendar> shifts;
    std::vector<CrossTraining> crossTrained;
    std::optional<double> costPerHour; // fully loaded, in the project's currency
    bool operator==(const Role &) const = default;
};

/**
 * A piece of work and who does it before and after the redesign; a move from back office to front
 * office is a responsibility whose `asIs` and `toBe` roles differ. Empty: nobody (new or retired).
 */
struct Responsibility
{
    QString id;
    QString text;
    QString asIs;
    QString toBe;
    bool operator==(const Responsibility &) const = default;
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

/** A shape on the process diagram, in diagram units (BPMN DI). */
struct Bounds
{
    double x = 0.0;
    double y = 0.0;
    double w = 0.0;
    double h = 0.0;
    bool operator==(const Bounds &) const = default;
};

struct Point
{
    double x = 0.0;
    double y = 0.0;
    bool operator==(const Point &) const = default;
};

/**
 * A process node. Start nodes carry either `arrivals` (inter-arrival distribution) or
 * `rateCalendar`, and optionally `patience`. Tasks carry `role`, `duration` and `priority`.
 * Timers carry `duration` as their delay. `bounds` is the node's shape on the diagram; `lane`
 * places a node with no role (a gateway, an event) in a swimlane.
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
    std::optional<Bounds> bounds;
    QString lane;
    bool operator==(const Node &) const = default;
};

/** A sequence flow; `id` tells apart two flows between the same nodes. */
struct Flow
{
    QString id;
    QString from;
    QString to;
    std::optional<double> probability; // only on flows leaving an xor gateway
    QString label;
    std::vector<Point> waypoints;
    std::optional<Point> labelPosition;
    bool operator==(const Flow &) const = default;
};

/** A swimlane: a role, in diagram order, with its height (unset: the editor's default). */
struct Lane
{
    QString role;
    std::optional<double> size;
    bool operator==(const Lane &) const = default;
};

/**
 * Customers who interrupt (failure demand): once a case has been open longer than `after` (in the
 * project's time unit), its customer contacts the company at `rate` per time unit until the case
 * ends; each contact is a new case of `process` (a "where is my order?" call).
 */
struct Interrupt
{
    double after = 0.0;
    double rate = 0.0;
    QString process;
    bool operator==(const Interrupt &) const = default;
};

/**
 * Step 3 of outside-in: a work process, swimlanes by role. A process with `variantOf` is a
 * redesign of another; it runs only in a scenario that puts it in the original's place.
 */
struct Process
{
    QString id;
    QString name;
    QString description;
    QString strategy;
    QString variantOf;
    std::vector<Lane> lanes;
    std::vector<Node> nodes;
    std::vector<Flow> flows;
    std::optional<double> valuePerCase; // what a completed case is worth
    std::optional<double> costPerAbandonment; // what a customer lost while waiting costs
    std::vector<Interrupt> interrupts;
    bool operator==(const Process &) const = default;

    const Node *node(const QString &nodeId) const;
    Node *node(const QString &nodeId);
    const Flow *flow(const QString &flowId) const;
    QStringList laneRoles() const;
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

/** Another role does a task: `node` is "process/node". */
struct Reassignment
{
    QString node;
    QString role;
    bool operator==(const Reassignment &) const = default;
};

/**
 * Extra (`add`) or set (`headcount`) staff of a role within [from, to) of a repeating period
 * (unset: one day in the project's time unit): "one more agent 08:00-12:00".
 */
struct StaffingChange
{
    QString role;
    double from = 0.0;
    double to = 0.0;
    std::optional<int> add;
    std::optional<int> headcount;
    std::optional<double> period;
    bool operator==(const StaffingChange &) const = default;
};

/** Demand of one process scaled, always or within [from, to) of a repeating period. */
struct ArrivalChange
{
    QString process;
    double multiplier = 1.0;
    std::optional<double> from;
    std::optional<double> to;
    std::optional<double> period;
    bool operator==(const ArrivalChange &) const = default;
};

/** A share of a process's arrivals goes to another process instead (a channel shift). */
struct Diversion
{
    QString process;
    QString to;
    double share = 0.0;
    bool operator==(const Diversion &) const = default;
};

/** A process run in place of another: `process` is the original, `variant` its redesign. */
struct VariantChoice
{
    QString process;
    QString variant;
    bool operator==(const VariantChoice &) const = default;
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
    std::vector<VariantChoice> variants;
    std::vector<Reassignment> reassign;
    std::vector<StaffingChange> staffing;
    std::vector<ArrivalChange> arrivals;
    std::vector<Diversion> divert;
    bool operator==(const Scenario &) const = default;

    /** The process run in place of `process` (itself when no variant is chosen). */
    QString processInPlaceOf(const QString &process) const;
};

/**
 * An executive's recorded verdict on a strategy, a role change or a recommended remedy (a
 * scenario), from the review mode. `subject` is "strategy/<id>", "role/<id>" or "scenario/<id>".
 */
struct Decision
{
    enum Verdict { Approve, Reject, Question };
    QString id;
    QString subject;
    Verdict verdict = Question;
    QString note;
    QString by;
    QString date; // ISO yyyy-MM-dd
    bool operator==(const Decision &) const = default;
};

/** One step of a proof-of-concept script: what the vendor must show live, with the buyer's data. */
struct PocStep
{
    QString customerAction;
    QString role; // role id
    QString task; // "process/node"
    QString requirement; // requirement id the step demonstrates
    QString data; // what the buyer provides
    QString expected; // the outcome the evaluators look for
    std::optional<double> minutes; // time allowed
    bool operator==(const PocStep &) const = default;
};

/**
 * A proof-of-concept scenario a vendor demonstrates for one journey along its to-be process.
 * Stored (drafted, then edited by the team), never regenerated behind the team's back.
 */
struct PocScenario
{
    QString id;
    QString title;
    QString journey;
    QString process;
    std::vector<PocStep> steps;
    bool operator==(const PocScenario &) const = default;
};

/** An evaluator's score 0..3 for how well a vendor met one requirement in the proof of concept. */
struct VendorScore
{
    QString requirement;
    int score = 0;
    bool operator==(const VendorScore &) const = default;
};

/** A CRM vendor under evaluation and its scores (imported from the filled-in scoring sheet). */
struct Vendor
{
    QString id;
    QString name;
    std::vector<VendorScore> scores;
    bool operator==(const Vendor &) const = default;

    /** The score for `requirement`, if scored. */
    std::optional<int> score(const QString &requirement) const;
};

/** The scoring sheet's weight of each MoSCoW priority (Must 3, Should 2, Could 1, Won't 0). */
struct PriorityWeights
{
    int must = 3;
    int should = 2;
    int could = 1;
    int wont = 0;
    bool operator==(const PriorityWeights &) const = default;

    int weight(Priority p) const;
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
    QString currency; // what money is shown with: a sign ("€", "£") or a code ("EUR", "CHF"); empty: none
    QString created; // ISO 8601
    QString modified; // ISO 8601
    SimulationSettings simulation;

    std::vector<Strategy> strategies;
    std::vector<Persona> personas;
    std::vector<Journey> journeys;
    std::vector<Role> roles;
    std::vector<Responsibility> responsibilities;
    std::vector<Process> processes;
    std::vector<Requirement> requirements;
    std::vector<Scenario> scenarios;
    std::vector<Decision> decisions;
    std::vector<PocScenario> pocScenarios;
    std::vector<Vendor> vendors;
    PriorityWeights priorityWeights;

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
    const Responsibility *responsibility(const QString &id) const;
    const PocScenario *pocScenario(const QString &id) const;
    const Vendor *vendor(const QString &id) const;
    /** The need with this id in any persona, and the persona holding it (may be null). */
    const Need *need(const QString &id, const Persona **persona = nullptr) const;
    /** The step with this id in any journey, and the journey holding it (may be null). */
    const Step *step(const QString &id, const Journey **journey = nullptr) const;
};

} // namespace oi::model
