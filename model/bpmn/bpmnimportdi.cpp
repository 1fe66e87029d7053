// SPDX-License-Identifier: GPL-3.0-or-later
// The diagram part of a BPMN file: shapes and edges by the element they draw, kept exactly.
#include "model/bpmn/bpmnexport.h"
#include "model/bpmn/bpmnimporter.h"
#include "model/bpmn/bpmnnames.h"

#include <cmath>

namespace oi::model::bpmn {

namespace {

std::optional<double> coordinate(const XmlElement &e, const char *name)
{
    bool ok = false;
    const double v = e.attribute(QLatin1StringView(name)).toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

std::optional<Bounds> boundsOf(const XmlTree &tree, int element)
{
    const int b = tree.child(element, kDcNs, QLatin1StringView("Bounds"));
    if (b < 0)
        return std::nullopt;
    const XmlElement &e = tree.at(b);
    const auto x = coordinate(e, "x");
    const auto y = coordinate(e, "y");
    const auto w = coordinate(e, "width");
    const auto h = coordinate(e, "height");
    if (!x || !y || !w || !h)
        return std::nullopt;
    return Bounds { *x, *y, *w, *h };
}

// A reference may be a QName ("semantic:_123"); ids never hold a colon.
QString localId(const QString &reference)
{
    const qsizetype colon = reference.indexOf(u':');
    return colon < 0 ? reference : reference.mid(colon + 1);
}

} // namespace

void Importer::readDiagrams()
{
    // Shapes of every diagram; the first one drawing an element wins (others are drill-downs).
    for (int i = 0; i < int(mTree.elements.size()); ++i) {
        const XmlElement &e = mTree.at(i);
        if (e.ns != kBpmnDiNs)
            continue;
        const QString ref = localId(e.attribute(QLatin1StringView("bpmnElement")));
        if (ref.isEmpty())
            continue;
        if (e.name == QLatin1StringView("BPMNShape") && !mShapes.contains(ref)) {
            if (const auto b = boundsOf(mTree, i))
                mShapes.insert(
                    ref, { *b, e.attribute(QLatin1StringView("isHorizontal")) != QLatin1StringView("false"), i });
        } else if (e.name == QLatin1StringView("BPMNEdge") && !mEdges.contains(ref)) {
            Edge edge;
            for (const int w : mTree.children(i, kDiNs, QLatin1StringView("waypoint"))) {
                const auto x = coordinate(mTree.at(w), "x");
                const auto y = coordinate(mTree.at(w), "y");
                if (x && y)
                    edge.waypoints.push_back({ *x, *y });
            }
            const int label = mTree.child(i, kBpmnDiNs, QLatin1StringView("BPMNLabel"));
            if (label >= 0)
                if (const auto b = boundsOf(mTree, label))
                    edge.label = Point { b->x, b->y };
            mEdges.insert(ref, std::move(edge));
        }
    }
}

std::optional<Bounds> Importer::shapeBounds(const QString &bpmnId, double dx, double dy) const
{
    const auto it = mShapes.constFind(bpmnId);
    if (it == mShapes.constEnd())
        return std::nullopt;
    Bounds b = it->bounds;
    b.x = unshift(b.x, dx);
    b.y = unshift(b.y, dy);
    return b;
}

} // namespace oi::model::bpmn
