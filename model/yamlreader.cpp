// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/yamlreader.h"

#include "model/yamllimits.h"

#include "model/entitylabel.h"
#include "model/yamlcontext.h"
#include "model/yamlmigration.h"
#include "model/yamlreaderparts.h"

#include <QCoreApplication>

namespace oi::model {

namespace {

// A class scope so lupdate files these strings under "YamlReader".
struct YamlReader
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)
};

} // namespace

// Reads the id first so every later problem names the entity ("role agent").
QString yamlparts::readId(MapReader &r, const char *kind, qsizetype index)
{
    r.setEntity(label::entity(kind, QString(), index));
    const QString id = r.string("id", true);
    r.setEntity(label::entity(kind, id, index));
    r.context().remember(r.entity(), QString(), r.mark());
    return id;
}

namespace {

using yamlparts::readId;

void readProjectHeader(YamlContext &ctx, const YAML::Node &node, Project &p)
{
    if (!expectMap(ctx, node, label::project(), QStringLiteral("project")))
        return;
    MapReader r(ctx, node, label::project());
    ctx.remember(label::project(), QString(), node.Mark());
    p.name = r.string("name", true);
    p.client = r.string("client");
    p.author = r.string("author");
    p.description = r.string("description");
    p.timeUnit = r.enumValue("time_unit", TimeUnit::Minute);
    p.currency = r.string("currency");
    p.created = r.string("created");
    p.modified = r.string("modified");
    r.finish();
}

void readSimulation(YamlContext &ctx, const YAML::Node &node, SimulationSettings &s)
{
    if (!expectMap(ctx, node, label::project(), QStringLiteral("simulation")))
        return;
    MapReader r(ctx, node, label::project(), QStringLiteral("simulation"));
    s.horizon = r.number("horizon", 0.0);
    s.warmup = r.number("warmup", 0.0);
    s.replications = r.integer("replications", 0);
    s.seed = r.unsignedInteger("seed", 1);
    r.finish();
}

std::optional<Measure> readMeasure(MapReader &g)
{
    const YAML::Node node = g.get("measure");
    if (!node.IsDefined() || node.IsNull() || !expectMap(g.context(), node, g.entity(), g.path("measure")))
        return std::nullopt;
    MapReader m(g.context(), node, g.entity(), g.path("measure"));
    Measure measure;
    measure.process = m.string("process");
    measure.kpi = m.enumValue("kpi", Kpi::CycleTime, true);
    measure.node = m.string("node");
    measure.role = m.string("role");
    measure.statistic = m.enumValue("statistic", Statistic::Mean);
    measure.comparator = m.enumValue("comparator", Comparator::AtMost);
    m.finish();
    return measure;
}

void readStrategies(MapReader &top, Project &p)
{
    forEachMap(top, "strategies", [&](const YAML::Node &node, qsizetype index) {
        MapReader r(top.context(), node, QString());
        Strategy s;
        s.id = readId(r, "strategy", index);
        s.title = r.string("title");
        s.statement = r.string("statement");
        s.owner = r.string("owner");
        forEachMap(r, "goals", [&](const YAML::Node &gn, qsizetype gi) {
            MapReader g(r.context(), gn, r.entity(), QStringLiteral("goals[") + QString::number(gi) + u']');
            Goal goal;
            goal.text = g.string("text");
            goal.kpi = g.string("kpi");
            goal.target = g.number("target", 0.0);
            goal.unit = g.string("unit");
            goal.measure = readMeasure(g);
            g.finish();
            s.goals.push_back(std::move(goal));
        });
        r.finish();
        p.strategies.push_back(std::move(s));
    });
}

void readPersonas(MapReader &top, Project &p)
{
    forEachMap(top, "personas", [&](const YAML::Node &node, qsizetype index) {
        MapReader r(top.context(), node, QString());
        Persona s;
        s.id = readId(r, "persona", index);
        s.name = r.string("name");
        s.description = r.string("description");
        forEachMap(r, "needs", [&](const YAML::Node &nn, qsizetype ni) {
            MapReader n(r.context(), nn, r.entity(), QStringLiteral("needs[") + QString::number(ni) + u']');
            Need need;
            need.id = n.string("id", true);
            need.text = n.string("text");
            n.finish();
            s.needs.push_back(std::move(need));
        });
        s.jobsToBeDone = r.strings("jobs_to_be_done");
        s.customersCustomer = r.string("customers_customer");
        r.finish();
        p.personas.push_back(std::move(s));
    });
}

void readMetrics(MapReader &r, Step &s)
{
    forEachMap(r, "metrics", [&](const YAML::Node &node, qsizetype index) {
        MapReader m(r.context(), node, r.entity(), QStringLiteral("metrics[") + QString::number(index) + u']');
        Metric metric;
        metric.name = m.string("name", true);
        metric.unit = m.string("unit");
        metric.low = m.optNumber("low");
        metric.high = m.optNumber("high");
        metric.value = m.optNumber("value");
        metric.signalBelow = m.string("signal_below");
        metric.signalAbove = m.string("signal_above");
        m.finish();
        s.metrics.push_back(std::move(metric));
    });
}

Step readStep(MapReader &r, qsizetype index)
{
    Step s;
    s.id = readId(r, "step", index);
    s.stage = r.string("stage");
    s.title = r.string("title");
    s.customerAction = r.string("customer_action");
    s.touchpoint = r.string("touchpoint");
    s.channel = r.enumValue("channel", Channel::Other);
    s.customerInitiated = r.boolean("customer_initiated", false);
    s.emotion = r.integer("emotion", 0);
    s.emotionToBe = r.optInteger("emotion_to_be");
    s.evidence = r.enumValue("evidence", Evidence::Assumption);
    forEachTextOrMap(
        r, "pain_points",
        [&](const QString &text, qsizetype) {
            s.painPoints.push_back({ text, std::nullopt });
        },
        [&](const YAML::Node &pn, qsizetype pi) {
            MapReader m(r.context(), pn, r.entity(), QStringLiteral("pain_points[") + QString::number(pi) + u']');
            PainPoint pain;
            pain.text = m.string("text", true);
            pain.severity = m.optInteger("severity");
            m.finish();
            s.painPoints.push_back(std::move(pain));
        });
    s.opportunities = r.strings("opportunities");
    s.momentOfTruth = r.boolean("moment_of_truth", false);
    readMetrics(r, s);
    s.frontRoles = r.strings("front_roles");
    s.backRoles = r.strings("back_roles");
    s.processes = r.strings("processes");
    s.requirements = r.strings("requirements");
    s.serves = r.strings("serves");
    r.finish();
    return s;
}

void readJourneys(MapReader &top, Project &p, qsizetype &stepIndex)
{
    forEachMap(top, "journeys", [&](const YAML::Node &node, qsizetype index) {
        MapReader r(top.context(), node, QString());
        Journey j;
        j.id = readId(r, "journey", index);
        j.name = r.string("name");
        j.persona = r.string("persona");
        j.description = r.string("description");
        forEachMap(r, "stages", [&](const YAML::Node &sn, qsizetype si) {
            MapReader s(r.context(), sn, r.entity(), QStringLiteral("stages[") + QString::number(si) + u']');
            Stage stage;
            stage.id = s.string("id", true);
            stage.name = s.string("name");
            s.finish();
            j.stages.push_back(std::move(stage));
        });
        forEachMap(r, "steps", [&](const YAML::Node &sn, qsizetype) {
            MapReader s(r.context(), sn, QString());
            j.steps.push_back(readStep(s, stepIndex++));
        });
        r.finish();
        p.journeys.push_back(std::move(j));
    });
}

void readShifts(MapReader &r, Role &role)
{
    const YAML::Node node = r.get("shifts");
    if (!node.IsDefined() || node.IsNull() || !expectMap(r.context(), node, r.entity(), r.path("shifts")))
        return;
    MapReader s(r.context(), node, r.entity(), QStringLiteral("shifts"));
    ShiftCalendar cal;
    cal.period = s.number("period", 0.0, true);
    forEachMap(s, "capacity", [&](const YAML::Node &bn, qsizetype bi) {
        MapReader b(r.context(), bn, r.entity(), QStringLiteral("shifts.capacity[") + QString::number(bi) + u']');
        ShiftBlock block;
        block.from = b.number("from", 0.0, true);
        block.to = b.number("to", 0.0, true);
        block.headcount = b.integer("headcount", 0, true);
        b.finish();
        cal.capacity.push_back(block);
    });
    s.finish();
    role.shifts = std::move(cal);
}

void readRoles(MapReader &top, Project &p)
{
    forEachMap(top, "roles", [&](const YAML::Node &node, qsizetype index) {
        MapReader r(top.context(), node, QString());
        Role role;
        role.id = readId(r, "role", index);
        role.name = r.string("name");
        role.department = r.string("department");
        role.office = r.enumValue("office", Office::Back);
        role.change = r.enumValue("change", ChangeKind::Unchanged);
        role.strategy = r.string("strategy");
        role.headcount = r.integer("headcount", 1);
        readShifts(r, role);
        forEachMap(r, "cross_trained", [&](const YAML::Node &cn, qsizetype ci) {
            MapReader c(r.context(), cn, r.entity(), QStringLiteral("cross_trained[") + QString::number(ci) + u']');
            CrossTraining ct;
            ct.role = c.string("role", true);
            ct.priority = c.integer("priority", 1);
            yamlparts::readCrossTrainingWindow(c, ct);
            c.finish();
            role.crossTrained.push_back(std::move(ct));
        });
        role.costPerHour = r.optNumber("cost_per_hour");
        r.finish();
        p.roles.push_back(std::move(role));
    });
}

void readResponsibilities(MapReader &top, Project &p)
{
    forEachMap(top, "responsibilities", [&](const YAML::Node &node, qsizetype index) {
        MapReader r(top.context(), node, QString());
        Responsibility x;
        x.id = readId(r, "responsibility", index);
        x.text = r.string("text");
        x.asIs = r.string("as_is");
        x.toBe = r.string("to_be");
        r.finish();
        p.responsibilities.push_back(std::move(x));
    });
}

std::optional<Point> readPoint(MapReader &r, const char *key)
{
    const YAML::Node node = r.get(key);
    if (!node.IsDefined() || node.IsNull() || !expectMap(r.context(), node, r.entity(), r.path(key)))
        return std::nullopt;
    MapReader m(r.context(), node, r.entity(), r.path(key));
    Point pt { m.number("x", 0.0, true), m.number("y", 0.0, true) };
    m.finish();
    return pt;
}

void readArrivals(MapReader &r, Node &n)
{
    const YAML::Node a = r.get("arrivals");
    if (!a.IsDefined() || a.IsNull())
        return;
    if (!a.IsMap() || !a["rates"].IsDefined()) {
        n.arrivals = r.distribution("arrivals");
        return;
    }
    MapReader c(r.context(), a, r.entity(), QStringLiteral("arrivals"));
    RateCalendar cal;
    cal.period = c.number("period", 0.0, true);
    forEachMap(c, "rates", [&](const YAML::Node &bn, qsizetype bi) {
        MapReader b(r.context(), bn, r.entity(), QStringLiteral("arrivals.rates[") + QString::number(bi) + u']');
        RateBlock block;
        block.from = b.number("from", 0.0, true);
        block.to = b.number("to", 0.0, true);
        block.perTimeUnit = b.number("per_time_unit", 0.0, true);
        b.finish();
        cal.rates.push_back(block);
    });
    c.finish();
    n.rateCalendar = std::move(cal);
}

void readProcessBody(MapReader &r, Process &pr)
{
    const QString processLabel = r.entity();
    forEachMap(r, "nodes", [&](const YAML::Node &nn, qsizetype ni) {
        MapReader n(r.context(), nn, label::node(processLabel, QString(), ni));
        Node node;
        node.id = n.string("id", true);
        n.setEntity(label::node(processLabel, node.id, ni));
        r.context().remember(n.entity(), QString(), nn.Mark());
        node.name = n.string("name");
        node.type = n.enumValue("type", NodeType::Task, true);
        node.role = n.string("role");
        node.duration = n.distribution("duration");
        node.priority = n.integer("priority", 0);
        readArrivals(n, node);
        node.patience = n.distribution("patience");
        if (const YAML::Node b = n.get("bounds");
            b.IsDefined() && !b.IsNull() && expectMap(n.context(), b, n.entity(), n.path("bounds"))) {
            MapReader m(n.context(), b, n.entity(), n.path("bounds"));
            node.bounds = Bounds { m.number("x", 0.0, true), m.number("y", 0.0, true), m.number("w", 0.0, true),
                m.number("h", 0.0, true) };
            m.finish();
        }
        node.lane = n.string("lane");
        n.finish();
        pr.nodes.push_back(std::move(node));
    });
    forEachMap(r, "flows", [&](const YAML::Node &fn, qsizetype fi) {
        MapReader f(r.context(), fn, label::flow(processLabel, fi));
        r.context().remember(f.entity(), QString(), fn.Mark());
        Flow flow;
        flow.id = f.string("id");
        f.setEntity(label::flow(processLabel, fi, flow.id));
        flow.from = f.string("from", true);
        flow.to = f.string("to", true);
        flow.probability = f.optNumber("probability");
        flow.label = f.string("label");
        forEachMap(f, "waypoints", [&](const YAML::Node &wn, qsizetype wi) {
            MapReader w(f.context(), wn, f.entity(), QStringLiteral("waypoints[") + QString::number(wi) + u']');
            flow.waypoints.push_back({ w.number("x", 0.0, true), w.number("y", 0.0, true) });
            w.finish();
        });
        flow.labelPosition = readPoint(f, "label_position");
        f.finish();
        pr.flows.push_back(std::move(flow));
    });
}

void readProcesses(MapReader &top, Project &p)
{
    forEachMap(top, "processes", [&](const YAML::Node &node, qsizetype index) {
        MapReader r(top.context(), node, QString());
        Process pr;
        pr.id = readId(r, "process", index);
        pr.name = r.string("name");
        pr.description = r.string("description");
        pr.strategy = r.string("strategy");
        pr.variantOf = r.string("variant_of");
        forEachTextOrMap(
            r, "lanes",
            [&](const QString &role, qsizetype) {
                pr.lanes.push_back({ role, std::nullopt });
            },
            [&](const YAML::Node &ln, qsizetype li) {
                MapReader m(r.context(), ln, r.entity(), QStringLiteral("lanes[") + QString::number(li) + u']');
                Lane lane;
                lane.role = m.string("role", true);
                lane.size = m.optNumber("size");
                m.finish();
                pr.lanes.push_back(std::move(lane));
            });
        pr.valuePerCase = r.optNumber("value_per_case");
        pr.costPerAbandonment = r.optNumber("cost_per_abandonment");
        forEachMap(r, "interrupts", [&](const YAML::Node &in, qsizetype ii) {
            MapReader m(r.context(), in, r.entity(), QStringLiteral("interrupts[") + QString::number(ii) + u']');
            Interrupt x;
            x.after = m.optNumber("after").value_or(0);
            x.rate = m.optNumber("rate").value_or(0);
            x.process = m.string("process", true);
            m.finish();
            pr.interrupts.push_back(std::move(x));
        });
        readProcessBody(r, pr);
        r.finish();
        p.processes.push_back(std::move(pr));
    });
}

void readRequirements(MapReader &top, Project &p)
{
    forEachMap(top, "requirements", [&](const YAML::Node &node, qsizetype index) {
        MapReader r(top.context(), node, QString());
        Requirement q;
        q.id = readId(r, "requirement", index);
        q.kind = r.enumValue("kind", RequirementKind::ProcessControl);
        q.text = r.string("text");
        q.priority = r.enumValue("priority", Priority::Should);
        q.acceptance = r.string("acceptance");
        q.steps = r.strings("steps");
        q.nodes = r.strings("nodes");
        r.finish();
        p.requirements.push_back(std::move(q));
    });
}

// Checks `format:` and upgrades older trees; false means the file cannot be read.
bool checkFormat(YamlContext &ctx, YAML::Node &root)
{
    const YAML::Node &constRoot = root; // const: a non-const operator[] may insert the key
    const YAML::Node format = constRoot["format"];
    if (!format.IsDefined() || format.IsNull()) {
        ctx.report(Problem::Severity::Warning, root.Mark(), QString(), QStringLiteral("format"),
            YamlReader::tr("has no format header; reading it as %1.").arg(formatName(kCurrentFormatVersion)));
        return true;
    }
    const QString text = format.IsScalar() ? QString::fromStdString(format.Scalar()) : QString();
    const auto version = parseFormatVersion(text);
    if (!version) {
        ctx.error(format.Mark(), QString(), QStringLiteral("format"),
            YamlReader::tr("%1 is not an Outside-In Studio format; expected %2.")
                .arg(describeNode(format), formatName(kCurrentFormatVersion)));
        return false;
    }
    if (*version > kCurrentFormatVersion) {
        ctx.error(format.Mark(), QString(), QStringLiteral("format"),
            YamlReader::tr("the file is %1, written by a newer Outside-In Studio; this version reads "
                           "up to %2.")
                .arg(formatName(*version), formatName(kCurrentFormatVersion)));
        return false;
    }
    QString error;
    if (!migrateYaml(root, *version, &error)) {
        ctx.error(format.Mark(), QString(), QStringLiteral("format"), error);
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<Project> projectFromYaml(
    const QByteArray &text, const QString &fileName, Problems *problems, SourceMap *sourceMap)
{
    Problems local;
    Problems &out = problems ? *problems : local;
    YamlContext ctx(fileName, &out, sourceMap);
    if (const QString refused = checkYamlText(text); !refused.isEmpty()) {
        ctx.error(YAML::Mark::null_mark(), QString(), QString(), refused);
        return nullptr;
    }
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        ctx.error(e.mark, QString(), QString(),
            YamlReader::tr("the file is not valid YAML: %1.").arg(QString::fromStdString(e.msg)));
        return nullptr;
    }
    if (const QString refused = checkYamlTree(root); !refused.isEmpty()) {
        ctx.error(YAML::Mark::null_mark(), QString(), QString(), refused);
        return nullptr;
    }
    if (!root.IsDefined() || root.IsNull()) {
        ctx.error(YAML::Mark::null_mark(), QString(), QString(), YamlReader::tr("the file is empty."));
        return nullptr;
    }
    if (!root.IsMap()) {
        ctx.error(root.Mark(), QString(), QString(),
            YamlReader::tr("the file should be a map with format, project, roles, processes... at the "
                           "top, not %1.")
                .arg(describeNode(root)));
        return nullptr;
    }
    if (!checkFormat(ctx, root))
        return nullptr;

    auto project = std::make_unique<Project>();
    try {
        MapReader top(ctx, root, QString());
        top.get("format");
        const YAML::Node header = top.get("project");
        if (header.IsDefined() && !header.IsNull())
            readProjectHeader(ctx, header, *project);
        else // named like the validator's finding so checkFile reports it once, with a line
            ctx.error(root.Mark(), label::project(), QStringLiteral("name"),
                YamlReader::tr("the file has no project section with the project's name."));
        if (const YAML::Node sim = top.get("simulation"); sim.IsDefined() && !sim.IsNull())
            readSimulation(ctx, sim, project->simulation);
        readStrategies(top, *project);
        readPersonas(top, *project);
        qsizetype stepIndex = 0;
        readJourneys(top, *project, stepIndex);
        readRoles(top, *project);
        readResponsibilities(top, *project);
        readProcesses(top, *project);
        readRequirements(top, *project);
        yamlparts::readScenarios(top, *project);
        yamlparts::readSpecParts(top, *project);
        top.finish();
    } catch (const YAML::Exception &e) {
        // The checked accessors should make this unreachable; it guards against a yaml-cpp
        // surprise turning into a crash of the studio.
        ctx.error(e.mark, QString(), QString(),
            YamlReader::tr("the file could not be read: %1.").arg(QString::fromStdString(e.msg)));
        return nullptr;
    }
    return project;
}

} // namespace oi::model
