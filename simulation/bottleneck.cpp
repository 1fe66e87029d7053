// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/bottleneck.h"

#include <algorithm>
#include <cmath>

namespace oi::sim {

namespace {

struct TaskRef
{
    size_t process, node;
    int role;
    std::string name;
};

std::vector<TaskRef> tasksOf(const Layout &layout)
{
    std::vector<TaskRef> tasks;
    for (size_t p = 0; p < layout.processes.size(); ++p)
        for (size_t n = 0; n < layout.processes[p].nodes.size(); ++n) {
            const Layout::NodeInfo &ni = layout.processes[p].nodes[n];
            if (ni.type == NodeType::Task)
                tasks.push_back({ p, n, ni.role, layout.processes[p].id + "/" + ni.id });
        }
    return tasks;
}

/** Pooled sums over the hours [first, last) of the day, or the whole run when first < 0. */
Bottleneck score(const Results &results, const TaskRef &t, int first, int last, double totalWait)
{
    double busy = 0, available = 0, wait = 0;
    for (const ReplicationResult &r : results.perReplication) {
        const RoleRep &role = r.roles[static_cast<size_t>(t.role)];
        const NodeRep &node = r.processes[t.process].nodes[t.node];
        if (first < 0) {
            busy += role.busyArea;
            available += role.availableArea;
            wait += node.queueArea;
            continue;
        }
        for (int h = first; h < last; ++h) {
            busy += role.busyByHour[static_cast<size_t>(h)];
            available += role.availableByHour[static_cast<size_t>(h)];
            wait += node.queueAreaByHour[static_cast<size_t>(h)];
        }
    }
    Bottleneck b;
    b.role = results.layout.roles[static_cast<size_t>(t.role)];
    b.node = t.name;
    b.waitShare = totalWait > 0 ? wait / totalWait : 0.0;
    if (available > 0) {
        b.utilization = busy / available;
        b.score = (b.utilization + b.waitShare) / 2;
    } else {
        // Nobody on duty: utilisation has no meaning (not 1, not 0), so waiting alone ranks it.
        b.utilization = std::nan("");
        b.score = b.waitShare;
    }
    return b;
}

double totalWaiting(const Results &results, const std::vector<TaskRef> &tasks, int first, int last)
{
    double total = 0;
    for (const ReplicationResult &r : results.perReplication)
        for (const TaskRef &t : tasks) {
            const NodeRep &node = r.processes[t.process].nodes[t.node];
            if (first < 0)
                total += node.queueArea;
            else
                for (int h = first; h < last; ++h)
                    total += node.queueAreaByHour[static_cast<size_t>(h)];
        }
    return total;
}

const TaskRef *constraintOf(const Results &results, const std::vector<TaskRef> &tasks, int first, int last)
{
    const double total = totalWaiting(results, tasks, first, last);
    const TaskRef *best = nullptr;
    double bestScore = -1;
    for (const TaskRef &t : tasks) {
        const double s = score(results, t, first, last, total).score;
        if (s > bestScore) {
            bestScore = s;
            best = &t;
        }
    }
    return best;
}

} // namespace

void analyseBottlenecks(Results &results)
{
    results.bottlenecks.clear();
    results.windows.clear();
    const std::vector<TaskRef> tasks = tasksOf(results.layout);
    if (tasks.empty() || results.perReplication.empty())
        return;
    const double total = totalWaiting(results, tasks, -1, -1);
    for (const TaskRef &t : tasks)
        results.bottlenecks.push_back(score(results, t, -1, -1, total));
    std::stable_sort(results.bottlenecks.begin(), results.bottlenecks.end(),
        [](const Bottleneck &a, const Bottleneck &b) { return a.score > b.score; });

    // The constraint hour by hour, with neighbouring hours of the same constraint joined.
    const double hour = results.layout.dayLength / kDayBuckets;
    int start = 0;
    const TaskRef *current = constraintOf(results, tasks, 0, 1);
    for (int h = 1; h <= kDayBuckets; ++h) {
        const TaskRef *next = h < kDayBuckets ? constraintOf(results, tasks, h, h + 1) : nullptr;
        if (next == current && h < kDayBuckets)
            continue;
        WindowConstraint w;
        w.from = start * hour;
        w.to = h * hour;
        w.constraint = score(results, *current, start, h, totalWaiting(results, tasks, start, h));
        results.windows.push_back(w);
        start = h;
        current = next;
    }
}

} // namespace oi::sim
