// SPDX-License-Identifier: GPL-3.0-or-later
// Is the draft calibrated? Its process is simulated and compared with the log side by side: cycle
// times (with the earth mover's distance between the two distributions), throughput, cases that
// left, arrivals by hour of the day, how often each activity is done, and the variants' shares.
#pragma once

#include "model/eventlog/draft.h"
#include "model/eventlog/eventlog.h"

#include <QList>
#include <QStringList>

#include <array>
#include <vector>

namespace oi::model::eventlog {

/** One measure, as the log shows it and as the simulated draft does. */
struct Compared
{
    double observed = 0;
    double simulated = 0;
};

struct CalibrationCheck
{
    QString error; // set: the draft could not be simulated (the engine's sentence)
    qint64 observedCases = 0;
    qint64 simulatedCases = 0; // arrived after the warm-up, all replications
    Compared cycleMean; // minutes, of cases that completed
    Compared cycleP90;
    double earthMovers = 0; // between the two cycle-time distributions, in minutes
    Compared perDay; // cases completed per day
    Compared leftShare; // cases that left without completing, of all cases
    std::array<Compared, 24> arrivalsByHour {}; // each hour's share of the arrivals
    double arrivalGap = 0; // the largest difference between two hourly shares
    std::vector<Compared> perCase; // per activity: times done per case
    std::vector<std::pair<size_t, Compared>> variants; // the log's most common variants (index), their shares
};

/** Simulates `draft` (its own settings, `replications` of them) with an observer of every case step. */
CalibrationCheck checkCalibration(const EventLog &log, const Draft &draft, int replications = 3);

/** A header row, then measure, log, simulated; times in the unit that reads best. */
QList<QStringList> calibrationTable(const CalibrationCheck &check, const Draft &draft, const EventLog &log);

/** ∫ |F(x) − G(x)| dx of two samples' cumulative shares; both sorted. */
double earthMoversDistance(const std::vector<double> &a, const std::vector<double> &b);

} // namespace oi::model::eventlog
