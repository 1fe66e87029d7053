// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/eventlog/metrics.h"

#include "model/eventlog/eventlogtext.h"
#include "model/eventlog/fitting.h"

#include <algorithm>
#include <cmath>

namespace oi::model::eventlog {

namespace {

struct Observation
{
    qint32 caseIndex;
    double value;
};

// Observations arrive case by case; a case's latest value is the last of its run.
std::vector<Observation> latestPerCase(const std::vector<Observation> &all)
{
    std::vector<Observation> latest;
    for (const Observation &o : all) {
        if (!latest.empty() && latest.back().caseIndex == o.caseIndex)
            latest.back() = o;
        else
            latest.push_back(o);
    }
    return latest;
}

std::optional<StepMetric> rangeOf(qint32 activity, const QString &name, const QString &unit, double scale,
    const std::vector<Observation> &all, const RangeOptions &options)
{
    const std::vector<Observation> latest = latestPerCase(all);
    if (qint64(latest.size()) < options.minCases)
        return std::nullopt;
    std::vector<double> values;
    values.reserve(all.size());
    for (const Observation &o : all)
        values.push_back(o.value / scale);
    std::sort(values.begin(), values.end());
    StepMetric m;
    m.activity = activity;
    m.metric.name = name;
    m.metric.unit = unit;
    m.metric.low = fourDigits(quantile(values, options.low));
    m.metric.high = fourDigits(quantile(values, options.high));
    m.metric.value = fourDigits(quantile(values, 0.5));
    m.cases = qint64(latest.size());
    for (const Observation &o : latest) {
        const double v = o.value / scale;
        if (v < *m.metric.low || v > *m.metric.high)
            m.outside.push_back({ o.caseIndex, v, v > *m.metric.high });
    }
    return m;
}

} // namespace

double quantile(const std::vector<double> &sorted, double share)
{
    if (sorted.empty())
        return 0;
    const double h = std::clamp(share, 0.0, 1.0) * double(sorted.size() - 1);
    const auto below = size_t(std::floor(h));
    const size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (h - double(below)) * (sorted[above] - sorted[below]);
}

std::vector<StepMetric> stepMetrics(const EventLog &log, const Discovery &discovery, const RangeOptions &options)
{
    const size_t activities = size_t(log.activities.size());
    const size_t attributes = size_t(log.attributeNames.size());
    std::vector<std::vector<Observation>> gaps(activities), repeats(activities);
    std::vector<std::vector<std::vector<Observation>>> values(
        activities, std::vector<std::vector<Observation>>(attributes));
    std::vector<qint32> timesInCase(activities, 0);
    std::vector<qint32> seen;
    for (const CaseTrace &t : discovery.traces) {
        std::optional<Instant> previousEnd;
        seen.clear();
        for (qint32 k = t.first; k < t.first + t.count; ++k) {
            const Event &e = log.events[size_t(k)];
            if (e.lifecycle == Lifecycle::Abort)
                break;
            const size_t a = size_t(e.activity);
            if (previousEnd)
                gaps[a].push_back({ t.caseIndex, double((e.start != kNoTime ? e.start : e.end) - *previousEnd) });
            for (size_t j = 0; j < attributes; ++j)
                if (const double v = log.attribute(size_t(k), int(j)); std::isfinite(v))
                    values[a][j].push_back({ t.caseIndex, v });
            if (timesInCase[a]++ == 0)
                seen.push_back(e.activity);
            previousEnd = e.end;
        }
        for (const qint32 a : seen) {
            repeats[size_t(a)].push_back({ t.caseIndex, double(timesInCase[size_t(a)]) });
            timesInCase[size_t(a)] = 0;
        }
    }

    std::vector<StepMetric> out;
    for (size_t a = 0; a < activities; ++a) {
        if (!gaps[a].empty()) {
            // In the unit its median reads best in: minutes, hours or days.
            std::vector<double> ms;
            for (const Observation &o : gaps[a])
                ms.push_back(o.value);
            std::nth_element(ms.begin(), ms.begin() + qsizetype(ms.size() / 2), ms.end());
            const double median = ms[ms.size() / 2];
            const bool minutes = median < 2 * 3'600'000.0, hours = median < 2 * 86'400'000.0;
            if (auto m = rangeOf(qint32(a), EventLogText::tr("Time since the step before"),
                    minutes     ? EventLogText::tr("min")
                        : hours ? EventLogText::tr("h")
                                : EventLogText::tr("days"),
                    minutes     ? 60'000.0
                        : hours ? 3'600'000.0
                                : 86'400'000.0,
                    gaps[a], options))
                out.push_back(std::move(*m));
        }
        const bool repeated
            = std::any_of(repeats[a].begin(), repeats[a].end(), [](const Observation &o) { return o.value > 1; });
        if (repeated)
            if (auto m = rangeOf(qint32(a), EventLogText::tr("Times per case"), QString(), 1.0, repeats[a], options))
                out.push_back(std::move(*m));
        for (size_t j = 0; j < attributes; ++j)
            if (auto m = rangeOf(qint32(a), log.attributeNames[qsizetype(j)], QString(), 1.0, values[a][j], options))
                out.push_back(std::move(*m));
    }
    return out;
}

} // namespace oi::model::eventlog
