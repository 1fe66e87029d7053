// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/bpmn/bpmnexport.h"

#include "model/bpmn/xmlnames.h"

#include "model/bpmn/autolayout.h"
#include "model/bpmn/bpmnnames.h"
#include "model/bpmn/bpsim.h"
#include "model/bpmn/diagramframe.h"
#include "model/enumnames.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QXmlStreamWriter>

#include <cmath>
#include <vector>

namespace oi::model::bpmn {

using namespace xmlnames;

namespace {

// A class scope so lupdate files these strings under "BpmnExport".
struct BpmnExport
{
    Q_DECLARE_TR_FUNCTIONS(BpmnExport)
};

const QString kModel(kModelNs);
const QString kBpmnDi(kBpmnDiNs);
const QString kDc(kDcNs);
const QString kDi(kDiNs);
const QString kBpsim(kBpsimNs);
const QString kOi(kOiNs);

struct Exported
{
    const Process *source = nullptr;
    Process drawn; // with shapes
    QStringList lanes;
    QHash<QString, QString> laneOf;
    DiagramFrame frame;
    double dx = 0;
    double dy = 0;
    QString id;
    QString participant;
    QString laneSet;
    QStringList laneIds;
    std::vector<QString> nodeIds;
    std::vector<QString> flowIds;
    QHash<QString, int> nodeIndex; // our node id -> first node with it
    std::vector<int> flowFrom; // node index per flow, -1 when the flow's end does not exist
    std::vector<int> flowTo;
    std::vector<std::vector<size_t>> incoming; // flow indexes per node, both ends known
    std::vector<std::vector<size_t>> outgoing;
};

bool stacksExactly(const Exported &e, double dx, double dy)
{
    auto same = [](double v, double d) { return unshift(v + d, d) == v; };
    for (const Node &n : e.drawn.nodes)
        if (n.bounds && (!same(n.bounds->x, dx) || !same(n.bounds->y, dy)))
            return false;
    for (const Flow &f : e.drawn.flows) {
        for (const Point &p : f.waypoints)
            if (!same(p.x, dx) || !same(p.y, dy))
                return false;
        if (f.labelPosition && (!same(f.labelPosition->x, dx) || !same(f.labelPosition->y, dy)))
            return false;
    }
    return true;
}

class Writer
{
public:
    Writer(const Project &project, std::vector<Exported> &processes)
        : mProject(project)
        , mProcesses(processes)
        , mXml(&mBytes)
    {
        mXml.setAutoFormatting(true);
        mXml.setAutoFormattingIndent(2);
    }

    QByteArray write()
    {
        allocateIds();
        mXml.writeStartDocument();
        mXml.writeNamespace(kModel, QStringLiteral("bpmn"));
        mXml.writeNamespace(kBpmnDi, QStringLiteral("bpmndi"));
        mXml.writeNamespace(kDc, QStringLiteral("dc"));
        mXml.writeNamespace(kDi, QStringLiteral("di"));
        mXml.writeNamespace(kBpsim, QStringLiteral("bpsim"));
        mXml.writeNamespace(kOi, QStringLiteral("oi"));
        mXml.writeStartElement(kModel, QStringLiteral("definitions"));
        mXml.writeAttribute(QStringLiteral("id"), mDefinitions);
        if (!mProject.name.isEmpty())
            mXml.writeAttribute(QStringLiteral("name"), clean(mProject.name));
        mXml.writeAttribute(QStringLiteral("targetNamespace"), QString(kOiNs) + QStringLiteral("/project"));
        mXml.writeAttribute(QStringLiteral("exporter"), QStringLiteral("Outside-In Studio"));
        mXml.writeAttribute(kOi, QStringLiteral("timeUnit"), toString(mProject.timeUnit));
        writeResources();
        writeCollaboration();
        for (const Exported &e : mProcesses)
            writeProcess(e);
        writeDiagram();
        writeSimulation();
        mXml.writeEndElement();
        mXml.writeEndDocument();
        return mBytes;
    }

private:
    void allocateIds()
    {
        mDefinitions = mIds.take(QStringLiteral("definitions"));
        mCollaboration = mIds.take(QStringLiteral("collaboration"));
        mDiagram = mIds.take(QStringLiteral("diagram"));
        mPlane = mIds.take(QStringLiteral("plane"));
        mRelationship = mIds.take(QStringLiteral("bpsim-data"));
        for (Exported &e : mProcesses)
            e.id = mIds.take(e.source->id);
        for (Exported &e : mProcesses) {
            for (const Node &n : e.drawn.nodes)
                e.nodeIds.push_back(mIds.take(n.id, e.source->id + u'.' + n.id));
            for (const Flow &f : e.drawn.flows) {
                const QString id = f.id.isEmpty() ? f.from + u'-' + f.to : f.id;
                e.flowIds.push_back(mIds.take(id, e.source->id + u'.' + id));
            }
        }
        for (Exported &e : mProcesses) {
            e.participant = mIds.take(e.source->id + QStringLiteral("-pool"));
            if (!e.lanes.isEmpty())
                e.laneSet = mIds.take(e.source->id + QStringLiteral("-lanes"));
            for (const QString &role : e.lanes)
                e.laneIds << mIds.take(e.source->id + QStringLiteral("-lane-") + role);
            for (const QString &role : e.lanes)
                if (!mRoles.contains(role))
                    mRoles << role;
        }
        for (const QString &role : mRoles)
            mResourceIds.insert(role, mIds.take(role, QStringLiteral("role-") + role));
    }

