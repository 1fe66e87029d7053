// SPDX-License-Identifier: GPL-3.0-or-later
// The draft process: a task per activity, an xor gateway wherever an activity (or the arrival)
// has several successors, with the shares the log shows; ways back are rework loops.
#include "model/eventlog/draftparts.h"
#include "model/eventlog/eventlogtext.h"
#include "model/migrationv2.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace oi::model::eventlog::detail {

ObservedTimes observeTimes(const EventLog &log, const Discovery &discovery)
{
    const size_t activities = size_t(log.activities.size());
    ObservedTimes t;
    std::vector<std::vector<double>> sinceBefore(activities);
    t.durations.resize(activities);
    for (const CaseTrace &trace : discovery.traces) {
        std::optional<Instant> previousEnd;
        for (qint32 k = trace.first; k < trace.first + trace.count; ++k) {
            const Event &e = log.events[size_t(k)];
            if (e.lifecycle == Lifecycle::Abort) {
                if (previousEnd)
                    t.waitingMinutes += double(e.end - *previousEnd) / 60'000.0;
                break;
            }
            const size_t a = size_t(e.activity);
            if (e.start != kNoTime) {
                t.durations[a].push_back(double(e.end - e.start) / 60'000.0);
                if (previousEnd)
                    t.waitingMinutes += double(std::max<Instant>(0, e.start - *previousEnd)) / 60'000.0;
            } else if (previousEnd) {
                // Completion times only: waiting and work together, the best the log can tell.
                const double since = double(e.end - *previousEnd) / 60'000.0;
                sinceBefore[a].push_back(since);
                t.waitingMinutes += since;
            }
            previousEnd = e.end;
        }
    }
    t.serviceTime.resize(activities);
    t.workMinutes.resize(activities);
    for (size_t a = 0; a < activities; ++a) {
        t.serviceTime[a] = !t.durations[a].empty();
        if (!t.serviceTime[a])
            t.durations[a] = std::move(sinceBefore[a]);
        for (const double d : t.durations[a])
            t.workMinutes[a] += d;
    }
    return t;
}

namespace {

struct Way
{
    qint32 to;
    qint64 cases;
};

// Shares in ten-thousandths that add up to exactly 1, none of them 0 (a way taken stays open).
std::vector<double> shares(const std::vector<Way> &ways)
{
    qint64 total = 0;
    for (const Way &w : ways)
        total += w.cases;
    std::vector<qint64> parts;
    qint64 sum = 0;
    size_t largest = 0;
    for (size_t i = 0; i < ways.size(); ++i) {
        parts.push_back(std::max<qint64>(1, std::llround(10000.0 * double(ways[i].cases) / double(total))));
        sum += parts.back();
        if (ways[i].cases > ways[largest].cases)
            largest = i;
    }
    parts[largest] += 10000 - sum;
    std::vector<double> out;
    for (const qint64 p : parts)
        out.push_back(double(p) / 10000.0);
    return out;
}

} // namespace

Process buildProcess(const EventLog &log, const Discovery &discovery, const ProcessParts &parts)
{
    Process p;
    p.id = parts.id;
    p.name = parts.name;
    QSet<QString> taken { QStringLiteral("start"), QStringLiteral("end") };
    for (const QString &id : parts.nodeOfActivity)
        taken.insert(id);

    Node start;
    start.id = QStringLiteral("start");
    start.name = EventLogText::tr("Case opened");
    start.type = NodeType::Start;
    if (parts.arrivals.calendar)
        start.rateCalendar = parts.arrivals.calendar;
    else
        start.arrivals = parts.arrivals.interArrival;
    start.patience = parts.patience;
    p.nodes.push_back(start);
    for (qsizetype a = 0; a < log.activities.size(); ++a) {
        if (discovery.activities[size_t(a)].events == 0)
            continue;
        Node task;
        task.id = parts.nodeOfActivity[size_t(a)];
        task.name = log.activities[a];
        task.role = parts.roleOfActivity[size_t(a)];
        task.duration = parts.durationOfActivity[size_t(a)];
        p.nodes.push_back(task);
        if (!p.laneRoles().contains(task.role))
            p.lanes.push_back({ task.role, std::nullopt });
    }

    // The ways out of each node, cases that left without completing apart (patience sends them).
    std::map<qint32, std::vector<Way>> routed, all;
    for (const Edge &e : discovery.edges) {
        all[e.from].push_back({ e.to, e.count });
        if (e.count > e.abandoned)
            routed[e.from].push_back({ e.to, e.count - e.abandoned });
    }
    // A way taken by few is left out when asked, but never a node's most common way in or out.
    std::map<qint32, qint64> mostIn;
    for (const Edge &e : discovery.edges)
        mostIn[e.to] = std::max(mostIn[e.to], e.count);
    auto nodeId = [&](qint32 activity, bool from) {
        return activity == kStartOrEnd ? (from ? QStringLiteral("start") : QStringLiteral("end"))
                                       : parts.nodeOfActivity[size_t(activity)];
    };
    QSet<QString> flowIds;
    auto addFlow = [&](const QString &from, const QString &to, std::optional<double> probability) {
        Flow f;
        f.from = from;
        f.to = to;
        f.probability = probability;
        QString id = from + u'-' + to;
        for (int n = 2; flowIds.contains(id); ++n)
            id = from + u'-' + to + u'-' + QString::number(n);
        flowIds.insert(id);
        f.id = id;
        p.flows.push_back(f);
    };
    bool endUsed = false;
    for (auto &[from, candidates] : all) {
        std::vector<Way> ways = routed.count(from) && !parts.routeAbandoned ? routed[from] : candidates;
        if (parts.minEdgeShare > 0 && ways.size() > 1) {
            qint64 total = 0, top = 0;
            for (const Way &w : ways) {
                total += w.cases;
                top = std::max(top, w.cases);
            }
            std::vector<Way> kept;
            for (const Way &w : ways)
                if (double(w.cases) >= parts.minEdgeShare * double(total) || w.cases == top || w.cases == mostIn[w.to])
                    kept.push_back(w);
            ways = kept;
        }
        const QString source = nodeId(from, true);
        for (const Way &w : ways)
            endUsed = endUsed || w.to == kStartOrEnd;
        if (ways.size() == 1) {
            addFlow(source, nodeId(ways.front().to, false), std::nullopt);
            continue;
        }
        Node choice;
        choice.type = NodeType::Xor;
        choice.name = from == kStartOrEnd ? EventLogText::tr("First activity")
                                          : EventLogText::tr("After %1").arg(log.activities[from]);
        choice.id = v2::idFromText(choice.name, QStringLiteral("choice"), taken);
        p.nodes.push_back(choice);
        addFlow(source, choice.id, std::nullopt);
        const std::vector<double> share = shares(ways);
        for (size_t i = 0; i < ways.size(); ++i)
            addFlow(choice.id, nodeId(ways[i].to, false), share[i]);
    }
    Node end;
    end.id = QStringLiteral("end");
    end.name = EventLogText::tr("Case closed");
    end.type = NodeType::End;
    if (endUsed || p.flows.empty())
        p.nodes.push_back(end);
    return p;
}

} // namespace oi::model::eventlog::detail
