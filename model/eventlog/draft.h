// SPDX-License-Identifier: GPL-3.0-or-later
// An event log made into a draft project for the consultant to refine: a calibrated process
// (tasks, xor gateways with the observed shares, rework loops, arrivals, patience, roles with
// headcounts) and a journey whose steps are the activities, linked to the process's tasks, with
// the normal ranges of their metrics.
#pragma once

#include "model/eventlog/arrivals.h"
#include "model/eventlog/discovery.h"
#include "model/eventlog/eventlog.h"
#include "model/eventlog/fitting.h"
#include "model/eventlog/metrics.h"
#include "model/eventlog/staffing.h"
#include "model/project.h"

#include <optional>

namespace oi::model::eventlog {

struct DraftOptions
{
    QString name; // the project's and the process's; empty: "Process from the log"
    QString source; // the log's file name, for the descriptions
    int stepsPerStage = 4; // journey stages: one per so many steps, in journey order
    double minEdgeShare = 0; // leave out ways taken by fewer than this share of a node's cases
    QStringList completingActivities; // see DiscoveryOptions
    RangeOptions ranges; // the normal ranges of the steps' metrics
};

/** How one task's duration was fitted. */
struct TaskFit
{
    QString activity;
    QString node;
    bool serviceTime = true; // from start to completion; false: since the case's previous completion
    DurationFit fit;
};

struct Draft
{
    Project project; // one process, its roles, one journey
    Discovery discovery;
    std::vector<TaskFit> fits; // in journey order
    ArrivalFit arrivals;
    StaffingEstimate staffing;
    Distribution patience; // unset when no case was seen ending without completing
    std::vector<StepMetric> metrics; // also on the journey's steps, with their normal ranges
    QStringList notes; // sentences about what the draft assumed
};

/** Precondition: `log` has events (as readEventLog returns it). */
Draft draftFromLog(const EventLog &log, const DraftOptions &options = {});

} // namespace oi::model::eventlog
