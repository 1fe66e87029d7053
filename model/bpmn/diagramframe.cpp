// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/bpmn/diagramframe.h"

#include "model/bpmn/autolayout.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace oi::model::bpmn {

namespace {

constexpr double kNear = 2.0;
constexpr double kBackFlowDrop = 25.0;

bool near(const Point &p, const Bounds &b)
{
    return p.x >= b.x - kNear && p.x <= b.x + b.w + kNear && p.y >= b.y - kNear && p.y <= b.y + b.h + kNear;
}

// Where a line towards `p` leaves the shape: straight across when p is within its width or height,
// else from the middle of the side facing it.
Point attach(const Bounds &b, const Point &p)
{
    const double cx = b.x + b.w / 2;
    const double cy = b.y + b.h / 2;
    if (p.x >= b.x && p.x <= b.x + b.w)
        return { p.x, p.y < cy ? b.y : b.y + b.h };
    if (p.y >= b.y && p.y <= b.y + b.h)
        return { p.x < cx ? b.x : b.x + b.w, p.y };
    return { p.x < cx ? b.x : b.x + b.w, cy };
}

std::vector<Point> route(const Bounds &a, const Bounds &b)
{
    const double ax = a.x + a.w / 2;
    const double ay = a.y + a.h / 2;
    const double bx = b.x + b.w / 2;
    const double by = b.y + b.h / 2;
    const double aRight = a.x + a.w;
    const double aBottom = a.y + a.h;
    const double bBottom = b.y + b.h;
    if (a == b) {
        const double out = aRight + kBackFlowDrop;
        const double below = aBottom + kBackFlowDrop;
        return { { aRight, ay }, { out, ay }, { out, below }, { ax, below }, { ax, aBottom } };
    }
    if (b.x > aRight) {
        if (ay == by)
            return { { aRight, ay }, { b.x, by } };
        // Bend in the gap after the source's column (the layout's columns are 100 wide), so a
        // wider shape under a small event is not crossed; never past halfway to the target.
        const double bend = std::min(ax + std::max(a.w / 2, 50.0) + 30.0, (aRight + b.x) / 2);
        return { { aRight, ay }, { bend, ay }, { bend, by }, { b.x, by } };
    }
    if (b.x + b.w < a.x) {
        const double below = std::max(aBottom, bBottom) + kBackFlowDrop;
        return { { ax, aBottom }, { ax, below }, { bx, below }, { bx, bBottom } };
    }
    // Overlapping columns: straight up or down through the middle of what they share.
    const double x = (std::max(a.x, b.x) + std::min(aRight, b.x + b.w)) / 2;
    if (b.y >= aBottom)
        return { { x, aBottom }, { x, b.y } };
    if (bBottom <= a.y)
        return { { x, a.y }, { x, bBottom } };
    return { { ax, ay }, { bx, by } }; // overlapping shapes: centre to centre
}

// The top of the lane stack: the point covered by the most "node inside its lane" intervals,
// in the middle of the first such stretch.
double fittedTop(const Process &process, const QStringList &lanes, const std::vector<double> &sizes)
{
    std::vector<double> offset(sizes.size(), 0.0);
    for (size_t i = 1; i < sizes.size(); ++i)
        offset[i] = offset[i - 1] + sizes[i - 1];
    const QHash<QString, QString> laneOf = nodeLanes(process);
    std::vector<std::pair<double, int>> events; // (value, +1 opens / -1 closes)
    double minY = std::numeric_limits<double>::max();
    for (const Node &n : process.nodes) {
        if (!n.bounds)
            continue;
        minY = std::min(minY, n.bounds->y);
        const qsizetype l = lanes.indexOf(laneOf.value(n.id));
        if (l < 0)
            continue;
        const double lo = n.bounds->y + n.bounds->h - offset[size_t(l)] - sizes[size_t(l)];
        const double hi = n.bounds->y - offset[size_t(l)];
        if (lo > hi)
            continue;
        events.push_back({ lo, +1 });
        events.push_back({ hi, -1 });
    }
    if (events.empty())
        return minY == std::numeric_limits<double>::max() ? 0.0 : minY - DiagramFrame::Margin;
    // Opening before closing at one value: the intervals are closed.
    std::sort(events.begin(), events.end(),
        [](const auto &p, const auto &q) { return p.first < q.first || (p.first == q.first && p.second > q.second); });
    int count = 0;
    int best = 0;
    double from = 0;
    double to = 0;
    for (size_t i = 0; i < events.size(); ++i) {
        count += events[i].second;
        if (count > best) {
            best = count;
            from = events[i].first;
            to = i + 1 < events.size() ? events[i + 1].first : from;
        }
    }
    return (from + to) / 2;
}

} // namespace

DiagramFrame diagramFrame(const Process &process)
{
    DiagramFrame frame;
    const QStringList lanes = drawnLanes(process);
    std::vector<double> sizes;
    for (const QString &role : lanes) {
        double size = DiagramFrame::DefaultLaneSize;
        for (const Lane &l : process.lanes)
            if (l.role == role && l.size)
                size = *l.size;
        sizes.push_back(size);
    }
    double left = std::numeric_limits<double>::max();
    double right = std::numeric_limits<double>::lowest();
    double top = std::numeric_limits<double>::max();
    double bottom = std::numeric_limits<double>::lowest();
    auto cover = [&](double x0, double y0, double x1, double y1) {
        left = std::min(left, x0);
        right = std::max(right, x1);
        top = std::min(top, y0);
        bottom = std::max(bottom, y1);
    };
    for (const Node &n : process.nodes)
        if (n.bounds)
            cover(n.bounds->x, n.bounds->y, n.bounds->x + n.bounds->w, n.bounds->y + n.bounds->h);
    for (const Flow &f : process.flows)
        for (const Point &p : f.waypoints)
            cover(p.x, p.y, p.x, p.y);
    if (left > right) { // nothing drawn yet
        left = 0;
        right = 600 - DiagramFrame::Margin;
        top = DiagramFrame::Margin;
        bottom = DiagramFrame::DefaultLaneSize - DiagramFrame::Margin;
    } else {
        left -= DiagramFrame::Margin + DiagramFrame::LaneHeader + DiagramFrame::PoolHeader;
        right += DiagramFrame::Margin;
    }
    if (lanes.isEmpty()) {
        frame.pool = { left, top - DiagramFrame::Margin, right - left, bottom - top + 2 * DiagramFrame::Margin };
        return frame;
    }
    double y = fittedTop(process, lanes, sizes);
    const double laneLeft = left + DiagramFrame::PoolHeader;
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        frame.lanes.push_back({ lanes[i], { laneLeft, y, right - laneLeft, sizes[size_t(i)] } });
        y += sizes[size_t(i)];
    }
    frame.pool = { left, frame.lanes.front().rect.y, right - left, y - frame.lanes.front().rect.y };
    return frame;
}

std::vector<Point> flowPath(const Flow &flow, const Bounds &from, const Bounds &to)
{
    if (flow.waypoints.empty())
        return route(from, to);
    std::vector<Point> path;
    if (!near(flow.waypoints.front(), from))
        path.push_back(attach(from, flow.waypoints.front()));
    path.insert(path.end(), flow.waypoints.begin(), flow.waypoints.end());
    if (!near(flow.waypoints.back(), to) || path.size() < 2)
        path.push_back(attach(to, flow.waypoints.back()));
    return path;
}

} // namespace oi::model::bpmn
