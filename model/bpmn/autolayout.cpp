// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/bpmn/autolayout.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <utility>
#include <vector>

namespace oi::model::bpmn {

namespace {

// Room for a lane header (the studio draws a 120-wide title column) left of the first column.
constexpr double kFirstColumn = 150;
constexpr double kColumnWidth = 100; // the widest shape, a task
constexpr double kColumnGap = 60; // room for a branch label and a bend
constexpr double kLabelCharWidth = 7.5; // a branch label's characters, as the diagram's font draws them
constexpr double kRowPitch = 110;
constexpr double kLanePadding = 20;
constexpr double kDefaultLaneSize = 150;
constexpr double kGapBelow = 60; // between the shapes there are and those placed under them
constexpr int kMaxScoredNodes = 80; // beyond this, the search for fewer crossings costs too much

struct Graph
{
    QHash<QString, int> index;
    std::vector<std::vector<int>> out;
    std::vector<std::vector<int>> in;
};

Graph graphOf(const Process &process)
{
    Graph g;
    const int n = int(process.nodes.size());
    for (int i = 0; i < n; ++i)
        if (!g.index.contains(process.nodes[size_t(i)].id))
            g.index.insert(process.nodes[size_t(i)].id, i);
    g.out.resize(size_t(n));
    g.in.resize(size_t(n));
    for (const Flow &f : process.flows) {
        const int a = g.index.value(f.from, -1);
        const int b = g.index.value(f.to, -1);
        if (a < 0 || b < 0 || a == b)
            continue;
        g.out[size_t(a)].push_back(b);
        g.in[size_t(b)].push_back(a);
    }
    return g;
}

// Depth-first from the starts, then from whatever is left; `order` is the discovery order and an
// edge to a node still on the stack closes a loop (a rework flow), which layering leaves out.
struct Search
{
    std::vector<int> order;
    std::vector<std::vector<bool>> forward; // per node, per out edge
};

Search search(const Process &process, const Graph &g)
{
    const int n = int(process.nodes.size());
    Search s;
    s.forward.resize(size_t(n));
    for (int i = 0; i < n; ++i)
        s.forward[size_t(i)].assign(g.out[size_t(i)].size(), true);
    std::vector<int> state(size_t(n), 0); // 0 new, 1 on the stack, 2 done
    std::vector<int> roots;
    for (int i = 0; i < n; ++i)
        if (process.nodes[size_t(i)].type == NodeType::Start)
            roots.push_back(i);
    for (int i = 0; i < n; ++i)
        if (g.in[size_t(i)].empty())
            roots.push_back(i);
    for (int i = 0; i < n; ++i)
        roots.push_back(i);
    std::vector<std::pair<int, size_t>> stack;
    for (const int root : roots) {
        if (state[size_t(root)] != 0)
            continue;
        state[size_t(root)] = 1;
        s.order.push_back(root);
        stack.push_back({ root, 0 });
        while (!stack.empty()) {
            auto &[u, next] = stack.back();
            if (next == g.out[size_t(u)].size()) {
                state[size_t(u)] = 2;
                stack.pop_back();
                continue;
            }
            const size_t e = next++;
            const int v = g.out[size_t(u)][e];
            if (state[size_t(v)] == 1) {
                s.forward[size_t(u)][e] = false;
            } else if (state[size_t(v)] == 0) {
                state[size_t(v)] = 1;
                s.order.push_back(v);
                stack.push_back({ v, 0 });
            }
        }
    }
    return s;
}

// Longest path from a source over the forward edges.
std::vector<int> layers(const Graph &g, const Search &s)
{
    const size_t n = g.out.size();
    std::vector<int> indegree(n, 0);
    for (size_t u = 0; u < n; ++u)
        for (size_t e = 0; e < g.out[u].size(); ++e)
            if (s.forward[u][e])
                ++indegree[size_t(g.out[u][e])];
    std::vector<int> layer(n, 0);
    std::vector<int> ready;
    for (const int u : s.order)
        if (indegree[size_t(u)] == 0)
            ready.push_back(u);
    for (size_t head = 0; head < ready.size(); ++head) {
        const int u = ready[head];
        for (size_t e = 0; e < g.out[size_t(u)].size(); ++e) {
            if (!s.forward[size_t(u)][e])
                continue;
            const int v = g.out[size_t(u)][e];
            layer[size_t(v)] = std::max(layer[size_t(v)], layer[size_t(u)] + 1);
            if (--indegree[size_t(v)] == 0)
                ready.push_back(v);
        }
    }
    return layer;
}

// Rows within a lane, in the order given, each as near its wish as the others allow.
void assignRows(const std::vector<int> &cell, const std::vector<double> &wish, int rows, std::vector<int> &row)
{
    std::vector<int> byWish = cell;
    std::stable_sort(byWish.begin(), byWish.end(), [&](int a, int b) { return wish[size_t(a)] < wish[size_t(b)]; });
    const int k = int(byWish.size());
    std::vector<int> r(static_cast<size_t>(k));
    for (int i = 0; i < k; ++i) {
        const int wanted = int(std::lround(std::clamp(wish[size_t(byWish[size_t(i)])], 0.0, double(rows - 1))));
        r[size_t(i)] = i == 0 ? wanted : std::max(wanted, r[size_t(i - 1)] + 1);
    }
    for (int i = k - 1; i >= 0; --i)
        r[size_t(i)] = std::min(r[size_t(i)], rows - k + i);
    for (int i = 0; i < k; ++i)
        row[size_t(byWish[size_t(i)])] = r[size_t(i)];
}

} // namespace

Bounds defaultSize(NodeType type)
{
    switch (type) {
    case NodeType::Task: return { 0, 0, 100, 80 };
    case NodeType::Start:
    case NodeType::End:
    case NodeType::Timer: return { 0, 0, 36, 36 };
    case NodeType::Xor:
    case NodeType::AndSplit:
    case NodeType::AndJoin: return { 0, 0, 50, 50 };
    }
    return { 0, 0, 100, 80 };
}

QStringList drawnLanes(const Process &process)
{
    QStringList lanes;
    for (const Lane &l : process.lanes)
        if (!lanes.contains(l.role))
            lanes << l.role;
    for (const Node &n : process.nodes)
        if (n.type == NodeType::Task && !n.role.isEmpty() && !lanes.contains(n.role))
            lanes << n.role;
    return lanes;
}

QHash<QString, QString> nodeLanes(const Process &process)
{
    QHash<QString, QString> lane;
    const QStringList lanes = drawnLanes(process);
    if (lanes.isEmpty())
        return lane;
    const Graph g = graphOf(process);
    const int n = int(process.nodes.size());
    std::vector<QString> of(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const Node &node = process.nodes[size_t(i)];
        if (node.type == NodeType::Task && !node.role.isEmpty())
            of[size_t(i)] = node.role;
        else if (!node.lane.isEmpty() && lanes.contains(node.lane))
            of[size_t(i)] = node.lane;
    }
    // Predecessors first (a gateway sits in the lane of the task it decides after), then
    // successors (a start sits with the first task); both again until nothing changes.
    auto pass = [&](const std::vector<std::vector<int>> &from) {
        bool changed = false;
        for (int i = 0; i < n; ++i) {
            if (!of[size_t(i)].isEmpty())
                continue;
            for (const int j : from[size_t(i)])
                if (!of[size_t(j)].isEmpty()) {
                    of[size_t(i)] = of[size_t(j)];
                    changed = true;
                    break;
                }
        }
        return changed;
    };
    for (int round = 0; round < 64; ++round) {
        bool changed = false;
        while (pass(g.in))
            changed = true;
        if (pass(g.out))
            changed = true;
        if (!changed)
            break;
    }
    for (int i = 0; i < n; ++i)
        lane.insert(process.nodes[size_t(i)].id, of[size_t(i)].isEmpty() ? lanes.front() : of[size_t(i)]);
    return lane;
}

bool hasShapes(const Process &process)
{
    return std::all_of(process.nodes.begin(), process.nodes.end(), [](const Node &n) { return n.bounds.has_value(); });
}

void layOut(Process &process, const LayoutScore &score)
{
    const QStringList lanes = drawnLanes(process);
    for (const QString &role : lanes)
        if (!process.laneRoles().contains(role))
            process.lanes.push_back({ role, std::nullopt });
    for (Flow &f : process.flows) {
        f.waypoints.clear();
        f.labelPosition.reset();
    }
    const int n = int(process.nodes.size());
    if (n == 0)
        return;
    const Graph g = graphOf(process);
    const Search s = search(process, g);
    const std::vector<int> layer = layers(g, s);
    const QHash<QString, QString> laneOf = nodeLanes(process);
    std::vector<int> laneIndex(size_t(n), 0);
    for (int i = 0; i < n; ++i)
        laneIndex[size_t(i)] = std::max(0, int(lanes.indexOf(laneOf.value(process.nodes[size_t(i)].id))));
    const int laneCount = std::max(1, int(lanes.size()));

    // Cells (column, lane) in discovery order; a lane is as many rows tall as its fullest cell.
    std::map<std::pair<int, int>, std::vector<int>> cells;
    for (const int u : s.order)
        cells[{ layer[size_t(u)], laneIndex[size_t(u)] }].push_back(u);
    std::vector<int> rows(size_t(laneCount), 1);
    for (const auto &[key, members] : cells)
        rows[size_t(key.second)] = std::max(rows[size_t(key.second)], int(members.size()));

    // Rows: each node near the mean row of its neighbours in the same lane, predecessors first,
    // then once more with successors too, so straight runs stay straight.
    std::vector<int> row(size_t(n), 0);
    std::vector<double> wish(size_t(n), 0.0);
    for (int sweep = 0; sweep < 2; ++sweep) {
        for (const auto &[key, members] : cells) {
            const int column = key.first;
            const int cellLane = key.second;
            for (const int u : members) {
                double sum = 0;
                int count = 0;
                auto take = [&](const std::vector<int> &neighbours, bool earlierOnly) {
                    for (const int v : neighbours)
                        if (laneIndex[size_t(v)] == cellLane && (!earlierOnly || layer[size_t(v)] < column)) {
                            sum += row[size_t(v)];
                            ++count;
                        }
                };
                take(g.in[size_t(u)], sweep == 0);
                if (sweep == 1)
                    take(g.out[size_t(u)], false);
                wish[size_t(u)] = count > 0 ? sum / count : double(row[size_t(u)]);
            }
            assignRows(members, wish, rows[size_t(cellLane)], row);
        }
    }

    std::vector<double> laneTop(size_t(laneCount), 0.0);
    std::vector<double> laneSize(size_t(laneCount), kDefaultLaneSize);
    double top = 0;
    for (int l = 0; l < laneCount; ++l) {
        laneTop[size_t(l)] = top;
        laneSize[size_t(l)] = std::max(kDefaultLaneSize, rows[size_t(l)] * kRowPitch + 2 * kLanePadding);
        top += laneSize[size_t(l)];
    }
    for (Lane &lane : process.lanes) {
        const qsizetype l = lanes.indexOf(lane.role);
        if (l >= 0)
            lane.size = laneSize[size_t(l)];
    }
    // A labelled flow to the next column in the same lane carries its label on the level line
    // between the two shapes ("35 % · needs an agent"): the gap after that column makes room for it.
    int lastLayer = 0;
    for (int i = 0; i < n; ++i)
        lastLayer = std::max(lastLayer, layer[size_t(i)]);
    std::vector<double> gapAfter(size_t(lastLayer) + 1, kColumnGap);
    QHash<QString, int> nodeIndex;
    for (int i = 0; i < n; ++i)
        nodeIndex.insert(process.nodes[size_t(i)].id, i);
    for (const Flow &f : process.flows) {
        const int a = nodeIndex.value(f.from, -1), b = nodeIndex.value(f.to, -1);
        if (a < 0 || b < 0 || layer[size_t(b)] != layer[size_t(a)] + 1 || laneIndex[size_t(a)] != laneIndex[size_t(b)])
            continue;
        const qsizetype chars = f.label.size() + (f.probability ? 8 : 0); // "100 % · "
        if (chars == 0)
            continue;
        const double slack = (kColumnWidth - defaultSize(process.nodes[size_t(a)].type).w) / 2
            + (kColumnWidth - defaultSize(process.nodes[size_t(b)].type).w) / 2;
        double &gap = gapAfter[size_t(layer[size_t(a)])];
        gap = std::max(gap, double(chars) * kLabelCharWidth + 24 - slack);
    }
    std::vector<double> columnLeft(size_t(lastLayer) + 1, kFirstColumn);
    for (int k = 1; k <= lastLayer; ++k)
        columnLeft[size_t(k)] = columnLeft[size_t(k - 1)] + kColumnWidth + gapAfter[size_t(k - 1)];
    const auto place = [&] {
        for (int i = 0; i < n; ++i) {
            Node &node = process.nodes[size_t(i)];
            const Bounds size = defaultSize(node.type);
            const int l = laneIndex[size_t(i)];
            const double contentTop = laneTop[size_t(l)] + (laneSize[size_t(l)] - rows[size_t(l)] * kRowPitch) / 2;
            const double centreY = contentTop + row[size_t(i)] * kRowPitch + kRowPitch / 2;
            const double left = columnLeft[size_t(layer[size_t(i)])];
            node.bounds = Bounds { left + (kColumnWidth - size.w) / 2, centreY - size.h / 2, size.w, size.h };
        }
    };
    place();
    if (!score || n > kMaxScoredNodes)
        return;
    // The caller draws the result and says how bad it is (crossings, flows through shapes): try each
    // node in each free row of its lane in its column, and keep what helps, until nothing does.
    double best = score(process);
    for (int pass = 0; pass < 3 && best > 0; ++pass) {
        bool improved = false;
        for (const auto &[key, members] : cells) {
            const int lane = key.second;
            for (const int u : members) {
                for (int r = 0; r < rows[size_t(lane)] && best > 0; ++r) {
                    if (r == row[size_t(u)])
                        continue;
                    // Swap with whoever holds row r in this cell, or move there if it is free.
                    int other = -1;
                    for (const int v : members)
                        if (row[size_t(v)] == r)
                            other = v;
                    const int was = row[size_t(u)];
                    row[size_t(u)] = r;
                    if (other >= 0)
                        row[size_t(other)] = was;
                    place();
                    const double tried = score(process);
                    if (tried < best - 1e-9) {
                        best = tried;
                        improved = true;
                    } else {
                        row[size_t(u)] = was;
                        if (other >= 0)
                            row[size_t(other)] = r;
                    }
                }
            }
        }
        if (!improved)
            break;
    }
    place();
}

int placeMissingShapes(Process &process)
{
    int missing = 0;
    for (const Node &n : process.nodes)
        if (!n.bounds)
            ++missing;
    if (missing == 0)
        return 0;
    if (missing == int(process.nodes.size())) {
        layOut(process);
        return missing;
    }
    // The missing nodes alone, laid out as a process of their own and put under the drawing.
    Process rest;
    rest.lanes = process.lanes;
    QSet<QString> ids;
    for (const Node &n : process.nodes)
        if (!n.bounds) {
            rest.nodes.push_back(n);
            ids.insert(n.id);
        }
    for (const Flow &f : process.flows)
        if (ids.contains(f.from) && ids.contains(f.to))
            rest.flows.push_back(f);
    layOut(rest);
    double left = std::numeric_limits<double>::max();
    double bottom = std::numeric_limits<double>::lowest();
    for (const Node &n : process.nodes)
        if (n.bounds) {
            left = std::min(left, n.bounds->x);
            bottom = std::max(bottom, n.bounds->y + n.bounds->h);
        }
    double restLeft = std::numeric_limits<double>::max();
    double restTop = std::numeric_limits<double>::max();
    for (const Node &n : rest.nodes) {
        restLeft = std::min(restLeft, n.bounds->x);
        restTop = std::min(restTop, n.bounds->y);
    }
    size_t next = 0;
    for (Node &n : process.nodes)
        if (!n.bounds) {
            Bounds b = *rest.nodes[next++].bounds;
            b.x += left - restLeft;
            b.y += bottom + kGapBelow - restTop;
            n.bounds = b;
        }
    return missing;
}

} // namespace oi::model::bpmn