    QString roleName(const QString &roleId) const
    {
        const Role *r = mProject.role(roleId);
        return r && !r->name.isEmpty() ? r->name : roleId;
    }

    void start(const QString &ns, const char *name) { mXml.writeStartElement(ns, QLatin1StringView(name)); }
    void empty(const QString &ns, const char *name) { mXml.writeEmptyElement(ns, QLatin1StringView(name)); }
    void end() { mXml.writeEndElement(); }
    void attr(const char *name, const QString &value) { mXml.writeAttribute(QLatin1StringView(name), clean(value)); }
    void oiAttr(const char *name, const QString &value)
    {
        mXml.writeAttribute(kOi, QLatin1StringView(name), clean(value));
    }
    void textElement(const QString &ns, const char *name, const QString &text)
    {
        mXml.writeTextElement(ns, QLatin1StringView(name), clean(text));
    }
    // Our id when the file's had to differ (not an XML name, or taken by another process's node).
    void ourId(const QString &ours, const QString &written)
    {
        if (ours != written)
            oiAttr("id", ours);
    }

    void writeResources()
    {
        for (const QString &roleId : mRoles) {
            start(kModel, "resource");
            attr("id", mResourceIds.value(roleId));
            attr("name", roleName(roleId));
            oiAttr("role", roleId);
            const Role *role = mProject.role(roleId);
            if (role && (role->shifts || !role->crossTrained.empty())) {
                start(kModel, "extensionElements");
                if (role->shifts) {
                    start(kOi, "shifts");
                    attr("period", number(role->shifts->period));
                    for (const ShiftBlock &b : role->shifts->capacity) {
                        empty(kOi, "capacity");
                        attr("from", number(b.from));
                        attr("to", number(b.to));
                        attr("headcount", QString::number(b.headcount));
                    }
                    end();
                }
                for (const CrossTraining &c : role->crossTrained) {
                    empty(kOi, "crossTraining");
                    attr("role", c.role);
                    attr("priority", QString::number(c.priority));
                }
                end();
            }
            end();
        }
    }

    void writeCollaboration()
    {
        start(kModel, "collaboration");
        attr("id", mCollaboration);
        for (const Exported &e : mProcesses) {
            empty(kModel, "participant");
            attr("id", e.participant);
            if (!e.source->name.isEmpty())
                attr("name", e.source->name);
            attr("processRef", e.id);
        }
        end();
    }

    void writeProcess(const Exported &e)
    {
        const Process &p = *e.source;
        start(kModel, "process");
        attr("id", e.id);
        if (!p.name.isEmpty())
            attr("name", p.name);
        attr("isExecutable", QStringLiteral("false"));
        ourId(p.id, e.id);
        if (!p.strategy.isEmpty())
            oiAttr("strategy", p.strategy);
        if (!p.variantOf.isEmpty())
            oiAttr("variantOf", p.variantOf);
        if (p.valuePerCase)
            oiAttr("valuePerCase", number(*p.valuePerCase));
        if (p.costPerAbandonment)
            oiAttr("costPerAbandonment", number(*p.costPerAbandonment));
        if (!p.description.isEmpty())
            textElement(kModel, "documentation", p.description);
        if (!e.lanes.isEmpty()) {
            start(kModel, "laneSet");
            attr("id", e.laneSet);
            for (qsizetype l = 0; l < e.lanes.size(); ++l) {
                start(kModel, "lane");
                attr("id", e.laneIds[l]);
                attr("name", roleName(e.lanes[l]));
                oiAttr("role", e.lanes[l]);
                for (size_t i = 0; i < e.drawn.nodes.size(); ++i)
                    if (e.laneOf.value(e.drawn.nodes[i].id) == e.lanes[l])
                        textElement(kModel, "flowNodeRef", e.nodeIds[i]);
                end();
            }
            end();
        }
        for (size_t i = 0; i < e.drawn.nodes.size(); ++i)
            writeNode(e, i);
        for (size_t f = 0; f < e.drawn.flows.size(); ++f) {
            if (e.flowFrom[f] < 0 || e.flowTo[f] < 0)
                continue;
            const Flow &flow = e.drawn.flows[f];
            empty(kModel, "sequenceFlow");
            attr("id", e.flowIds[f]);
            if (!flow.label.isEmpty())
                attr("name", flow.label);
            attr("sourceRef", e.nodeIds[size_t(e.flowFrom[f])]);
            attr("targetRef", e.nodeIds[size_t(e.flowTo[f])]);
            if (flow.id.isEmpty())
                oiAttr("id", QString()); // ours had none; an empty oi:id says so
            else
                ourId(flow.id, e.flowIds[f]);
        }
        end();
    }

