// SPDX-License-Identifier: GPL-3.0-or-later
// The constraint advisor: names the constraint of a scenario and whether it is one of capacity
// (able staff on duty, all busy) or coverage (nobody able on duty), then tries the remedies —
// more staff where and when it binds, a shift that covers the hours, inside staff cross-trained onto
// it, part of the demand diverted to another channel, the to-be variants the project holds, and one
// more person somewhere else for comparison — with common random numbers, and ranks them by the
// business case: what each costs in staff, what it saves in lost customers and value, per week.
#pragma once

#include "model/comparison.h"
#include "model/project.h"

#include <QString>

#include <atomic>
#include <vector>

namespace oi::model {

struct AdviceConstraint
{
    QString role, node; // ids; node is "process/node"
    QString window; // "08:00–12:00", where it binds (empty: all day)
    double windowFrom = 0, windowTo = 0; // the same in time units within the day
    bool coverage = false; // nobody able on duty (else: all busy)
    double utilisation = 0;
    double waitCapacity = 0, waitCoverage = 0; // per replication at the role's tasks, time units
};

struct AdviceOption
{
    QString change; // "+1 ROLE", "+1 ROLE FROM-TO", "cross-train ROLE→ROLE", "divert SHARE P→Q", "variant P"
    QString kpi = QStringLiteral("cycle_time_mean");
    QString process; // whose cycle time is measured: the constraint's
    double before = 0, after = 0, gain = 0, ci95 = 0; // gain = before − after, paired
    bool significant = false;
    double cost = 0, value = 0, net = 0; // per week, in the project's money
    double failureDemand = 0; // contacts from customers kept waiting, per week, all processes
    double failureDemandBefore = 0;
    struct GoalEffect
    {
        QString goal; // the goal's text
        QString met; // "yes" | "no" | "uncertain", with the remedy
        QString metBefore; // ... without it
    };
    std::vector<GoalEffect> goals;
    QString sentence; // in people's words: names, units, no ids
    Scenario scenario; // the what-if, ready to add to the project
};

struct Advice
{
    bool ok = false;
    QString error;
    AdviceConstraint constraint;
    QString summary; // the constraint in a sentence
    struct Window
    {
        QString window; // "08:00–12:00"
        QString role, node; // the constraint in that window
    };
    std::vector<Window> windows; // the constraint, window by window of the day
    std::vector<AdviceOption> options; // best net first
};

struct AdviceSettings
{
    int maxStaff = 2; // try +1 … +maxStaff at the constraint
    int replications = 0; // 0: the project's
    const std::atomic<bool> *cancel = nullptr;
};

Advice advise(const Project &project, const QString &scenarioId, const AdviceSettings &settings = {});

} // namespace oi::model
