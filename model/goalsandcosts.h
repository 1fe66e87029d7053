// SPDX-License-Identifier: GPL-3.0-or-later
// What a run says about the strategy: each goal with a measure checked against its target, and
// what the staff cost, what abandonment lost and what completed cases earned.
#pragma once

#include "model/project.h"

#include "simulation/results.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <map>
#include <vector>

namespace oi::model {

enum class GoalVerdict { Met, NotMet, Uncertain };

struct GoalResult
{
    QString strategy;
    QString goal; // the goal's text
    Measure measure;
    QString measuredProcess; // the process that ran in the measured one's place
    bool measured = false; // false: that process (or role) did not run
    sim::Stat value; // mean and 95 % half-width across replications
    double target = 0;
    GoalVerdict met = GoalVerdict::Uncertain;
};

/**
 * Every goal with a measure, for results of `project` (results.scenario names the scenario). A
 * verdict is "uncertain" when the 95 % interval straddles the target. Process-level wait is the
 * wait per task visit over all the process's tasks.
 */
std::vector<GoalResult> evaluateGoals(const Project &project, const sim::Results &results);

struct CostResult
{
    double staff = 0; // staff-time on duty after warm-up, at each role's cost per hour
    std::map<QString, double> byRole;
    double overtime = 0; // work after shift ends, apart from staff
    double lost = 0; // abandoned cases at their process's cost per abandonment
    double value = 0; // completed cases at their process's value per case
    double net = 0; // value - staff - overtime - lost
    double hours = 0; // the measured period, in hours
};

/** Means over replications; nothing is priced that has no price (a role without cost_per_hour costs 0). */
CostResult evaluateCosts(const Project &project, const sim::Results &results);

/** "goals": [{strategy, goal, kpi, value: {mean, ci95}, target, met: yes | no | uncertain, ...}]. */
QJsonArray goalsToJson(const std::vector<GoalResult> &goals);
/** "costs": {staff, by_role: {role: cost}, lost, net, overtime, value, hours}. */
QJsonObject costsToJson(const CostResult &costs);

/** True if any goal has a measure or anything has a price: only then do results carry them. */
bool hasGoalsOrCosts(const Project &project);

} // namespace oi::model