    void writeNode(const Exported &e, size_t i)
    {
        const Node &n = e.drawn.nodes[i];
        start(kModel, bpmnElementName(n.type).toLatin1().constData());
        attr("id", e.nodeIds[i]);
        if (!n.name.isEmpty())
            attr("name", n.name);
        ourId(n.id, e.nodeIds[i]);
        if (n.type == NodeType::Task && n.priority != 0)
            oiAttr("priority", QString::number(n.priority));
        const size_t in = e.incoming[i].size();
        const size_t out = e.outgoing[i].size();
        if (n.type == NodeType::AndSplit || (n.type == NodeType::Xor && out > 1))
            attr("gatewayDirection", QStringLiteral("Diverging"));
        else if (n.type == NodeType::AndJoin || (n.type == NodeType::Xor && in > 1))
            attr("gatewayDirection", QStringLiteral("Converging"));
        if (n.type == NodeType::Start && (n.rateCalendar || n.patience.isSet())) {
            start(kModel, "extensionElements");
            if (n.rateCalendar) {
                start(kOi, "rateCalendar");
                attr("period", number(n.rateCalendar->period));
                for (const RateBlock &b : n.rateCalendar->rates) {
                    empty(kOi, "rate");
                    attr("from", number(b.from));
                    attr("to", number(b.to));
                    attr("perTimeUnit", number(b.perTimeUnit));
                }
                end();
            }
            if (n.patience.isSet()) {
                start(kOi, "patience");
                writeDistribution(mXml, n.patience);
                end();
            }
            end();
        }
        for (const size_t f : e.incoming[i])
            textElement(kModel, "incoming", e.flowIds[f]);
        for (const size_t f : e.outgoing[i])
            textElement(kModel, "outgoing", e.flowIds[f]);
        if (n.type == NodeType::Task && mResourceIds.contains(n.role)) {
            start(kModel, "performer");
            textElement(kModel, "resourceRef", mResourceIds.value(n.role));
            end();
        }
        if (n.type == NodeType::Timer) {
            start(kModel, "timerEventDefinition");
            // Other tools understand a fixed delay; the distribution itself is in the BPSim data.
            if (n.duration.kind == DistKind::Fixed)
                textElement(kModel, "timeDuration", isoDuration(n.duration.value, mProject.timeUnit));
            end();
        }
        end();
    }

    void bounds(const Bounds &b, double dx, double dy)
    {
        empty(kDc, "Bounds");
        attr("x", number(b.x + dx));
        attr("y", number(b.y + dy));
        attr("width", number(b.w));
        attr("height", number(b.h));
    }

