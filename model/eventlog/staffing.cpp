// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/eventlog/staffing.h"

#include "model/eventlog/eventlogtext.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace oi::model::eventlog {

namespace {

struct Work
{
    Instant start;
    Instant end;
    qint32 resource; // -1: none
};

// The most people at work at the same time. A person counts once however many of their activities
// overlap (a quick confirmation recorded while the next case is open): counting the activities in
// progress made four agents six. Work without a resource counts one person each.
int peakPeople(const std::vector<Work> &work)
{
    struct Change
    {
        Instant at;
        int delta;
        qint32 resource;
        bool operator<(const Change &o) const { return at != o.at ? at < o.at : delta < o.delta; }
    };
    std::vector<Change> changes;
    changes.reserve(2 * work.size());
    for (const Work &w : work) {
        changes.push_back({ w.start, +1, w.resource });
        changes.push_back({ w.end, -1, w.resource });
    }
    std::sort(changes.begin(), changes.end()); // an end before a start at the same instant
    std::unordered_map<qint32, int> openOf; // activities in progress per resource
    int people = 0, unnamed = 0, peak = 0;
    for (const Change &c : changes) {
        if (c.resource < 0) {
            unnamed += c.delta;
        } else {
            int &open = openOf[c.resource];
            people += (open == 0 && c.delta > 0) - (open == 1 && c.delta < 0);
            open += c.delta;
        }
        peak = std::max(peak, people + unnamed);
    }
    return peak;
}

// From start and end times.
int peakConcurrency(const EventLog &log, const std::vector<size_t> &events)
{
    std::vector<Work> work;
    for (const size_t i : events)
        if (const Event &e = log.events[i]; e.start != kNoTime)
            work.push_back({ e.start, e.end, e.resource });
    return peakPeople(work);
}

// With completion times only, each activity is taken to have been worked on for its typical time
// before its completion — the median time since the case's previous completion — but not before the
// same person's previous completion. Counting the different people with a completion in one clock
// hour counted both sides of a shift change: the sample's four day agents and two evening agents made
// six; this gives four, as the start and end times do.
int peakFromCompletions(const EventLog &log, const std::vector<size_t> &events, const std::vector<Instant> &typical)
{
    std::vector<std::pair<qint32, size_t>> byResource; // (resource, event), only events with one
    for (const size_t i : events)
        if (log.events[i].resource >= 0)
            byResource.emplace_back(log.events[i].resource, i);
    std::sort(byResource.begin(), byResource.end(), [&](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : log.events[a.second].end < log.events[b.second].end;
    });
    std::vector<Work> work;
    for (size_t k = 0; k < byResource.size(); ++k) {
        const Event &e = log.events[byResource[k].second];
        Instant start = e.end - typical[size_t(e.activity)];
        if (k > 0 && byResource[k - 1].first == e.resource)
            start = std::max(start, log.events[byResource[k - 1].second].end);
        work.push_back({ start, e.end, e.resource });
    }
    return peakPeople(work);
}

// Per activity, the median time from the case's previous completion to its completion.
std::vector<Instant> typicalTimes(const EventLog &log)
{
    std::vector<std::vector<Instant>> since(size_t(log.activities.size()));
    for (size_t i = 1; i < log.events.size(); ++i) {
        const Event &e = log.events[i], &before = log.events[i - 1];
        if (e.caseIndex == before.caseIndex && e.lifecycle != Lifecycle::Abort)
            since[size_t(e.activity)].push_back(e.end - before.end);
    }
    std::vector<Instant> typical(since.size(), 0);
    for (size_t a = 0; a < since.size(); ++a)
        if (!since[a].empty()) {
            auto middle = since[a].begin() + qsizetype(since[a].size() / 2);
            std::nth_element(since[a].begin(), middle, since[a].end());
            typical[a] = *middle;
        }
    return typical;
}

} // namespace

