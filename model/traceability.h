// SPDX-License-Identifier: GPL-3.0-or-later
// Outside-in traceability: strategy -> roles -> processes -> journey steps -> requirements, and back;
// the customer's needs enter the chain at the steps that serve them.
#pragma once

#include "model/project.h"

#include <QStringList>

#include <vector>

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

/**
 * Entities nothing explains, each list in project order. The validator reports the first three as
 * warnings; the others are gaps of the redesign that `outsidein-cli trace` lists.
 */
struct Orphans
{
    QStringList roles; // no strategy of its own and no task in a process with a strategy
    QStringList steps; // linked to no process
    QStringList requirements; // no step needs it and it names no process node
    // No journey step links to it or to one of its nodes. A variant counts as triggered when its
    // original is, and so does a process a scenario diverts a triggered process's customers to.
    QStringList processes;
    QStringList strategies; // no role that names it changes (every one is unchanged, or there is none)
    QStringList needs; // no journey step serves it
    QStringList toBeRolesWithoutTasks; // moved, new or merged, yet no task in any process
    bool operator==(const Orphans &) const = default;
};

Orphans findOrphans(const Project &project);

/**
 * Which items of one layer of the chain are linked to which of the next: `cells[row][column]`,
 * rows and columns as ids in project order. An uncovered row or column is a gap in the chain.
 */
struct TraceMatrix
{
    QStringList rows;
    QStringList columns;
    std::vector<std::vector<bool>> cells;
    bool operator==(const TraceMatrix &) const = default;

    int coveredRows() const; // rows linked to at least one column
    int coveredColumns() const; // columns linked to at least one row
};

/** A role belongs to a strategy when it names the strategy or has a task in a process that names it. */
TraceMatrix strategyRoleMatrix(const Project &project);
/** A role works in a process when one of the process's nodes is its task. */
TraceMatrix roleProcessMatrix(const Project &project);
/** A step triggers the processes it links to (or to one of their nodes), with their variants and diversions. */
TraceMatrix stepProcessMatrix(const Project &project);
/** Linked either way: requirement.steps or step.requirements. */
TraceMatrix requirementStepMatrix(const Project &project);
/** Columns: every task as "process/node", and any other node a requirement names. */
TraceMatrix requirementNodeMatrix(const Project &project);
/** Rows: the needs of every persona; a step serves a need it lists in `serves`. */
TraceMatrix needStepMatrix(const Project &project);

/** Everything on the chain of one item, each list in project order (ids), for highlighting. */
struct Chain
{
    QStringList strategies;
    QStringList roles;
    QStringList processes;
    QStringList steps;
    QStringList requirements;
    QStringList needs;
    bool operator==(const Chain &) const = default;
};

/**
 * The chain through the item of `kind` ("strategy", "role", "process", "step", "requirement" or
 * "need") with `id`: the item itself, what follows from it downstream (strategy -> role -> process
 * -> step -> requirement) and what it follows from upstream; the needs its steps serve; and the
 * strategies whose chain holds it. A strategy's chain is traceStrategy() with every role that
 * belongs to it (see strategyRoleMatrix). Empty for an unknown kind or id.
 */
Chain chainOf(const Project &project, const QString &kind, const QString &id);

/** "support/triage" -> ("support", "triage"); a plain "support" gives an empty node id. */
std::pair<QString, QString> splitNodeRef(const QString &ref);

} // namespace oi::model
