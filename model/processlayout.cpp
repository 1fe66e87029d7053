// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/processlayout.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace oi::model {

namespace {
constexpr double kHeader = 120; // the lane titles' column on the left (editor/process draws it)
constexpr double kLayer = 180; // from one layer's centre to the next
constexpr double kRow = 110; // from one node's centre to the next in the same layer and lane
constexpr double kPad = 20;
constexpr double kMinLane = 150;
} // namespace

Bounds defaultShape(NodeType type)
{
    switch (type) {
    case NodeType::Task: return { 0, 0, 120, 70 };
    case NodeType::Start:
    case NodeType::End:
    case NodeType::Timer: return { 0, 0, 36, 36 };
    case NodeType::Xor:
    case NodeType::AndSplit:
    case NodeType::AndJoin: return { 0, 0, 50, 50 };
    }
    return { 0, 0, 120, 70 };
}

int laneOf(const Process &process, const Node &node)
{
    const QString role = node.type == NodeType::Task && !node.role.isEmpty() ? node.role : node.lane;
    for (std::size_t i = 0; i < process.lanes.size(); ++i)
        if (process.lanes[i].role == role)
            return int(i);
    return -1;
}

void layOutProcess(Process &p)
{
    const int n = int(p.nodes.size());
    if (n == 0)
        return;
    for (const Node &node : p.nodes)
        if (node.type == NodeType::Task && !node.role.isEmpty() && laneOf(p, node) < 0)
            p.lanes.push_back({ node.role, std::nullopt });
    QHash<QString, int> index;
    for (int i = 0; i < n; ++i)
        index.insert(p.nodes[std::size_t(i)].id, i);
    std::vector<std::vector<int>> out(static_cast<std::size_t>(n)), in(static_cast<std::size_t>(n));
    for (const Flow &f : p.flows) {
        const int a = index.value(f.from, -1), b = index.value(f.to, -1);
        if (a >= 0 && b >= 0) {
            out[std::size_t(a)].push_back(b);
            in[std::size_t(b)].push_back(a);
        }
    }
    // Back edges (rework loops) found by a depth-first walk from the starts are left out of ranking.
    std::vector<int> state(std::size_t(n), 0); // 0 new, 1 on the path, 2 done
    std::set<std::pair<int, int>> back;
    std::function<void(int)> visit = [&](int v) {
        state[std::size_t(v)] = 1;
        for (int w : out[std::size_t(v)]) {
            if (state[std::size_t(w)] == 1)
                back.insert({ v, w });
            else if (state[std::size_t(w)] == 0)
                visit(w);
        }
        state[std::size_t(v)] = 2;
    };
    for (int i = 0; i < n; ++i)
        if (p.nodes[std::size_t(i)].type == NodeType::Start && state[std::size_t(i)] == 0)
            visit(i);
    for (int i = 0; i < n; ++i)
        if (state[std::size_t(i)] == 0)
            visit(i);
    // Longest path from the starts over the remaining (acyclic) edges, in topological order.
    std::vector<int> rank(std::size_t(n), 0), pending(std::size_t(n), 0);
    for (int v = 0; v < n; ++v)
        for (int w : out[std::size_t(v)])
            if (!back.count({ v, w }))
                ++pending[std::size_t(w)];
    std::vector<int> ready;
    for (int v = 0; v < n; ++v)
        if (pending[std::size_t(v)] == 0)
            ready.push_back(v);
    while (!ready.empty()) {
        const int v = ready.back();
        ready.pop_back();
        for (int w : out[std::size_t(v)]) {
            if (back.count({ v, w }))
                continue;
            rank[std::size_t(w)] = std::max(rank[std::size_t(w)], rank[std::size_t(v)] + 1);
            if (--pending[std::size_t(w)] == 0)
                ready.push_back(w);
        }
    }
    // Lanes: tasks by role; the others take the lane they name, else a neighbour's, else the first.
    std::vector<int> lane(std::size_t(n), -1);
    for (int i = 0; i < n; ++i)
        lane[std::size_t(i)] = laneOf(p, p.nodes[std::size_t(i)]);
    for (int pass = 0; pass < n; ++pass) {
        bool changed = false;
        for (int i = 0; i < n; ++i) {
            if (lane[std::size_t(i)] >= 0)
                continue;
            // Where the work comes from first: a gateway deciding on a task's outcome sits with that task.
            for (const auto *list : { &in[std::size_t(i)], &out[std::size_t(i)] })
                for (int j : *list)
                    if (lane[std::size_t(i)] < 0 && lane[std::size_t(j)] >= 0) {
                        lane[std::size_t(i)] = lane[std::size_t(j)];
                        changed = true;
                    }
        }
        if (!changed)
            break;
    }
    const bool anyLane = !p.lanes.empty();
    for (int &l : lane)
        if (l < 0)
            l = 0;
    // Nodes sharing a layer and a lane are stacked; a lane is as tall as its tallest stack.
    std::map<std::pair<int, int>, int> stack; // (lane, rank) -> count so far
    std::vector<int> slot(std::size_t(n), 0);
    for (int i = 0; i < n; ++i)
        slot[std::size_t(i)] = stack[{ lane[std::size_t(i)], rank[std::size_t(i)] }]++;
    const int lanes = anyLane ? int(p.lanes.size()) : 1;
    std::vector<int> rows(std::size_t(lanes), 1);
    for (const auto &[key, count] : stack)
        rows[std::size_t(key.first)] = std::max(rows[std::size_t(key.first)], count);
    std::vector<double> top(std::size_t(lanes), 0);
    double y = 0;
    for (int l = 0; l < lanes; ++l) {
        top[std::size_t(l)] = y;
        const double size = std::max(kMinLane, rows[std::size_t(l)] * kRow + 2 * kPad);
        if (anyLane)
            p.lanes[std::size_t(l)].size = size;
        y += size;
    }
    for (int i = 0; i < n; ++i) {
        Node &node = p.nodes[std::size_t(i)];
        Bounds b = defaultShape(node.type);
        const int l = lane[std::size_t(i)];
        const double size = anyLane ? *p.lanes[std::size_t(l)].size : kMinLane;
        const double used = rows[std::size_t(l)] * kRow;
        const double cy = top[std::size_t(l)] + (size - used) / 2 + slot[std::size_t(i)] * kRow + kRow / 2 - 10;
        const double cx = kHeader + kPad + kLayer / 2 + rank[std::size_t(i)] * kLayer;
        b.x = cx - b.w / 2;
        b.y = cy - b.h / 2;
        node.bounds = b;
        if (node.type != NodeType::Task && anyLane)
            node.lane = p.lanes[std::size_t(l)].role;
    }
    for (Flow &f : p.flows) {
        f.waypoints.clear(); // routed again from the new shapes
        f.labelPosition.reset();
    }
}

} // namespace oi::model