StaffingEstimate estimateStaffing(const EventLog &log, const std::vector<double> &workMinutes)
{
    StaffingEstimate s;
    const size_t activities = size_t(log.activities.size());
    const size_t resources = size_t(log.resources.size());
    std::map<std::pair<qint32, qint32>, qint64> done; // (resource, activity) -> events
    std::vector<qint64> byResource(resources, 0);
    for (const Event &e : log.events)
        if (e.resource >= 0 && e.lifecycle != Lifecycle::Abort) {
            ++done[{ e.resource, e.activity }];
            ++byResource[size_t(e.resource)];
        }

    // Resources whose main activities (a tenth of their work or more) are the same share a role.
    std::map<std::vector<qint32>, size_t> roleOfProfile;
    std::vector<std::vector<qint32>> profiles(resources);
    for (const auto &[key, n] : done)
        if (double(n) >= 0.1 * double(byResource[size_t(key.first)]))
            profiles[size_t(key.first)].push_back(key.second);
    std::vector<DraftRole> candidates;
    std::vector<size_t> roleOfResource(resources, 0);
    for (size_t r = 0; r < resources; ++r) {
        if (profiles[r].empty())
            continue;
        const auto [it, added] = roleOfProfile.try_emplace(profiles[r], candidates.size());
        if (added)
            candidates.emplace_back();
        candidates[it->second].resources.push_back(qint32(r));
        roleOfResource[r] = it->second;
    }
    std::vector<std::vector<qint64>> work(candidates.size(), std::vector<qint64>(activities, 0));
    for (const auto &[key, n] : done)
        work[roleOfResource[size_t(key.first)]][size_t(key.second)] += n;

    // Each activity goes to the role that does most of it; roles left with none are dropped.
    s.roleOfActivity.assign(activities, -1);
    std::vector<int> kept(candidates.size(), -1);
    bool unassigned = false;
    for (size_t a = 0; a < activities; ++a) {
        size_t best = candidates.size();
        for (size_t c = 0; c < candidates.size(); ++c)
            if (work[c][a] > 0 && (best == candidates.size() || work[c][a] > work[best][a]))
                best = c;
        if (best == candidates.size()) {
            unassigned = true;
            continue;
        }
        if (kept[best] < 0) {
            kept[best] = int(s.roles.size());
            s.roles.push_back(candidates[best]);
        }
        s.roleOfActivity[a] = kept[best];
    }
    if (unassigned) {
        s.roles.push_back({ s.roles.empty() ? EventLogText::tr("Staff") : EventLogText::tr("Other staff"), 1, {} });
        for (int &r : s.roleOfActivity)
            r = r < 0 ? int(s.roles.size()) - 1 : r;
    }

    std::vector<std::vector<size_t>> eventsOfRole(s.roles.size());
    for (size_t i = 0; i < log.events.size(); ++i)
        if (log.events[i].lifecycle != Lifecycle::Abort)
            eventsOfRole[size_t(s.roleOfActivity[size_t(log.events[i].activity)])].push_back(i);
    s.basis = log.hasStartTimes ? StaffingEstimate::Basis::Concurrency
        : resources > 0         ? StaffingEstimate::Basis::Completions
                                : StaffingEstimate::Basis::Load;
    Instant first = 0, last = 0;
    if (!log.events.empty()) {
        const auto [lo, hi] = std::minmax_element(
            log.events.begin(), log.events.end(), [](const Event &a, const Event &b) { return a.end < b.end; });
        first = lo->end;
        last = hi->end;
    }
    QSet<QString> names;
    std::vector<Instant> typical; // computed when first needed
    for (size_t r = 0; r < s.roles.size(); ++r) {
        DraftRole &role = s.roles[r];
        int headcount = 0;
        if (s.basis == StaffingEstimate::Basis::Concurrency)
            headcount = peakConcurrency(log, eventsOfRole[r]);
        if (headcount == 0 && !role.resources.empty()) {
            if (typical.empty())
                typical = typicalTimes(log);
            headcount = peakFromCompletions(log, eventsOfRole[r], typical);
        }
        if (headcount == 0) {
            double minutes = 0;
            for (size_t a = 0; a < activities; ++a)
                minutes += s.roleOfActivity[a] == int(r) ? workMinutes[a] : 0;
            const double span = std::max(1.0, double(last - first) / 60'000.0);
            headcount = int(std::ceil(minutes / span / 0.8));
        }
        role.headcount = std::max(1, headcount);

        // Named after its one resource (often a team already), else after what it does most.
        if (role.name.isEmpty() && role.resources.size() == 1) {
            role.name = log.resources[role.resources.front()];
        } else if (role.name.isEmpty()) {
            std::vector<std::pair<qint64, size_t>> most;
            for (size_t a = 0; a < activities; ++a)
                if (s.roleOfActivity[a] == int(r))
                    most.emplace_back(-work[size_t(std::find(kept.begin(), kept.end(), int(r)) - kept.begin())][a], a);
            std::sort(most.begin(), most.end());
            role.name = most.size() == 1
                ? EventLogText::tr("%1 staff").arg(log.activities[qsizetype(most[0].second)])
                : EventLogText::tr("%1 and %2 staff")
                      .arg(log.activities[qsizetype(most[0].second)], log.activities[qsizetype(most[1].second)]);
        }
        const QString base = role.name;
        for (int n = 2; names.contains(role.name); ++n)
            role.name = base + u' ' + QString::number(n);
        names.insert(role.name);
    }
    return s;
}

} // namespace oi::model::eventlog
