// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/process/processrouting.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace oi::editor {

namespace {

constexpr double kOut = 16; // how far a flow runs out of a shape before it turns
constexpr double kClear = 24; // a detour's distance from the shapes it goes round

QPointF right(const QRectF &r)
{
    return { r.right(), r.center().y() };
}
QPointF left(const QRectF &r)
{
    return { r.left(), r.center().y() };
}
QPointF bottom(const QRectF &r)
{
    return { r.center().x(), r.bottom() };
}
QPointF top(const QRectF &r)
{
    return { r.center().x(), r.top() };
}

QRectF segmentBox(const QPointF &a, const QPointF &b)
{
    return QRectF(a, b).normalized().adjusted(-1, -1, 1, 1);
}

// Drops points that add nothing (repeats, and middles of straight runs).
QPolygonF simplified(const QPolygonF &path)
{
    QPolygonF out;
    for (const QPointF &p : path) {
        if (!out.isEmpty() && QLineF(out.last(), p).length() < 0.5)
            continue;
        if (out.size() >= 2) {
            const QPointF &a = out[out.size() - 2], &b = out.last();
            const bool level = std::abs(a.y() - b.y()) < 0.5 && std::abs(b.y() - p.y()) < 0.5;
            const bool plumb = std::abs(a.x() - b.x()) < 0.5 && std::abs(b.x() - p.x()) < 0.5;
            if (level || plumb) {
                out.last() = p;
                continue;
            }
        }
        out << p;
    }
    return out;
}

// How long two paths run on top of each other (level or plumb segments on one line).
double sharedRun(const QPolygonF &a, const QPolygonF &b)
{
    double run = 0;
    for (int i = 0; i + 1 < a.size(); ++i)
        for (int j = 0; j + 1 < b.size(); ++j) {
            const QPointF p = a[i], q = a[i + 1], r = b[j], t = b[j + 1];
            if (std::abs(p.y() - q.y()) < 0.5 && std::abs(r.y() - t.y()) < 0.5 && std::abs(p.y() - r.y()) < 2) {
                run += std::max(0.0,
                    std::min(std::max(p.x(), q.x()), std::max(r.x(), t.x()))
                        - std::max(std::min(p.x(), q.x()), std::min(r.x(), t.x())));
            } else if (std::abs(p.x() - q.x()) < 0.5 && std::abs(r.x() - t.x()) < 0.5 && std::abs(p.x() - r.x()) < 2) {
                run += std::max(0.0,
                    std::min(std::max(p.y(), q.y()), std::max(r.y(), t.y()))
                        - std::max(std::min(p.y(), q.y()), std::min(r.y(), t.y())));
            }
        }
    return run;
}

double score(const QPolygonF &path, const QRectF &from, const QRectF &to, const RoutingObstacles &o)
{
    int shapeHits = 0, labelHits = 0, flowHits = 0;
    double length = 0;
    for (int i = 0; i + 1 < path.size(); ++i) {
        const QRectF segment = segmentBox(path[i], path[i + 1]);
        length += QLineF(path[i], path[i + 1]).length();
        const bool end = i == 0 || i + 2 == path.size();
        for (const QRectF &s : o.shapes) {
            const bool own = s == from || s == to;
            // A flow may touch its own shapes only where it leaves and where it enters them.
            if ((own && end) || !segment.intersects(own ? s.adjusted(2, 2, -2, -2) : s.adjusted(-4, -4, 4, 4)))
                continue;
            ++shapeHits;
        }
        for (const QRectF &l : o.labels)
            if (segment.intersects(l))
                ++labelHits;
    }
    double shared = 0; // length run along another flow that neither starts nor ends with this one
    const QRectF box = path.boundingRect().adjusted(-3, -3, 3, 3);
    for (const RoutingObstacles::Routed &other : o.routed) {
        if (!box.intersects(other.box))
            continue;
        flowHits += pathCrossings(path, other.path);
        if (other.from != from && other.to != to)
            shared += sharedRun(path, other.path);
    }
    return shapeHits * 10000.0 + flowHits * 300.0 + labelHits * 120.0 + shared * 1 + (path.size() - 2) * 25.0
        + length / 10;
}

// How far below (or above) the shapes between x0 and x1, and the ends themselves, a detour runs.
double channel(const QRectF &from, const QRectF &to, const RoutingObstacles &o, bool below)
{
    const double x0 = std::min(from.left(), to.left()) - kOut, x1 = std::max(from.right(), to.right()) + kOut;
    double y = below ? std::max(from.bottom(), to.bottom()) : std::min(from.top(), to.top());
    for (const QRectF &s : o.shapes)
        if (s.right() >= x0 && s.left() <= x1)
            y = below ? std::max(y, s.bottom()) : std::min(y, s.top());
    return below ? y + kClear : y - kClear;
}

} // namespace

