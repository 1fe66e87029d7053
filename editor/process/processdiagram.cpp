// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/process/processdiagram.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace oi::editor {

namespace {

QString percent(double share)
{
    return QString::number(std::lround(share * 100)) + QStringLiteral(" %");
}

QPointF side(const QRectF &r, int which) // 0 right, 1 left, 2 bottom, 3 top
{
    switch (which) {
    case 0: return { r.right(), r.center().y() };
    case 1: return { r.left(), r.center().y() };
    case 2: return { r.center().x(), r.bottom() };
    default: return { r.center().x(), r.top() };
    }
}

bool crosses(const QPolygonF &path, const std::vector<QRectF> &shapes, const QRectF &from, const QRectF &to)
{
    for (int i = 0; i + 1 < path.size(); ++i) {
        const QRectF segment = QRectF(path[i], path[i + 1]).normalized().adjusted(-1, -1, 1, 1);
        for (const QRectF &s : shapes)
            if (s != from && s != to && segment.intersects(s.adjusted(-4, -4, 4, 4)))
                return true;
    }
    return false;
}

// Forward flows leave right and enter left with one elbow, placed where it passes no other shape
// (in the middle, near the source, near the target); failing that, and for a flow back (a rework
// loop), the flow runs below the shapes in its way.
QPolygonF route(const QRectF &from, const QRectF &to, const std::vector<QRectF> &shapes)
{
    if (to.left() >= from.right() - 1) {
        const QPointF a = side(from, 0), b = side(to, 1);
        if (std::abs(a.y() - b.y()) < 0.5) {
            const QPolygonF straight { a, b };
            if (!crosses(straight, shapes, from, to))
                return straight;
        } else {
            for (double x : { (a.x() + b.x()) / 2, a.x() + 16, b.x() - 16 }) {
                const QPolygonF elbow { a, QPointF(x, a.y()), QPointF(x, b.y()), b };
                if (!crosses(elbow, shapes, from, to))
                    return elbow;
            }
        }
    }
    const QPointF a = side(from, 2), b = side(to, 2);
    double below = std::max(from.bottom(), to.bottom());
    const double left = std::min(a.x(), b.x()), right = std::max(a.x(), b.x());
    for (const QRectF &s : shapes)
        if (s.right() >= left && s.left() <= right)
            below = std::max(below, s.bottom());
    below += 24;
    return { a, QPointF(a.x(), below), QPointF(b.x(), below), b };
}

QPointF middle(const QPolygonF &path)
{
    // The middle of the longest segment: where a label has the most room.
    int best = 0;
    double longest = -1;
    for (int i = 0; i + 1 < path.size(); ++i) {
        const double len = std::hypot(path[i + 1].x() - path[i].x(), path[i + 1].y() - path[i].y());
        if (len > longest) {
            longest = len;
            best = i;
        }
    }
    return (path[best] + path[best + 1]) / 2;
}

} // namespace

