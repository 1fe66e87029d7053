// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/processedit.h"

#include "model/bpmn/autolayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace oi::model {

namespace {

struct ProcessEdit
{
    Q_DECLARE_TR_FUNCTIONS(ProcessEdit)
};

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

QString nameOf(const Node &n)
{
    return n.name.isEmpty() ? n.id : n.name;
}

// Two flows between the same nodes are allowed in BPMN but never what a consultant meant here.
QString checkFlow(const Process &p, const QString &from, const QString &to, const QString &except)
{
    const Node *a = p.node(from);
    const Node *b = p.node(to);
    if (!a || !b)
        return ProcessEdit::tr("There is no node \u201c%1\u201d in this process.").arg(a ? to : from);
    if (from == to)
        return ProcessEdit::tr("A flow cannot lead from \u201c%1\u201d back to itself.").arg(nameOf(*a));
    if (b->type == NodeType::Start)
        return ProcessEdit::tr("\u201c%1\u201d starts the process: nothing flows into it.").arg(nameOf(*b));
    if (a->type == NodeType::End)
        return ProcessEdit::tr("\u201c%1\u201d ends the process: nothing flows out of it.").arg(nameOf(*a));
    for (const Flow &f : p.flows)
        if (f.id != except && f.from == from && f.to == to)
            return ProcessEdit::tr("\u201c%1\u201d already leads to \u201c%2\u201d.").arg(nameOf(*a), nameOf(*b));
    return {};
}

void clearRoutesOf(Process &p, const QSet<QString> &nodes)
{
    for (Flow &f : p.flows)
        if (nodes.contains(f.from) || nodes.contains(f.to)) {
            f.waypoints.clear();
            f.labelPosition.reset();
        }
}

bool dropNodeRef(QString &ref, const QString &process, const QSet<QString> &nodes)
{
    return ref.section(u'/', 0, 0) == process && ref.contains(u'/') && nodes.contains(ref.section(u'/', 1));
}

std::vector<Node *> shapes(Process &p, const QStringList &ids)
{
    std::vector<Node *> out;
    for (const QString &id : ids)
        if (Node *n = p.node(id); n && n->bounds)
            out.push_back(n);
    return out;
}

} // namespace

QString unusedNodeId(const Process &process, const QString &stem)
{
    QString id = stem;
    for (int n = 2; process.node(id); ++n)
        id = stem + u'-' + QString::number(n);
    return id;
}

QString unusedFlowId(const Process &process, const QString &from, const QString &to)
{
    const QString stem = from + u'-' + to;
    QString id = stem;
    for (int n = 2; process.flow(id); ++n)
        id = stem + u'-' + QString::number(n);
    return id;
}

QString connectNodes(Process &process, const QString &from, const QString &to, QString *error)
{
    if (const QString why = checkFlow(process, from, to, QString()); !why.isEmpty()) {
        fail(error, why);
        return {};
    }
    Flow f;
    f.id = unusedFlowId(process, from, to);
    f.from = from;
    f.to = to;
    if (process.node(from)->type == NodeType::Xor) {
        double taken = 0;
        for (const Flow &g : process.flows)
            if (g.from == from)
                taken += g.probability.value_or(0);
        f.probability = std::max(0.0, std::round((1 - taken) * 1000) / 1000);
    }
    process.flows.push_back(f);
    return f.id;
}

bool reconnectFlow(Process &process, const QString &flowId, FlowEnd end, const QString &node, QString *error)
{
    auto it = std::find_if(process.flows.begin(), process.flows.end(), [&](const Flow &f) { return f.id == flowId; });
    if (it == process.flows.end())
        return fail(error, ProcessEdit::tr("There is no flow \u201c%1\u201d in this process.").arg(flowId));
    const QString from = end == FlowEnd::Source ? node : it->from;
    const QString to = end == FlowEnd::Target ? node : it->to;
    if (const QString why = checkFlow(process, from, to, flowId); !why.isEmpty())
        return fail(error, why);
    if (from != it->from) {
        // A probability belongs to a branch of an xor: it moves with the flow only onto another xor.
        if (process.node(from)->type != NodeType::Xor)
            it->probability.reset();
        else if (!it->probability)
            it->probability = 0.0;
    }
    it->from = from;
    it->to = to;
    it->waypoints.clear();
    it->labelPosition.reset();
    return true;
}

int deleteNodes(Project &project, const QString &processId, const QStringList &nodes)
{
    Process *p = project.process(processId);
    if (!p)
        return 0;
    QSet<QString> gone;
    for (const QString &id : nodes)
        if (p->node(id))
            gone.insert(id);
    if (gone.isEmpty())
        return 0;
    std::erase_if(p->nodes, [&](const Node &n) { return gone.contains(n.id); });
    std::erase_if(p->flows, [&](const Flow &f) { return gone.contains(f.from) || gone.contains(f.to); });
    const auto isGone = [&](QString &ref) { return dropNodeRef(ref, processId, gone); };
    for (Journey &j : project.journeys)
        for (Step &s : j.steps)
            s.processes.erase(std::remove_if(s.processes.begin(), s.processes.end(), isGone), s.processes.end());
    for (Requirement &q : project.requirements)
        q.nodes.erase(std::remove_if(q.nodes.begin(), q.nodes.end(), isGone), q.nodes.end());
    for (Strategy &s : project.strategies)
        for (Goal &g : s.goals)
            if (g.measure && g.measure->process == processId && gone.contains(g.measure->node))
                g.measure->node.clear();
    for (Scenario &s : project.scenarios) {
        std::erase_if(s.durations, [&](DurationOverride &d) { return isGone(d.node); });
        std::erase_if(s.reassign, [&](Reassignment &r) { return isGone(r.node); });
    }
    for (PocScenario &s : project.pocScenarios) // the step stays: the team may point it at another task
        for (PocStep &st : s.steps)
            if (isGone(st.task))
                st.task.clear();
    return int(gone.size());
}

