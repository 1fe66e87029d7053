// SPDX-License-Identifier: GPL-3.0-or-later
// Outside-in traceability: strategy -> roles -> processes -> journey steps -> requirements, and back.
#pragma once

#include "model/project.h"

#include <QStringList>

namespace oi::model {

/** Everything a strategy drives, each list in project order (ids; nodes as "process/node"). */
struct StrategyTrace
{
    QStringList roles; // roles whose `strategy` is it
    QStringList processes; // processes whose `strategy` is it, or with a task of a driven role
    QStringList steps; // steps linked to a driven process (or node) or a driven role
    QStringList requirements; // requirements of a driven step, or on a node of a driven process
    bool operator==(const StrategyTrace &) const = default;
};

StrategyTrace traceStrategy(const Project &project, const QString &strategyId);

/** The chain from a requirement back to the strategies that explain it. */
struct RequirementTrace
{
    QStringList steps; // linked either way (requirement.steps or step.requirements)
    QStringList nodes; // "process/node"
    QStringList processes; // of those nodes and of those steps
    QStringList roles; // front/back roles of the steps, roles of the nodes
    QStringList strategies; // of those processes and roles
    bool operator==(const RequirementTrace &) const = default;
};

RequirementTrace traceRequirement(const Project &project, const QString &requirementId);

/** Entities nothing explains; the validator reports them as warnings. */
struct Orphans
{
    QStringList roles; // no strategy of its own and no task in a process with a strategy
    QStringList steps; // linked to no process
    QStringList requirements; // no step needs it and it names no process node
    bool operator==(const Orphans &) const = default;
};

Orphans findOrphans(const Project &project);

/** "support/triage" -> ("support", "triage"); a plain "support" gives an empty node id. */
std::pair<QString, QString> splitNodeRef(const QString &ref);

} // namespace oi::model