    void writeDiagram()
    {
        start(kBpmnDi, "BPMNDiagram");
        attr("id", mDiagram);
        start(kBpmnDi, "BPMNPlane");
        attr("id", mPlane);
        attr("bpmnElement", mCollaboration);
        for (const Exported &e : mProcesses) {
            start(kBpmnDi, "BPMNShape");
            attr("id", e.participant + QStringLiteral("_di"));
            attr("bpmnElement", e.participant);
            attr("isHorizontal", QStringLiteral("true"));
            if (e.dx != 0)
                oiAttr("dx", number(e.dx));
            if (e.dy != 0)
                oiAttr("dy", number(e.dy));
            bounds(e.frame.pool, e.dx, e.dy);
            end();
            for (size_t l = 0; l < e.frame.lanes.size(); ++l) {
                start(kBpmnDi, "BPMNShape");
                attr("id", e.laneIds[qsizetype(l)] + QStringLiteral("_di"));
                attr("bpmnElement", e.laneIds[qsizetype(l)]);
                attr("isHorizontal", QStringLiteral("true"));
                bounds(e.frame.lanes[l].rect, e.dx, e.dy);
                end();
            }
            for (size_t i = 0; i < e.drawn.nodes.size(); ++i) {
                const Node &n = e.drawn.nodes[i];
                start(kBpmnDi, "BPMNShape");
                attr("id", e.nodeIds[i] + QStringLiteral("_di"));
                attr("bpmnElement", e.nodeIds[i]);
                if (n.type == NodeType::Xor)
                    attr("isMarkerVisible", QStringLiteral("true"));
                bounds(*n.bounds, e.dx, e.dy);
                end();
            }
            for (size_t f = 0; f < e.drawn.flows.size(); ++f) {
                if (e.flowFrom[f] < 0 || e.flowTo[f] < 0)
                    continue;
                const Flow &flow = e.drawn.flows[f];
                start(kBpmnDi, "BPMNEdge");
                attr("id", e.flowIds[f] + QStringLiteral("_di"));
                attr("bpmnElement", e.flowIds[f]);
                const Bounds &from = *e.drawn.nodes[size_t(e.flowFrom[f])].bounds;
                const Bounds &to = *e.drawn.nodes[size_t(e.flowTo[f])].bounds;
                for (const Point &p : flowPath(flow, from, to)) {
                    empty(kDi, "waypoint");
                    attr("x", number(p.x + e.dx));
                    attr("y", number(p.y + e.dy));
                }
                if (flow.labelPosition) {
                    // label_position is the label's top-left corner; its size is only a guess for
                    // tools that want one (ours measures the text).
                    start(kBpmnDi, "BPMNLabel");
                    const double w = std::max(20.0, std::ceil(flow.label.size() * 6.5));
                    bounds({ flow.labelPosition->x, flow.labelPosition->y, w, 14 }, e.dx, e.dy);
                    end();
                }
                end();
            }
        }
        end();
        end();
    }

    void parameter(const char *group, const char *name, const Distribution &d)
    {
        start(kBpsim, group);
        start(kBpsim, name);
        writeDistribution(mXml, d);
        end();
        end();
    }

    void elementParameters(const QString &ref)
    {
        start(kBpsim, "ElementParameters");
        attr("elementRef", ref);
    }

    void writeSimulation()
    {
        start(kModel, "relationship");
        attr("id", mRelationship);
        attr("type", QStringLiteral("BPSimData"));
        start(kModel, "extensionElements");
        start(kBpsim, "BPSimData");
        start(kBpsim, "Scenario");
        attr("id", QStringLiteral("base"));
        attr("name", mProject.name.isEmpty() ? QStringLiteral("base") : mProject.name);
        const SimulationSettings &s = mProject.simulation;
        start(kBpsim, "ScenarioParameters");
        if (s.replications > 0)
            attr("replication", QString::number(s.replications));
        attr("seed", QString::number(s.seed));
        attr("baseTimeUnit", bpsimTimeUnit(mProject.timeUnit));
        // Duration and Warmup are plain numbers in the base time unit.
        if (s.horizon > 0) {
            start(kBpsim, "Duration");
            writeDistribution(mXml, Distribution::fixed(s.horizon));
            end();
        }
        if (s.warmup > 0) {
            start(kBpsim, "Warmup");
            writeDistribution(mXml, Distribution::fixed(s.warmup));
            end();
        }
        end();
        for (const Exported &e : mProcesses) {
            for (size_t i = 0; i < e.drawn.nodes.size(); ++i) {
                const Node &n = e.drawn.nodes[i];
                if (n.type == NodeType::Start && n.arrivals.isSet()) {
                    elementParameters(e.nodeIds[i]);
                    parameter("ControlParameters", "InterTriggerTimer", n.arrivals);
                    end();
                } else if ((n.type == NodeType::Task || n.type == NodeType::Timer) && n.duration.isSet()) {
                    elementParameters(e.nodeIds[i]);
                    parameter("TimeParameters", "ProcessingTime", n.duration);
                    end();
                }
            }
            for (size_t f = 0; f < e.drawn.flows.size(); ++f) {
                const Flow &flow = e.drawn.flows[f];
                if (!flow.probability || e.flowFrom[f] < 0 || e.flowTo[f] < 0)
                    continue;
                elementParameters(e.flowIds[f]);
                parameter("ControlParameters", "Probability", Distribution::fixed(*flow.probability));
                end();
            }
        }
        for (const QString &roleId : mRoles) {
            const Role *role = mProject.role(roleId);
            if (!role)
                continue;
            elementParameters(mResourceIds.value(roleId));
            start(kBpsim, "ResourceParameters");
            start(kBpsim, "Quantity");
            empty(kBpsim, "NumericParameter");
            attr("value", QString::number(role->headcount));
            end();
            end();
            end();
        }
        end(); // Scenario
        end(); // BPSimData
        end(); // extensionElements
        for (const char *side : { "source", "target" })
            for (const Exported &e : mProcesses)
                textElement(kModel, side, e.id);
        end();
    }