ProcessDiagram ProcessDiagram::compute(const model::Project &project, const model::Process &process, const QFont &font)
{
    ProcessDiagram d;
    const QFontMetricsF metrics(font);
    double y = 0, right = LaneHeader + 200;
    for (const model::Node &n : process.nodes)
        if (n.bounds)
            right = std::max(right, n.bounds->x + n.bounds->w + 60);
    for (const model::Lane &lane : process.lanes) {
        const model::Role *role = project.role(lane.role);
        const double size = lane.size.value_or(DefaultLaneSize);
        ProcessLaneGeometry l;
        l.role = lane.role;
        l.title = role && !role->name.isEmpty() ? role->name : lane.role;
        l.rect = QRectF(0, y, right, size);
        l.header = QRectF(0, y, LaneHeader, size);
        d.lanes.push_back(l);
        y += size;
    }
    for (const model::Node &n : process.nodes) {
        if (!n.bounds)
            continue;
        ProcessNodeGeometry g;
        g.id = n.id;
        g.type = n.type;
        g.label = n.name.isEmpty() ? n.id : n.name;
        g.rect = QRectF(n.bounds->x, n.bounds->y, n.bounds->w, n.bounds->h);
        if (n.type == model::NodeType::Task) {
            g.labelRect = g.rect.adjusted(6, 6, -6, -6);
        } else {
            // Events and gateways are small: their name goes under the shape, as in BPMN tools.
            const double width = std::max(g.rect.width() + 60, 110.0);
            const double h = metrics.boundingRect(QRectF(0, 0, width, 1e4), Qt::TextWordWrap, g.label).height();
            g.labelRect = QRectF(g.rect.center().x() - width / 2, g.rect.bottom() + 3, width, h);
        }
        d.nodes.push_back(g);
    }
    std::vector<QRectF> shapes;
    for (const ProcessNodeGeometry &g : d.nodes)
        shapes.push_back(g.rect);
    for (const model::Flow &f : process.flows) {
        const ProcessNodeGeometry *from = d.node(f.from);
        const ProcessNodeGeometry *to = d.node(f.to);
        if (!from || !to)
            continue;
        ProcessFlowGeometry g;
        g.id = f.id;
        g.from = f.from;
        g.to = f.to;
        if (f.waypoints.size() >= 2)
            for (const model::Point &p : f.waypoints)
                g.path << QPointF(p.x, p.y);
        else
            g.path = route(from->rect, to->rect, shapes);
        QStringList parts;
        if (f.probability)
            parts << percent(*f.probability);
        if (!f.label.isEmpty())
            parts << f.label;
        g.label = parts.join(QStringLiteral(" · "));
        if (!g.label.isEmpty()) {
            const QSizeF size(metrics.horizontalAdvance(g.label) + 8, metrics.height() + 2);
            if (f.labelPosition) {
                const QPointF at(f.labelPosition->x, f.labelPosition->y);
                g.labelRect = QRectF(at - QPointF(size.width() / 2, size.height() + 2), size);
            } else if (g.path.size() > 2 && std::abs(g.path[1].x() - g.path[2].x()) < 0.5) {
                // A branch that turns: its label reads beside the turn, clear of the line it came on.
                const bool down = g.path[2].y() > g.path[1].y();
                const QPointF corner = g.path[1];
                g.labelRect
                    = QRectF(QPointF(corner.x() + 6, down ? corner.y() + 6 : corner.y() - size.height() - 6), size);
            } else {
                const QPointF at = middle(g.path);
                g.labelRect = QRectF(at - QPointF(size.width() / 2, size.height() + 2), size);
            }
        }
        d.flows.push_back(g);
    }
    // Branch labels leaving one gateway start at the same corner: each moves down until it is clear.
    for (std::size_t i = 0; i < d.flows.size(); ++i) {
        QRectF &label = d.flows[i].labelRect;
        if (label.isEmpty())
            continue;
        for (int tries = 0; tries < 8; ++tries) {
            const bool clash = std::any_of(d.flows.begin(), d.flows.begin() + std::ptrdiff_t(i),
                [&](const ProcessFlowGeometry &other) { return other.labelRect.intersects(label); });
            if (!clash)
                break;
            label.translate(0, label.height() + 2);
        }
    }
    QRectF all(0, 0, right, std::max(y, 100.0));
    for (const ProcessNodeGeometry &n : d.nodes)
        all |= n.rect | n.labelRect;
    for (const ProcessFlowGeometry &f : d.flows)
        all |= f.path.boundingRect() | f.labelRect;
    d.bounds = all.adjusted(0, 0, 20, 20);
    for (ProcessLaneGeometry &l : d.lanes)
        l.rect.setWidth(d.bounds.width());
    return d;
}

const ProcessNodeGeometry *ProcessDiagram::node(const QString &id) const
{
    const auto it = std::find_if(nodes.begin(), nodes.end(), [&](const ProcessNodeGeometry &n) { return n.id == id; });
    return it == nodes.end() ? nullptr : &*it;
}

const ProcessLaneGeometry *ProcessDiagram::laneAt(double y) const
{
    for (const ProcessLaneGeometry &l : lanes)
        if (y >= l.rect.top() && y < l.rect.bottom())
            return &l;
    return nullptr;
}

} // namespace oi::editor