int pathCrossings(const QPolygonF &a, const QPolygonF &b)
{
    const auto inside = [](const QPointF &p, const QLineF &s) {
        return QLineF(p, s.p1()).length() > 0.5 && QLineF(p, s.p2()).length() > 0.5;
    };
    int n = 0;
    for (int i = 0; i + 1 < a.size(); ++i)
        for (int j = 0; j + 1 < b.size(); ++j) {
            QPointF at;
            const QLineF s(a[i], a[i + 1]), t(b[j], b[j + 1]);
            if (s.intersects(t, &at) == QLineF::BoundedIntersection && inside(at, s) && inside(at, t))
                ++n;
        }
    return n;
}

QPolygonF routeFlow(const QRectF &from, const QRectF &to, const RoutingObstacles &o)
{
    std::vector<QPolygonF> candidates;
    const QPointF a = right(from), b = left(to);
    const bool forward = to.left() >= from.right() + 2 * kOut - 1;
    const bool below = to.center().y() > from.center().y() + 0.5;
    const bool above = to.center().y() < from.center().y() - 0.5;
    if (forward) {
        if (!below && !above)
            candidates.push_back({ a, b });
        for (double x : { (a.x() + b.x()) / 2, a.x() + kOut, b.x() - kOut })
            candidates.push_back({ a, QPointF(x, a.y()), QPointF(x, b.y()), b });
        // Out of the corner facing the target (how branches leave a gateway), then across.
        if (below)
            candidates.push_back({ bottom(from), QPointF(from.center().x(), b.y()), b });
        if (above)
            candidates.push_back({ top(from), QPointF(from.center().x(), b.y()), b });
        // Across, then into the target's top or bottom.
        candidates.push_back({ a, QPointF(to.center().x(), a.y()), below ? top(to) : bottom(to) });
    }
    // Detours: through the gaps between rows next to either end, or below or above everything in
    // the way, turning in the gaps beside the shapes.
    constexpr double kGap = 15;
    const std::pair<double, bool> runs[] = { { from.bottom() + kGap, true }, { from.top() - kGap, false },
        { to.bottom() + kGap, true }, { to.top() - kGap, false }, { channel(from, to, o, true), true },
        { channel(from, to, o, false), false } };
    for (const auto &[y, under] : runs) {
        const QPointF out(a.x() + kOut, a.y()), in(b.x() - kOut, b.y());
        candidates.push_back({ a, out, QPointF(out.x(), y), QPointF(in.x(), y), in, b });
        const QPointF s = under ? bottom(from) : top(from), t = under ? bottom(to) : top(to);
        candidates.push_back({ s, QPointF(s.x(), y), QPointF(t.x(), y), t });
        candidates.push_back({ a, out, QPointF(out.x(), y), QPointF(t.x(), y), t });
        candidates.push_back({ s, QPointF(s.x(), y), QPointF(in.x(), y), in, b });
    }
    QPolygonF best;
    double bestScore = std::numeric_limits<double>::max();
    for (const QPolygonF &c : candidates) {
        const QPolygonF path = simplified(c);
        if (path.size() < 2)
            continue;
        const double s = score(path, from, to, o);
        if (s < bestScore - 1e-9) {
            bestScore = s;
            best = path;
        }
    }
    return best;
}

} // namespace oi::editor
