// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/bpmn/bpmnimport.h"

#include "model/bpmn/autolayout.h"
#include "model/bpmn/bpmnexport.h"
#include "model/bpmn/bpmnimporter.h"
#include "model/bpmn/bpmnimportnames.h"
#include "model/bpmn/bpmnnames.h"
#include "model/bpmn/bpsim.h"
#include "model/migrationv2.h"

#include <QFileInfo>

#include <algorithm>

namespace oi::model::bpmn {

using namespace importnames;

namespace {
struct NodeSource
{
    int element = -1;
    QString bpmnId;
    QStringList ignoredChildren; // element names inside it that are not imported
};

struct LaneSource
{
    int element = -1;
    QString role;
    QStringList refs;
    std::optional<Shape> shape;
};

} // namespace

void Importer::importProcess(int processElement, int participant)
{
    const XmlElement &pe = mTree.at(processElement);
    Process p;
    p.id = ourId(processElement);
    if (p.id.isEmpty())
        p.id = QStringLiteral("process");
    for (int n = 2; mProcessIds.contains(p.id); ++n)
        p.id = ourId(processElement) + u'-' + QString::number(n);
    mProcessIds.insert(p.id);
    p.name = pe.attribute(QLatin1StringView("name"));
    if (p.name.isEmpty() && participant >= 0)
        p.name = mTree.at(participant).attribute(QLatin1StringView("name"));
    p.strategy = pe.attribute(kOiNs, QLatin1StringView("strategy"));
    p.variantOf = pe.attribute(kOiNs, QLatin1StringView("variantOf"));
    auto money = [&](const char *name) -> std::optional<double> {
        bool ok = false;
        const double v = pe.attribute(kOiNs, QLatin1StringView(name)).toDouble(&ok);
        return ok ? std::optional<double>(v) : std::nullopt;
    };
    p.valuePerCase = money("valuePerCase");
    p.costPerAbandonment = money("costPerAbandonment");

    // Where the pool was moved to when several were stacked in one file (bpmnexport.cpp).
    double dx = 0;
    double dy = 0;
    if (participant >= 0) {
        const auto shape = mShapes.constFind(mTree.at(participant).attribute(QLatin1StringView("id")));
        if (shape != mShapes.constEnd()) {
            const XmlElement &s = mTree.at(shape->element);
            dx = s.attribute(kOiNs, QLatin1StringView("dx")).toDouble();
            dy = s.attribute(kOiNs, QLatin1StringView("dy")).toDouble();
        }
    }

    std::vector<NodeSource> sources;
    QHash<QString, int> nodeOf; // BPMN id -> index in p.nodes
    QHash<QString, QString> notImported; // BPMN id -> its element name, for flows that reach it
    std::vector<int> flows;
    std::vector<LaneSource> lanes;

    // Lanes, innermost first: a lane holding lanes is not a role itself.
    std::vector<std::pair<int, int>> laneSets; // (laneSet, depth)
    for (const int child : pe.children) {
        const XmlElement &e = mTree.at(child);
        if (e.ns != kModelNs)
            continue;
        const QString &name = e.name;
        const QString bpmnId = e.attribute(QLatin1StringView("id"));
        if (isOneOf(name, { "documentation" })) {
            if (p.description.isEmpty())
                p.description = e.text;
            continue;
        }
        if (isOneOf(name, { "extensionElements" }))
            continue;
        if (name == QLatin1StringView("laneSet")) {
            laneSets.push_back({ child, 0 });
            continue;
        }
        if (name == QLatin1StringView("sequenceFlow")) {
            flows.push_back(child);
            continue;
        }
        if (!isTask(name) && !isCompound(name) && !isGateway(name) && !isEvent(name)) {
            notImported.insert(bpmnId, name);
            if (name == QLatin1StringView("boundaryEvent"))
                warn(child,
                    tr("a boundary event is not imported: the studio's tasks are not interrupted. The flows leaving it "
                       "are left out too."));
            else if (isOneOf(name,
                         { "dataObject", "dataObjectReference", "dataStoreReference", "dataInput", "dataOutput",
                             "ioSpecification", "property" }))
                warn(child, tr("data is not imported: the studio's processes model the work, not its data."));
            else if (isOneOf(name, { "textAnnotation", "association", "group" }))
                warn(child, tr("annotations and groups are not imported."));
            else
                warn(child, tr("this kind of BPMN element is not imported."));
            continue;
        }

        Node node;
        node.id = ourId(child);
        node.name = e.attribute(QLatin1StringView("name"));
        NodeSource source;
        source.element = child;
        source.bpmnId = bpmnId;
        QStringList definitions; // event definitions, e.g. "timerEventDefinition"
        for (const int c : e.children) {
            const XmlElement &ce = mTree.at(c);
            if (ce.ns != kModelNs)
                continue;
            if (isOneOf(ce.name, { "incoming", "outgoing", "documentation", "extensionElements" }))
                continue;
            if (ce.name.endsWith(QLatin1StringView("EventDefinition"))) {
                definitions << ce.name;
                continue;
            }
            if (ce.name == QLatin1StringView("eventDefinitionRef")) {
                const int d = resolve(ce.text);
                definitions << (d >= 0 ? mTree.at(d).name : QStringLiteral("unknownEventDefinition"));
                continue;
            }
            if (isTask(name) && isOneOf(ce.name, { "performer", "potentialOwner", "humanPerformer" }))
                continue; // read below, for the role
            if (isCompound(name))
                continue; // reported as a whole
            if (!source.ignoredChildren.contains(ce.name))
                source.ignoredChildren << ce.name;
        }
        const bool timer = definitions.contains(QStringLiteral("timerEventDefinition"));
        if (isTask(name)) {
            node.type = NodeType::Task;
        } else if (isCompound(name)) {
            node.type = NodeType::Task;
            int inner = 0;
            std::vector<int> stack(e.children.begin(), e.children.end());
            while (!stack.empty()) {
                const int k = stack.back();
                stack.pop_back();
                const XmlElement &ke = mTree.at(k);
                if (ke.ns == kModelNs && ke.hasAttribute(QLatin1StringView("id")))
                    ++inner;
                stack.insert(stack.end(), ke.children.begin(), ke.children.end());
            }
            if (name == QLatin1StringView("callActivity"))
                warn(child, tr("a call activity is imported as one task; the process it calls is not."));
            else
                warn(child,
                    tr("a sub-process is imported as one task; the %n element(s) inside it are left out.", nullptr,
                        inner));
        } else if (name == QLatin1StringView("exclusiveGateway")) {
            node.type = NodeType::Xor;
        } else if (name == QLatin1StringView("parallelGateway")) {
            node.type = NodeType::AndSplit; // or a join: decided by its flows below
        } else if (isGateway(name)) {
            node.type = NodeType::Xor;
            warn(child, tr("imported as an exclusive (xor) gateway: a case takes exactly one of its ways."));
        } else if (name == QLatin1StringView("startEvent")) {
            node.type = NodeType::Start;
            for (const QString &d : definitions)
                warn(child,
                    tr("its %1 trigger is not kept: a start in the studio is a stream of arrivals (BPSim "
                       "InterTriggerTimer or the start's properties).")
                        .arg(trigger(d)));
        } else if (name == QLatin1StringView("endEvent")) {
            node.type = NodeType::End;
            for (const QString &d : definitions)
                warn(child, tr("its %1 result is not kept; it is imported as a plain end.").arg(trigger(d)));
        } else if (name == QLatin1StringView("intermediateCatchEvent") && timer) {
            node.type = NodeType::Timer;
            for (const QString &d : definitions)
                if (d != QLatin1StringView("timerEventDefinition"))
                    warn(child, tr("its %1 trigger is not kept; it is imported as a timer.").arg(trigger(d)));
        } else {
            // Kept as a pass-through, so the flows through it (and the diagram) stay whole.
            node.type = NodeType::Timer;
            node.duration = Distribution::fixed(0);
            warn(child,
                definitions.isEmpty()
                    ? tr("imported as a timer with no delay, so the flow through it stays whole.")
                    : tr("its %1 trigger is not kept; it is imported as a timer with no delay, so the flow through it "
                         "stays whole.")
                          .arg(trigger(definitions.front())));
        }
        if (!source.ignoredChildren.isEmpty())
            warn(child, tr("these parts of it are not imported: %1.").arg(source.ignoredChildren.join(u", ")));

        // Simulation parameters.
        if (node.type == NodeType::Task) {
            node.priority = int(e.attribute(kOiNs, QLatin1StringView("priority")).toInt());
            if (auto d = distribution(child, bpmnId, "TimeParameters", "ProcessingTime", tr("processing time")))
                node.duration = *d;
        } else if (node.type == NodeType::Timer && !node.duration.isSet()) {
            if (auto d = distribution(child, bpmnId, "TimeParameters", "ProcessingTime", tr("delay"))) {
                node.duration = *d;
            } else {
                const int def = mTree.child(child, kModelNs, QLatin1StringView("timerEventDefinition"));
                const int duration = def < 0 ? -1 : mTree.child(def, kModelNs, QLatin1StringView("timeDuration"));
                if (duration >= 0) {
                    if (const auto seconds = isoDurationSeconds(mTree.at(duration).text))
                        node.duration = Distribution::fixed(*seconds / mProjectSeconds);
                }
            }
        } else if (node.type == NodeType::Start) {
            if (auto d = distribution(child, bpmnId, "ControlParameters", "InterTriggerTimer", tr("arrivals")))
                node.arrivals = *d;
            readStartExtensions(node, child);
        }
        if (const auto b = shapeBounds(bpmnId, dx, dy))
            node.bounds = *b;
        nodeOf.insert(bpmnId, int(p.nodes.size()));
        p.nodes.push_back(std::move(node));
        sources.push_back(std::move(source));
    }

    // Lanes: the innermost ones become roles, in the order they are drawn (top to bottom) when
    // every one has a shape, else in the order of the file.
    QHash<QString, QString> laneOfNode; // BPMN id -> role id
    while (!laneSets.empty()) {
        const auto [set, depth] = laneSets.front();
        laneSets.erase(laneSets.begin());
        for (const int lane : mTree.children(set, kModelNs, QLatin1StringView("lane"))) {
            const int inner = mTree.child(lane, kModelNs, QLatin1StringView("childLaneSet"));
            if (inner >= 0 && !mTree.children(inner, kModelNs, QLatin1StringView("lane")).empty()) {
                warn(lane, tr("this lane holds lanes of its own; the innermost lanes become roles."));
                laneSets.push_back({ inner, depth + 1 });
                continue;
            }
            LaneSource source;
            source.element = lane;
            for (const int ref : mTree.children(lane, kModelNs, QLatin1StringView("flowNodeRef")))
                source.refs << localId(mTree.at(ref).text);
            const auto shape = mShapes.constFind(mTree.at(lane).attribute(QLatin1StringView("id")));
            if (shape != mShapes.constEnd())
                source.shape = *shape;
            lanes.push_back(std::move(source));
        }
    }
    if (!lanes.empty()
        && std::all_of(lanes.begin(), lanes.end(), [](const LaneSource &l) { return l.shape.has_value(); }))
        std::stable_sort(lanes.begin(), lanes.end(),
            [](const LaneSource &a, const LaneSource &b) { return a.shape->bounds.y < b.shape->bounds.y; });
    bool vertical = false;
    for (LaneSource &lane : lanes) {
        const XmlElement &le = mTree.at(lane.element);
        QString name = le.attribute(QLatin1StringView("name"));
        if (name.trimmed().isEmpty())
            name = le.attribute(QLatin1StringView("id"));
        lane.role = roleFor(name, le.attribute(kOiNs, QLatin1StringView("role")), lane.element);
        if (p.laneRoles().contains(lane.role)) {
            warn(lane.element,
                tr("another lane of this process has the same name; both become the role %1.").arg(lane.role));
        } else {
            Lane l;
            l.role = lane.role;
            if (lane.shape && lane.shape->horizontal)
                l.size = lane.shape->bounds.h;
            vertical = vertical || (lane.shape && !lane.shape->horizontal);
            p.lanes.push_back(l);
        }
        for (const QString &ref : lane.refs)
            if (!laneOfNode.contains(ref))
                laneOfNode.insert(ref, lane.role);
    }
    if (vertical)
        warn(processElement, tr("vertical lanes are drawn as horizontal swimlanes; their widths are not kept."));

    // Roles: a task takes its lane's; with no lane, the resource it names, else the pool's.
    QString pool;
    for (size_t i = 0; i < p.nodes.size(); ++i) {
        Node &node = p.nodes[i];
        const NodeSource &source = sources[i];
        const QString lane = laneOfNode.value(source.bpmnId);
        if (node.type != NodeType::Task) {
            node.lane = lane;
            continue;
        }
        if (!lane.isEmpty()) {
            node.role = lane;
            continue;
        }
        for (const int c : mTree.at(source.element).children) {
            const XmlElement &ce = mTree.at(c);
            if (ce.ns != kModelNs || !isOneOf(ce.name, { "performer", "potentialOwner", "humanPerformer" }))
                continue;
            const int ref = mTree.child(c, kModelNs, QLatin1StringView("resourceRef"));
            const int resource = ref < 0 ? -1 : resolve(mTree.at(ref).text);
            if (resource >= 0 && mTree.at(resource).name == QLatin1StringView("resource")) {
                const XmlElement &re = mTree.at(resource);
                node.role = roleFor(re.attribute(QLatin1StringView("name")).isEmpty()
                        ? re.attribute(QLatin1StringView("id"))
                        : re.attribute(QLatin1StringView("name")),
                    re.attribute(kOiNs, QLatin1StringView("role")), -1);
                break;
            }
        }
        if (node.role.isEmpty()) {
            if (pool.isEmpty()) {
                pool = poolRole(p, participant);
                warn(lanes.empty() ? processElement : source.element,
                    lanes.empty()
                        ? tr("the process has no lanes; its tasks are given the role %1, after the pool.").arg(pool)
                        : tr("this task is in no lane; it is given the role %1, after the pool.").arg(pool));
            } else if (!lanes.empty()) {
                warn(source.element, tr("this task is in no lane; it is given the role %1, after the pool.").arg(pool));
            }
            node.role = pool;
        }
        if (!p.laneRoles().contains(node.role))
            p.lanes.push_back({ node.role, std::nullopt });
    }

    // Sequence flows.
    std::vector<int> outDegree(p.nodes.size(), 0);
    std::vector<int> inDegree(p.nodes.size(), 0);
    std::vector<int> flowElements;
    std::vector<std::vector<size_t>> outFlows(p.nodes.size());
    for (const int f : flows) {
        const XmlElement &e = mTree.at(f);
        const QString source = localId(e.attribute(QLatin1StringView("sourceRef")));
        const QString target = localId(e.attribute(QLatin1StringView("targetRef")));
        const int from = nodeOf.value(source, -1);
        const int to = nodeOf.value(target, -1);
        if (from < 0 || to < 0) {
            const QString missing = from < 0 ? source : target;
            warn(f,
                notImported.contains(missing)
                    ? tr("it connects %1 %2, which is not imported, so it is left out.")
                          .arg(notImported.value(missing), missing)
                    : tr("it connects %1, which is no flow element of this process, so it is left out.").arg(missing));
            continue;
        }
        Flow flow;
        flow.id = ourId(f);
        flow.from = p.nodes[size_t(from)].id;
        flow.to = p.nodes[size_t(to)].id;
        flow.label = e.attribute(QLatin1StringView("name"));
        const QString bpmnId = e.attribute(QLatin1StringView("id"));
        if (const auto it = mEdges.constFind(bpmnId); it != mEdges.constEnd()) {
            for (const Point &w : it->waypoints)
                flow.waypoints.push_back({ unshift(w.x, dx), unshift(w.y, dy) });
            if (it->label)
                flow.labelPosition = Point { unshift(it->label->x, dx), unshift(it->label->y, dy) };
        }
        QStringList ignored;
        for (const int c : e.children) {
            const XmlElement &ce = mTree.at(c);
            if (ce.ns != kModelNs || isOneOf(ce.name, { "documentation", "extensionElements" }))
                continue;
            if (ce.name == QLatin1StringView("conditionExpression"))
                warn(f, tr("its condition is not kept: the studio routes cases by branch probability."));
            else if (!ignored.contains(ce.name))
                ignored << ce.name;
        }
        if (!ignored.isEmpty())
            warn(f, tr("these parts of it are not imported: %1.").arg(ignored.join(u", ")));
        ++outDegree[size_t(from)];
        ++inDegree[size_t(to)];
        outFlows[size_t(from)].push_back(p.flows.size());
        p.flows.push_back(std::move(flow));
        flowElements.push_back(f);
    }

    // Gateways: parallel ones split or join by their flows; xor branches get their probabilities.
    for (size_t i = 0; i < p.nodes.size(); ++i) {
        Node &node = p.nodes[i];
        const int element = sources[i].element;
        if (node.type == NodeType::AndSplit) {
            const QString direction = mTree.at(element).attribute(QLatin1StringView("gatewayDirection"));
            if (inDegree[i] > 1 && outDegree[i] <= 1)
                node.type = NodeType::AndJoin;
            else if (inDegree[i] <= 1 && outDegree[i] > 1)
                node.type = NodeType::AndSplit;
            else if (direction == QLatin1StringView("Converging"))
                node.type = NodeType::AndJoin;
            else if (direction == QLatin1StringView("Diverging"))
                node.type = NodeType::AndSplit;
            else if (inDegree[i] > 1) {
                node.type = NodeType::AndJoin;
                warn(element,
                    tr("this parallel gateway both joins and splits; it is imported as an and-join, so an and-split "
                       "must follow it."));
            }
        }
        if (node.type != NodeType::Xor)
            continue;
        const std::vector<size_t> &out = outFlows[i];
        if (out.empty())
            continue;
        double given = 0;
        int missing = 0;
        for (const size_t f : out) {
            p.flows[f].probability = probability(mTree.at(flowElements[f]).attribute(QLatin1StringView("id")));
            if (p.flows[f].probability)
                given += *p.flows[f].probability;
            else
                ++missing;
        }
        // Some tools write percentages.
        if (missing == 0 && given > 1.0 + 1e-9 && given <= 100.0 + 1e-6) {
            for (const size_t f : out)
                *p.flows[f].probability /= 100.0;
            warn(element, tr("its branch probabilities add up to %1; they are read as percentages.").arg(given));
            given /= 100.0;
        }
        // A gateway with one way out merges: its flow needs no probability (and gets none).
        if (missing == 0 || out.size() < 2)
            continue;
        warn(element,
            missing == int(out.size())
                ? tr("no branch probabilities (BPSim Probability) for the flows leaving it; each of its %n ways "
                     "gets an equal share.",
                    nullptr, int(out.size()))
                : tr("only some of the flows leaving it have a probability; the other %n share the rest equally.",
                    nullptr, missing));
        const double share = std::max(0.0, 1.0 - given) / missing;
        for (const size_t f : out)
            if (!p.flows[f].probability)
                p.flows[f].probability = share;
    }

    // Shapes: kept where the file has them; the rest laid out.
    int shaped = 0;
    for (const Node &n : p.nodes)
        shaped += n.bounds.has_value();
    const int placed = placeMissingShapes(p);
    if (placed > 0 && shaped == 0)
        warn(processElement, tr("the process has no diagram (BPMN DI); it was laid out automatically."));
    else if (placed > 0)
        warn(
            processElement, tr("%n node(s) have no shape in the diagram; they were placed below it.", nullptr, placed));

    // What the simulation still needs, said once per process.
    QStringList noDuration;
    for (size_t i = 0; i < p.nodes.size(); ++i) {
        const Node &n = p.nodes[i];
        if (n.type == NodeType::Task && !n.duration.isSet())
            noDuration << n.id;
        if (n.type == NodeType::Timer && !n.duration.isSet())
            warn(sources[i].element,
                tr("the timer has no delay (BPSim ProcessingTime or a timeDuration); set it before simulating."));
        if (n.type == NodeType::Start && !n.arrivals.isSet() && !n.rateCalendar)
            warn(sources[i].element,
                tr("the start has no arrivals (BPSim InterTriggerTimer); set them before simulating."));
    }
    if (!noDuration.isEmpty()) {
        const int shown = 8;
        QString list = QStringList(noDuration.mid(0, shown)).join(u", ");
        if (noDuration.size() > shown)
            list += QStringLiteral(", …");
        warn(processElement,
            tr("%n task(s) have no processing time (BPSim ProcessingTime): %1. Set their durations before simulating.",
                nullptr, int(noDuration.size()))
                .arg(list));
    }
    mProject->processes.push_back(std::move(p));
}

std::unique_ptr<Project> processesFromBpmn(const QByteArray &xml, const QString &fileName, Problems *problems)
{
    XmlLimits limits;
    limits.bytes = kMaxBpmnBytes;
    const std::optional<XmlTree> tree = readXmlTree(xml, fileName, problems, limits);
    if (!tree)
        return nullptr;
    const XmlElement &root = tree->root();
    if (!root.is(kModelNs, QLatin1StringView("definitions"))) {
        if (problems)
            problems->push_back({ Problem::Severity::Error, fileName, root.line, root.column, QString(), QString(),
                QCoreApplication::translate("BpmnImport",
                    "This is not a BPMN 2.0 file: it starts with <%1> (namespace \"%2\"), not with the "
                    "<definitions> of %3. Nothing was imported.")
                    .arg(root.name, root.ns, QString(kModelNs)) });
        return nullptr;
    }
    return Importer(*tree, fileName, problems).run();
}

} // namespace oi::model::bpmn
