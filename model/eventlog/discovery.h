// SPDX-License-Identifier: GPL-3.0-or-later
// What the log says about the process: each case's path, the directly-follows graph (which
// activity follows which, how often and after how long) and the variants (paths) with their shares.
#pragma once

#include "model/eventlog/eventlog.h"

#include <vector>

namespace oi::model::eventlog {

constexpr qint32 kStartOrEnd = -1; // an edge's `from` (the case arrives) or `to` (the case ends)

struct CaseTrace
{
    qint32 caseIndex = -1;
    qint32 first = 0; // its events are log.events[first, first + count)
    qint32 count = 0;
    bool abandoned = false; // ended without completing (an abort transition, or not at a completing activity)
    qint32 abandonedAt = kStartOrEnd; // the activity it was waiting for, when the log says
    Instant arrival = 0; // its first start (or completion)
};

struct Edge
{
    qint32 from = kStartOrEnd;
    qint32 to = kStartOrEnd;
    qint64 count = 0; // cases that went this way (each time)
    qint64 abandoned = 0; // of them, cases that left here: to the end, without completing
    double meanMinutes = 0; // from the end of `from` to the start (or end) of `to`; 0 from the start
};

struct Variant
{
    std::vector<qint32> activities; // completed activities, in order
    qint64 cases = 0;
    double share = 0;
};

struct ActivityStats
{
    qint64 events = 0;
    qint64 cases = 0;
    double meanPosition = 0; // mean place in its cases' paths, 0-based
};

struct DiscoveryOptions
{
    /** Activities that complete a case; empty: every case completes unless the log says it was aborted. */
    QStringList completingActivities;
};

struct Discovery
{
    std::vector<CaseTrace> traces;
    std::vector<ActivityStats> activities; // by activity index
    std::vector<Edge> edges; // by from, then to
    std::vector<Variant> variants; // most common first
    qint64 abandonedCases = 0;
    Instant firstTime = 0;
    Instant lastTime = 0;

    /** Edges whose count is at least `minShare` of everything leaving their `from` (0: all). */
    std::vector<Edge> edgesAbove(double minShare) const;
};

/** Precondition: `log` as readEventLog returns it (sorted by case, then time). */
Discovery discover(const EventLog &log, const DiscoveryOptions &options = {});

} // namespace oi::model::eventlog
