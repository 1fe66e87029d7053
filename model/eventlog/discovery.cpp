// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/eventlog/discovery.h"

#include <algorithm>
#include <limits>
#include <map>
#include <string>
#include <unordered_map>

namespace oi::model::eventlog {

namespace {

struct EdgeSums
{
    qint64 count = 0;
    qint64 abandoned = 0;
    qint64 timed = 0;
    double minutes = 0;
};

} // namespace

std::vector<Edge> Discovery::edgesAbove(double minShare) const
{
    std::map<qint32, qint64> leaving;
    for (const Edge &e : edges)
        leaving[e.from] += e.count;
    std::vector<Edge> out;
    for (const Edge &e : edges)
        if (double(e.count) >= minShare * double(leaving[e.from]))
            out.push_back(e);
    return out;
}

Discovery discover(const EventLog &log, const DiscoveryOptions &options)
{
    Discovery d;
    d.activities.resize(size_t(log.activities.size()));
    std::vector<bool> completing(size_t(log.activities.size()), options.completingActivities.isEmpty());
    for (const QString &a : options.completingActivities)
        if (const qsizetype at = log.activities.indexOf(a); at >= 0)
            completing[size_t(at)] = true;

    std::map<std::pair<qint32, qint32>, EdgeSums> edges;
    std::unordered_map<std::string, size_t> variantIndex;
    std::vector<qint64> lastCaseOf(size_t(log.activities.size()), -1);
    std::vector<double> positionSum(size_t(log.activities.size()), 0);
    std::vector<qint32> path;
    bool anyTime = false;

    const auto count = qint32(log.events.size());
    for (qint32 i = 0; i < count;) {
        CaseTrace t;
        t.caseIndex = log.events[size_t(i)].caseIndex;
        t.first = i;
        while (i < count && log.events[size_t(i)].caseIndex == t.caseIndex)
            ++i;
        t.count = i - t.first;

        path.clear();
        qint32 previous = kStartOrEnd;
        Instant previousEnd = 0;
        t.arrival = std::numeric_limits<Instant>::max();
        for (qint32 k = t.first; k < i; ++k) {
            const Event &e = log.events[size_t(k)];
            const Instant began = e.start != kNoTime ? e.start : e.end;
            t.arrival = std::min(t.arrival, began);
            d.firstTime = anyTime ? std::min(d.firstTime, began) : began;
            d.lastTime = anyTime ? std::max(d.lastTime, e.end) : e.end;
            anyTime = true;
            if (e.lifecycle == Lifecycle::Abort) {
                t.abandoned = true;
                t.abandonedAt = e.activity;
                break; // what a log records after an abort is not part of the path
            }
            EdgeSums &s = edges[{ previous, e.activity }];
            ++s.count;
            if (previous != kStartOrEnd) {
                ++s.timed;
                s.minutes += double(began - previousEnd) / 60'000.0;
            }
            ActivityStats &a = d.activities[size_t(e.activity)];
            ++a.events;
            if (lastCaseOf[size_t(e.activity)] != t.caseIndex) {
                lastCaseOf[size_t(e.activity)] = t.caseIndex;
                ++a.cases;
            }
            positionSum[size_t(e.activity)] += double(path.size());
            path.push_back(e.activity);
            previous = e.activity;
            previousEnd = e.end;
        }
        if (!t.abandoned && previous != kStartOrEnd && !completing[size_t(previous)])
            t.abandoned = true;
        if (t.abandonedAt != kStartOrEnd) {
            // Sent to that activity, then gone before it was done.
            ++edges[{ previous, t.abandonedAt }].count;
            EdgeSums &out = edges[{ t.abandonedAt, kStartOrEnd }];
            ++out.count;
            ++out.abandoned;
        } else if (previous != kStartOrEnd) {
            EdgeSums &out = edges[{ previous, kStartOrEnd }];
            ++out.count;
            out.abandoned += t.abandoned ? 1 : 0;
        }
        d.abandonedCases += t.abandoned ? 1 : 0;

        const std::string key(reinterpret_cast<const char *>(path.data()), path.size() * sizeof(qint32));
        const auto [it, added] = variantIndex.try_emplace(key, d.variants.size());
        if (added)
            d.variants.push_back({ path, 0, 0 });
        ++d.variants[it->second].cases;
        d.traces.push_back(t);
    }

    for (const auto &[fromTo, s] : edges)
        d.edges.push_back(
            { fromTo.first, fromTo.second, s.count, s.abandoned, s.timed ? s.minutes / double(s.timed) : 0 });
    for (size_t a = 0; a < d.activities.size(); ++a)
        if (d.activities[a].events > 0)
            d.activities[a].meanPosition = positionSum[a] / double(d.activities[a].events);
    std::stable_sort(
        d.variants.begin(), d.variants.end(), [](const Variant &a, const Variant &b) { return a.cases > b.cases; });
    for (Variant &v : d.variants)
        v.share = d.traces.empty() ? 0 : double(v.cases) / double(d.traces.size());
    return d;
}

} // namespace oi::model::eventlog