    const Project &mProject;
    std::vector<Exported> &mProcesses;
    QByteArray mBytes;
    QXmlStreamWriter mXml;
    Ids mIds;
    QString mDefinitions, mCollaboration, mDiagram, mPlane, mRelationship;
    QStringList mRoles; // every lane's role, in order of first appearance
    QHash<QString, QString> mResourceIds;
};

} // namespace

QString bpmnElementName(NodeType type)
{
    switch (type) {
    case NodeType::Start: return QStringLiteral("startEvent");
    case NodeType::End: return QStringLiteral("endEvent");
    case NodeType::Task: return QStringLiteral("userTask");
    case NodeType::Xor: return QStringLiteral("exclusiveGateway");
    case NodeType::AndSplit:
    case NodeType::AndJoin: return QStringLiteral("parallelGateway");
    case NodeType::Timer: return QStringLiteral("intermediateCatchEvent");
    }
    return QStringLiteral("task");
}

double unshift(double shifted, double offset)
{
    if (offset == 0)
        return shifted;
    const double v = shifted - offset;
    const double scaled = v * 1e6;
    return std::abs(scaled) < 9e15 ? std::round(scaled) / 1e6 : v;
}

QByteArray processesToBpmn(const Project &project, const QStringList &processIds, QString *error)
{
    std::vector<const Process *> chosen;
    if (processIds.isEmpty()) {
        for (const Process &p : project.processes)
            chosen.push_back(&p);
    } else {
        for (const QString &id : processIds) {
            const Process *p = project.process(id);
            if (!p) {
                QStringList ids;
                for (const Process &q : project.processes)
                    ids << q.id;
                if (error)
                    *error = BpmnExport::tr("there is no process \"%1\"; the project has %2.")
                                 .arg(id, ids.isEmpty() ? BpmnExport::tr("none") : ids.join(u", "));
                return {};
            }
            chosen.push_back(p);
        }
    }
    if (chosen.empty()) {
        if (error)
            *error = BpmnExport::tr("the project has no process to export.");
        return {};
    }
    std::vector<Exported> processes;
    for (const Process *p : chosen) {
        Exported e;
        e.source = p;
        e.drawn = *p;
        placeMissingShapes(e.drawn);
        e.lanes = drawnLanes(e.drawn);
        e.laneOf = nodeLanes(e.drawn);
        e.frame = diagramFrame(e.drawn);
        for (int i = 0; i < int(e.drawn.nodes.size()); ++i)
            if (!e.nodeIndex.contains(e.drawn.nodes[size_t(i)].id))
                e.nodeIndex.insert(e.drawn.nodes[size_t(i)].id, i);
        e.incoming.resize(e.drawn.nodes.size());
        e.outgoing.resize(e.drawn.nodes.size());
        for (size_t f = 0; f < e.drawn.flows.size(); ++f) {
            const int from = e.nodeIndex.value(e.drawn.flows[f].from, -1);
            const int to = e.nodeIndex.value(e.drawn.flows[f].to, -1);
            e.flowFrom.push_back(from);
            e.flowTo.push_back(to);
            if (from >= 0 && to >= 0) {
                e.outgoing[size_t(from)].push_back(f);
                e.incoming[size_t(to)].push_back(f);
            }
        }
        processes.push_back(std::move(e));
    }
    // Pools stacked top to bottom, their left edges in line.
    const Bounds &first = processes.front().frame.pool;
    double nextTop = first.y + first.h + kPoolGap;
    for (size_t i = 1; i < processes.size(); ++i) {
        Exported &e = processes[i];
        const double dx = std::round(first.x - e.frame.pool.x);
        const double dy = std::round(nextTop - e.frame.pool.y);
        if (stacksExactly(e, dx, dy)) {
            e.dx = dx;
            e.dy = dy;
        }
        nextTop = std::max(nextTop, e.frame.pool.y + e.dy + e.frame.pool.h + kPoolGap);
    }
    return Writer(project, processes).write();
}

} // namespace oi::model::bpmn
