// SPDX-License-Identifier: GPL-3.0-or-later
// The vendor proof-of-concept specification (issue 15) as a document model: what the HTML, PDF,
// Markdown, JSON and CSV writers all lay out, built once from the project so every format says the
// same. Names, not ids, wherever a person reads; ids are kept beside them for the machine formats.
#pragma once

#include "model/project.h"
#include "model/runstore.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace oi::model::spec {

/** The sections a reader may leave out (the preview dialog's choices). */
struct SpecSections
{
    bool summary = true;
    bool organisation = true;
    bool processes = true;
    bool sizing = true;
    bool poc = true;
    bool scoring = true;
    bool traceability = true;
};

struct SpecOptions
{
    QString version = QStringLiteral("1.0");
    QString date; // yyyy-MM-dd; empty: today
    SpecSections sections;
};

/** A decision shown where its subject appears. */
struct DecisionView
{
    QString verdict; // "approve", "reject", "question"
    QString note, by, date;
};

struct StrategyView
{
    QString id, title, statement, owner;
    QStringList goals; // "Cycle time at most 2 days" as written
    std::vector<DecisionView> decisions;
};

struct RoleChangeView
{
    QString id, name, department, office, change, strategy; // strategy by title
    QStringList asIs, toBe; // the responsibilities it loses and gains
    std::vector<DecisionView> decisions;
};

/** What the customer experiences at a step of the process: one linked journey step. */
struct TouchView
{
    QString journey, step; // names
    QString channel;
    int emotion = 0;
    std::optional<int> emotionToBe;
    QStringList painPoints;
};

/** A requirement as the vendor reads it; `standsOut` for every Must and every offline/field one. */
struct RequirementView
{
    QString id, kind, text, priority, acceptance;
    bool must = false;
    bool offline = false; // mentions offline work or is needed by a field-office role
};

struct ProcessStepView
{
    QString node; // node id
    QString name, role, office; // role by name
    std::vector<TouchView> touches;
    std::vector<RequirementView> requirements; // grouped by kind, in kind order
};

struct ProcessView
{
    QString id, name, description, strategy, variantOf; // names
    std::vector<ProcessStepView> steps;
    std::vector<RequirementView> processWide; // needed by steps linked to the whole process
};

/** One role's users on duty in each hour of the day, as the run's scenario staffs it. */
struct OnDutyRow
{
    QString roleId, role; // role by name
    std::array<int, 24> onDuty {}; // the most on duty at once within the hour (any day of the period)
    std::array<double, 24> utilisation {}; // busy share of those on duty, 0..1; 0 where nobody is
    int peak = 0, peakHour = 0; // the most on duty in any hour, and the first hour it happens
};

/** Sizing figures from a stored run, stated as non-functional requirements. */
struct SizingView
{
    QString run; // "run 3 of 2026-11-30, scenario To-be"; empty: no stored run
    QStringList requirements;
    std::vector<OnDutyRow> onDuty; // users on duty per role by hour; empty: no staffing known
};

struct PocStepView
{
    int number = 0;
    QString customerAction, role, task, requirementId, requirement, data, expected;
    std::optional<double> minutes;
};

struct PocView
{
    QString id, title, journey, process; // names
    std::vector<PocStepView> steps;
    double totalMinutes = 0;
};

struct ScoreRow
{
    QString requirementId, requirement, priority;
    int weight = 0;
    std::vector<std::optional<int>> scores; // one per vendor
};

struct VendorTotal
{
    QString id, name;
    int weighted = 0;
    int maximum = 0;
    QStringList knockedOutBy; // Musts scored 0
};

struct TraceRow
{
    QString strategy, role, process, step, requirement; // names, empty where the chain has no link
};

struct SpecDocument
{
    QString client, project, version, date, author, description;
    std::vector<StrategyView> strategies;
    std::vector<RoleChangeView> roles;
    std::vector<ProcessView> processes;
    std::vector<RequirementView> requirements; // every requirement, in project order
    SizingView sizing;
    std::vector<PocView> poc;
    QStringList vendors; // names, the scoring sheet's columns
    std::vector<ScoreRow> scoring;
    std::vector<VendorTotal> totals;
    std::vector<TraceRow> trace;
    std::vector<RequirementView> unneeded; // requirements no step needs
    std::vector<DecisionView> otherDecisions; // on scenarios (recommended remedies)
    QStringList otherDecisionSubjects;
    SpecSections sections;
};

/** Builds the document; `runs` are the project's stored runs (the latest is used for sizing). */
SpecDocument buildSpec(const Project &project, const std::vector<RunRecord> &runs, const SpecOptions &options);

/** The sizing section from the latest of `runs` (none: an empty view). */
SizingView buildSizing(const Project &project, const std::vector<RunRecord> &runs);

/** The weighted totals and knock-outs of the vendors (a Must scored 0 knocks a vendor out). */
std::vector<VendorTotal> vendorTotals(const Project &project);

/** The scoring sheet's vendor columns: the vendors, else three for the evaluators to name. */
QStringList scoringColumns(const SpecDocument &doc);

/** Translated labels shared by every writer. */
QString kindLabel(const QString &kind);
QString priorityLabel(const QString &priority);
QString verdictLabel(const QString &verdict);
QString emotionLabel(int emotion);

} // namespace oi::model::spec
