// SPDX-License-Identifier: GPL-3.0-or-later
// Metrics with normal ranges: per journey step, the observed distribution of a measure (the time
// since the step before, how often a case does it, a numeric attribute) gives a normal range
// between two percentiles; cases whose latest value lies outside it are outside.
#pragma once

#include "model/eventlog/discovery.h"
#include "model/eventlog/eventlog.h"
#include "model/project.h"

#include <vector>

namespace oi::model::eventlog {

struct MetricSignal
{
    qint32 caseIndex = -1;
    double value = 0; // in the metric's unit
    bool above = false;
};

struct StepMetric
{
    qint32 activity = -1;
    Metric metric; // name, unit, low and high (the normal range), value (the median)
    qint64 cases = 0; // cases with a value
    std::vector<MetricSignal> outside; // cases whose latest value is outside the range, in case order
};

struct RangeOptions
{
    double low = 0.05; // the percentiles that bound the normal range
    double high = 0.95;
    int minCases = 20; // fewer cases give no range
};

/** Precondition: `discovery` is of `log`. */
std::vector<StepMetric> stepMetrics(const EventLog &log, const Discovery &discovery, const RangeOptions &options = {});

/** The `share` quantile of `sorted` values (linear between order statistics). */
double quantile(const std::vector<double> &sorted, double share);

} // namespace oi::model::eventlog
