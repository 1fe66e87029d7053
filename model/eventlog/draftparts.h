// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces draftFromLog() puts together: the times the log shows, the process and the journey.
#pragma once

#include "model/eventlog/draft.h"

#include <vector>

namespace oi::model::eventlog::detail {

struct ObservedTimes
{
    std::vector<std::vector<double>> durations; // per activity, in minutes
    std::vector<bool> serviceTime; // per activity: measured from its start (else since the previous completion)
    std::vector<double> workMinutes; // per activity, the sum of its durations
    double waitingMinutes = 0; // every case's time before each activity: the exposure to abandoning
};

ObservedTimes observeTimes(const EventLog &log, const Discovery &discovery);

struct ProcessParts
{
    QString id;
    QString name;
    QString journeyName;
    std::vector<QString> nodeOfActivity; // task ids
    std::vector<QString> roleOfActivity; // role ids
    std::vector<Distribution> durationOfActivity;
    ArrivalFit arrivals;
    Distribution patience;
    double minEdgeShare = 0;
    bool routeAbandoned = false; // count the ways of cases that left too (when the draft would have no way out)
};

Process buildProcess(const EventLog &log, const Discovery &discovery, const ProcessParts &parts);

/** Activities in journey order: the most common variant's, then the others by their mean position. */
std::vector<qint32> journeyOrder(const EventLog &log, const Discovery &discovery);

Journey buildJourney(const EventLog &log, const std::vector<qint32> &order, const ProcessParts &parts,
    const Project &project, int stepsPerStage);

/** The channel a log's text names ("call centre" is phone, "portal" web), Other when none. */
Channel channelFromText(const QString &text);

} // namespace oi::model::eventlog::detail
