// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/process/processdiagram.h"

#include "editor/process/processrouting.h"

#include "model/bpmn/autolayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace oi::editor {

namespace {

QString percent(double share)
{
    return QString::number(std::lround(share * 100)) + QStringLiteral(" %");
}

// Each branch label where it reads best: beside its flow near where it leaves the gateway, clear
// of shapes, node names, other labels and other flows; placed in order, each one an obstacle next.
void placeFlowLabels(ProcessDiagram &d, const QFontMetricsF &metrics)
{
    std::vector<QRectF> taken;
    for (const ProcessNodeGeometry &n : d.nodes)
        taken.push_back(n.type == model::NodeType::Task ? n.rect : n.rect | n.labelRect);
    for (const ProcessFlowGeometry &f : d.flows)
        if (!f.labelRect.isEmpty())
            taken.push_back(f.labelRect);
    for (ProcessFlowGeometry &f : d.flows) {
        if (f.label.isEmpty() || !f.labelRect.isEmpty())
            continue;
        const QSizeF oneLine(metrics.horizontalAdvance(f.label) + 8, metrics.height() + 2);
        // Where one line has no room (a short flow between close shapes), the label may take two,
        // broken at the space nearest its middle; painted word-wrapped in the same width.
        QSizeF twoLines;
        if (const qsizetype middle = f.label.size() / 2, before = f.label.lastIndexOf(u' ', middle),
            after = f.label.indexOf(u' ', middle);
            before > 0 || after > 0) {
            const qsizetype cut = before < 0 ? after
                : after < 0                  ? before
                                             : (middle - before <= after - middle ? before : after);
            const double width = std::max(
                metrics.horizontalAdvance(f.label.left(cut)), metrics.horizontalAdvance(f.label.mid(cut + 1)));
            twoLines = QSizeF(width + 8, 2 * metrics.height() + 2);
        }
        QRectF best;
        double bestScore = std::numeric_limits<double>::max();
        for (const QSizeF &size : { oneLine, twoLines }) {
            if (size.isEmpty())
                continue;
            const double linesCost = size == oneLine ? 0 : 30;
            double along = 0;
            for (int i = 0; i + 1 < f.path.size(); ++i) {
                const QPointF p = f.path[i], q = f.path[i + 1];
                const bool level = std::abs(p.y() - q.y()) < 0.5;
                std::vector<QRectF> spots;
                if (level) {
                    const double x0 = std::min(p.x(), q.x()) + 6, mid = (p.x() + q.x()) / 2 - size.width() / 2;
                    // Also against the far end: a flow leaving a gateway starts inside its shape.
                    const double x1 = std::max(p.x(), q.x()) - 6 - size.width();
                    for (double x : { x0, mid, x1 })
                        // Last resort on the line itself: the label's white ground keeps it legible.
                        for (double y : { p.y() - size.height() - 3, p.y() + 3, p.y() - 2 * size.height() - 6,
                                 p.y() - size.height() / 2 })
                            spots.emplace_back(QPointF(x, y), size);
                } else {
                    const double y0 = p.y() < q.y() ? p.y() + 6 : p.y() - size.height() - 6;
                    const double mid = (p.y() + q.y()) / 2 - size.height() / 2;
                    for (double y : { y0, mid })
                        for (double x : { p.x() + 6, p.x() - size.width() - 6 })
                            spots.emplace_back(QPointF(x, y), size);
                }
                for (const QRectF &spot : spots) {
                    double bad = along / 40 + i * 4 + linesCost;
                    for (const QRectF &t : taken)
                        if (spot.intersects(t))
                            bad += 1000;
                    for (const ProcessFlowGeometry &other : d.flows)
                        for (int k = 0; k + 1 < other.path.size(); ++k)
                            if (QRectF(other.path[k], other.path[k + 1])
                                    .normalized()
                                    .adjusted(-1, -1, 1, 1)
                                    .intersects(spot))
                                bad += &other == &f ? 200 : 60;
                    if (bad < bestScore) {
                        bestScore = bad;
                        best = spot;
                    }
                }
                along += QLineF(p, q).length();
            }
        }
        f.labelRect = best;
        taken.push_back(best);
    }
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
    RoutingObstacles obstacles;
    for (const ProcessNodeGeometry &g : d.nodes) {
        obstacles.shapes.push_back(g.rect);
        if (g.type != model::NodeType::Task)
            obstacles.labels.push_back(g.labelRect);
    }
    // Drawn routes first, then the shortest flows: the long ones, with the most ways round, go
    // where they cross the fewest.
    std::vector<QPolygonF> paths(process.flows.size());
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < process.flows.size(); ++i) {
        const model::Flow &f = process.flows[i];
        if (f.waypoints.size() >= 2) {
            for (const model::Point &p : f.waypoints)
                paths[i] << QPointF(p.x, p.y);
            if (d.node(f.from) && d.node(f.to))
                obstacles.routed.push_back({ paths[i], d.node(f.from)->rect, d.node(f.to)->rect,
                    paths[i].boundingRect().adjusted(-3, -3, 3, 3) });
        } else if (d.node(f.from) && d.node(f.to)) {
            order.push_back(i);
        }
    }
    const auto span = [&](std::size_t i) {
        const QPointF delta = d.node(process.flows[i].to)->rect.center() - d.node(process.flows[i].from)->rect.center();
        return std::abs(delta.x()) + std::abs(delta.y()) + (delta.x() < 0 ? 1e6 : 0); // loops back last
    };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return span(a) < span(b); });
    for (const std::size_t i : order) {
        const QRectF from = d.node(process.flows[i].from)->rect, to = d.node(process.flows[i].to)->rect;
        paths[i] = routeFlow(from, to, obstacles);
        obstacles.routed.push_back({ paths[i], from, to, paths[i].boundingRect().adjusted(-3, -3, 3, 3) });
    }
    for (std::size_t i = 0; i < process.flows.size(); ++i) {
        const model::Flow &f = process.flows[i];
        if (paths[i].size() < 2)
            continue;
        ProcessFlowGeometry g;
        g.id = f.id;
        g.from = f.from;
        g.to = f.to;
        g.path = paths[i];
        QStringList parts;
        if (f.probability)
            parts << percent(*f.probability);
        if (!f.label.isEmpty())
            parts << f.label;
        g.label = parts.join(QStringLiteral(" · "));
        if (!g.label.isEmpty() && f.labelPosition) {
            const QSizeF size(metrics.horizontalAdvance(g.label) + 8, metrics.height() + 2);
            const QPointF at(f.labelPosition->x, f.labelPosition->y);
            g.labelRect = QRectF(at - QPointF(size.width() / 2, size.height() + 2), size);
        }
        d.flows.push_back(g);
    }
    placeFlowLabels(d, metrics);
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

void ProcessDiagram::layOut(const model::Project &project, model::Process &process, const QFont &font)
{
    model::bpmn::layOut(
        process, [&](const model::Process &laidOut) { return compute(project, laidOut, font).untidiness(); });
}

double ProcessDiagram::untidiness() const
{
    double bad = 0;
    for (std::size_t i = 0; i < flows.size(); ++i) {
        for (std::size_t j = i + 1; j < flows.size(); ++j)
            bad += pathCrossings(flows[i].path, flows[j].path);
        for (const ProcessNodeGeometry &n : nodes) {
            if (n.id == flows[i].from || n.id == flows[i].to)
                continue;
            const QPolygonF &path = flows[i].path;
            for (int k = 0; k + 1 < path.size(); ++k)
                if (QRectF(path[k], path[k + 1])
                        .normalized()
                        .adjusted(-0.5, -0.5, 0.5, 0.5)
                        .intersects(n.rect.adjusted(2, 2, -2, -2))) {
                    bad += 10;
                    break;
                }
        }
    }
    return bad;
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