int deleteFlows(Process &process, const QStringList &flows)
{
    return int(std::erase_if(process.flows, [&](const Flow &f) { return flows.contains(f.id); }));
}

int alignNodes(Process &process, const QStringList &ids, Alignment alignment)
{
    const std::vector<Node *> ns = shapes(process, ids);
    if (ns.size() < 2)
        return 0;
    const Bounds key = *ns.front()->bounds;
    int moved = 0;
    QSet<QString> touched;
    for (Node *n : ns) {
        Bounds &b = *n->bounds;
        const Bounds before = b;
        switch (alignment) {
        case Alignment::Left: b.x = key.x; break;
        case Alignment::HorizontalCentre: b.x = key.x + key.w / 2 - b.w / 2; break;
        case Alignment::Right: b.x = key.x + key.w - b.w; break;
        case Alignment::Top: b.y = key.y; break;
        case Alignment::VerticalCentre: b.y = key.y + key.h / 2 - b.h / 2; break;
        case Alignment::Bottom: b.y = key.y + key.h - b.h; break;
        }
        if (!(b == before)) {
            ++moved;
            touched.insert(n->id);
        }
    }
    clearRoutesOf(process, touched);
    return moved;
}

int distributeNodes(Process &process, const QStringList &ids, Qt::Orientation orientation)
{
    std::vector<Node *> ns = shapes(process, ids);
    if (ns.size() < 3)
        return 0;
    const bool across = orientation == Qt::Horizontal;
    const auto start = [across](const Node *n) { return across ? n->bounds->x : n->bounds->y; };
    const auto extent = [across](const Node *n) { return across ? n->bounds->w : n->bounds->h; };
    std::stable_sort(ns.begin(), ns.end(), [&](const Node *a, const Node *b) { return start(a) < start(b); });
    double occupied = 0;
    for (const Node *n : ns)
        occupied += extent(n);
    const double first = start(ns.front());
    const double last = start(ns.back()) + extent(ns.back());
    const double gap = (last - first - occupied) / double(ns.size() - 1);
    double at = first;
    int moved = 0;
    QSet<QString> touched;
    for (Node *n : ns) {
        double &coordinate = across ? n->bounds->x : n->bounds->y;
        const double placed = std::round(at * 10) / 10;
        if (std::abs(coordinate - placed) > 0.05) {
            coordinate = placed;
            ++moved;
            touched.insert(n->id);
        }
        at += extent(n) + gap;
    }
    clearRoutesOf(process, touched);
    return moved;
}

bool fitLanes(Process &process, double laneHeaderWidth, double defaultLaneSize)
{
    constexpr double kPadding = 12;
    const QStringList drawn = bpmn::drawnLanes(process);
    bool changed = false;
    for (const QString &role : drawn)
        if (std::none_of(process.lanes.begin(), process.lanes.end(), [&](const Lane &l) { return l.role == role; })) {
            process.lanes.push_back({ role, std::nullopt });
            changed = true;
        }
    if (process.lanes.empty())
        return changed;
    // Which lane each node is in: a task its role's, another node its lane or where it is drawn.
    std::vector<double> tops;
    double y = 0;
    for (const Lane &l : process.lanes) {
        tops.push_back(y);
        y += l.size.value_or(defaultLaneSize);
    }
    const QHash<QString, QString> fallback = bpmn::nodeLanes(process);
    const auto laneIndex = [&](const Node &n) -> int {
        QString role = n.type == NodeType::Task ? n.role : n.lane;
        if (role.isEmpty() && n.bounds) {
            const double centre = n.bounds->y + n.bounds->h / 2;
            for (std::size_t i = tops.size(); i-- > 0;)
                if (centre >= tops[i])
                    return int(i);
            return 0;
        }
        if (role.isEmpty())
            role = fallback.value(n.id);
        for (std::size_t i = 0; i < process.lanes.size(); ++i)
            if (process.lanes[i].role == role)
                return int(i);
        return 0;
    };
    std::vector<std::vector<Node *>> members(process.lanes.size());
    for (Node &n : process.nodes)
        if (n.bounds)
            members[std::size_t(laneIndex(n))].push_back(&n);
    double shift = 0, top = 0;
    QSet<QString> moved;
    for (std::size_t i = 0; i < process.lanes.size(); ++i) {
        Lane &lane = process.lanes[i];
        double bottom = top + lane.size.value_or(defaultLaneSize);
        for (Node *n : members[i]) {
            Bounds &b = *n->bounds;
            double dy = shift;
            if (b.y + dy < top + kPadding / 2)
                dy = top + kPadding / 2 - b.y; // drawn above its own lane: brought inside
            if (b.x < laneHeaderWidth + 4) {
                b.x = laneHeaderWidth + 4;
                moved.insert(n->id);
            }
            if (dy != 0) {
                b.y += dy;
                moved.insert(n->id);
            }
            // Names of events and gateways are drawn under them: room for two lines of text.
            const double below = n->type == NodeType::Task ? kPadding : 2.5 * kPadding + 24;
            bottom = std::max(bottom, b.y + b.h + below);
        }
        const double size = bottom - top;
        const double old = lane.size.value_or(defaultLaneSize);
        if (size > old + 0.01) {
            lane.size = std::ceil(size / 10) * 10;
            shift += *lane.size - old;
            changed = true;
        }
        top += lane.size.value_or(defaultLaneSize);
    }
    clearRoutesOf(process, moved);
    return changed || !moved.isEmpty();
}

} // namespace oi::model
