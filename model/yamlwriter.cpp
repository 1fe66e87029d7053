// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/yamlwriter.h"

#include "model/enumnames.h"
#include "model/yamlmigration.h"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <string>

namespace oi::model {

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// Shortest text that parses back to the same double, so files never show 0.41666666666666669.
std::string number(double v)
{
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

class Writer
{
public:
    YAML::Emitter out;

    Writer &key(const char *k)
    {
        out << YAML::Key << k << YAML::Value;
        return *this;
    }

    void str(const char *k, const QString &v)
    {
        if (!v.isEmpty())
            key(k).out << utf8(v);
    }
    void strAlways(const char *k, const QString &v) { key(k).out << utf8(v); }
    void num(const char *k, double v) { key(k).out << number(v); }
    void integer(const char *k, long long v) { key(k).out << std::to_string(v); }
    void optNum(const char *k, const std::optional<double> &v)
    {
        if (v)
            num(k, *v);
    }
    void flag(const char *k, bool v)
    {
        if (v)
            key(k).out << true;
    }
    void list(const char *k, const QStringList &v, bool flow)
    {
        if (v.isEmpty())
            return;
        key(k);
        if (flow)
            out << YAML::Flow;
        out << YAML::BeginSeq;
        for (const QString &s : v)
            out << utf8(s);
        out << YAML::EndSeq;
    }
    template<typename Enum> void enumValue(const char *k, Enum v) { key(k).out << utf8(toString(v)); }

    void numbers(const char *k, const std::vector<double> &v)
    {
        key(k).out << YAML::Flow << YAML::BeginSeq;
        for (double d : v)
            out << number(d);
        out << YAML::EndSeq;
    }

    void distribution(const char *k, const Distribution &d)
    {
        if (!d.isSet())
            return;
        key(k).out << YAML::Flow << YAML::BeginMap;
        enumValue("dist", d.kind);
        switch (d.kind) {
        case DistKind::None: break;
        case DistKind::Fixed: num("value", d.value); break;
        case DistKind::Uniform:
            num("min", d.min);
            num("max", d.max);
            break;
        case DistKind::Triangular:
            num("min", d.min);
            num("mode", d.mode);
            num("max", d.max);
            break;
        case DistKind::Exponential: num("mean", d.mean); break;
        case DistKind::Normal:
        case DistKind::Lognormal:
        case DistKind::Gamma:
            num("mean", d.mean);
            num("sd", d.sd);
            break;
        case DistKind::Erlang:
            integer("k", d.k);
            num("mean", d.mean);
            break;
        case DistKind::Empirical:
            numbers("values", d.values);
            if (!d.weights.empty())
                numbers("weights", d.weights);
            break;
        }
        out << YAML::EndMap;
    }

    template<typename Vec, typename Fn> void seq(const char *k, const Vec &items, Fn &&each, bool flowItems = false)
    {
        if (items.empty())
            return;
        key(k).out << YAML::BeginSeq;
        for (const auto &item : items) {
            if (flowItems)
                out << YAML::Flow;
            out << YAML::BeginMap;
            each(item);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
};

void writeHeader(Writer &w, const Project &p)
{
    w.strAlways("format", formatName(kCurrentFormatVersion));
    w.key("project").out << YAML::BeginMap;
    w.strAlways("name", p.name);
    w.str("client", p.client);
    w.str("author", p.author);
    w.str("description", p.description);
    w.enumValue("time_unit", p.timeUnit);
    w.str("currency", p.currency);
    w.str("created", p.created);
    w.str("modified", p.modified);
    w.out << YAML::EndMap;

    const SimulationSettings &s = p.simulation;
    if (s != SimulationSettings {}) {
        w.key("simulation").out << YAML::BeginMap;
        w.num("horizon", s.horizon);
        w.num("warmup", s.warmup);
        w.integer("replications", s.replications);
        w.key("seed").out << std::to_string(s.seed);
        w.out << YAML::EndMap;
    }
}

void writeStrategies(Writer &w, const Project &p)
{
    w.seq("strategies", p.strategies, [&](const Strategy &s) {
        w.strAlways("id", s.id);
        w.str("title", s.title);
        w.str("statement", s.statement);
        w.str("owner", s.owner);
        w.seq("goals", s.goals, [&](const Goal &g) {
            w.str("text", g.text);
            w.str("kpi", g.kpi);
            w.num("target", g.target);
            w.str("unit", g.unit);
            if (const auto &m = g.measure) {
                w.key("measure").out << YAML::Flow << YAML::BeginMap;
                w.str("process", m->process);
                w.enumValue("kpi", m->kpi);
                w.str("node", m->node);
                w.str("role", m->role);
                w.enumValue("statistic", m->statistic);
                w.enumValue("comparator", m->comparator);
                w.out << YAML::EndMap;
            }
        });
    });
}

void writePersonas(Writer &w, const Project &p)
{
    w.seq("personas", p.personas, [&](const Persona &s) {
        w.strAlways("id", s.id);
        w.str("name", s.name);
        w.str("description", s.description);
        w.seq(
            "needs", s.needs,
            [&](const Need &n) {
                w.strAlways("id", n.id);
                w.str("text", n.text);
            },
            true);
        w.list("jobs_to_be_done", s.jobsToBeDone, false);
        w.str("customers_customer", s.customersCustomer);
    });
}

void writeStep(Writer &w, const Step &s)
{
    w.strAlways("id", s.id);
    w.str("stage", s.stage);
    w.str("title", s.title);
    w.str("customer_action", s.customerAction);
    w.str("touchpoint", s.touchpoint);
    w.enumValue("channel", s.channel);
    w.flag("customer_initiated", s.customerInitiated);
    w.integer("emotion", s.emotion);
    if (s.emotionToBe)
        w.integer("emotion_to_be", *s.emotionToBe);
    w.enumValue("evidence", s.evidence);
    if (!s.painPoints.empty()) {
        w.key("pain_points").out << YAML::BeginSeq;
        for (const PainPoint &p : s.painPoints) {
            if (!p.severity) {
                w.out << utf8(p.text);
                continue;
            }
            w.out << YAML::Flow << YAML::BeginMap;
            w.strAlways("text", p.text);
            w.integer("severity", *p.severity);
            w.out << YAML::EndMap;
        }
        w.out << YAML::EndSeq;
    }
    w.list("opportunities", s.opportunities, false);
    w.flag("moment_of_truth", s.momentOfTruth);
    w.seq(
        "metrics", s.metrics,
        [&](const Metric &m) {
            w.strAlways("name", m.name);
            w.str("unit", m.unit);
            w.optNum("low", m.low);
            w.optNum("high", m.high);
            w.optNum("value", m.value);
            w.str("signal_below", m.signalBelow);
            w.str("signal_above", m.signalAbove);
        },
        true);
    w.list("front_roles", s.frontRoles, true);
    w.list("back_roles", s.backRoles, true);
    w.list("processes", s.processes, true);
    w.list("requirements", s.requirements, true);
    w.list("serves", s.serves, true);
}

void writeJourneys(Writer &w, const Project &p)
{
    w.seq("journeys", p.journeys, [&](const Journey &j) {
        w.strAlways("id", j.id);
        w.str("name", j.name);
        w.str("persona", j.persona);
        w.str("description", j.description);
        w.seq(
            "stages", j.stages,
            [&](const Stage &s) {
                w.strAlways("id", s.id);
                w.str("name", s.name);
            },
            true);
        w.seq("steps", j.steps, [&](const Step &s) { writeStep(w, s); });
    });
}

void writeRoles(Writer &w, const Project &p)
{
    w.seq("roles", p.roles, [&](const Role &r) {
        w.strAlways("id", r.id);
        w.str("name", r.name);
        w.str("department", r.department);
        w.enumValue("office", r.office);
        w.enumValue("change", r.change);
        w.str("strategy", r.strategy);
        w.integer("headcount", r.headcount);
        if (r.shifts) {
            w.key("shifts").out << YAML::BeginMap;
            w.num("period", r.shifts->period);
            w.key("capacity").out << YAML::BeginSeq;
            for (const ShiftBlock &b : r.shifts->capacity) {
                w.out << YAML::Flow << YAML::BeginMap;
                w.num("from", b.from);
                w.num("to", b.to);
                w.integer("headcount", b.headcount);
                w.out << YAML::EndMap;
            }
            w.out << YAML::EndSeq << YAML::EndMap;
        }
        w.seq(
            "cross_trained", r.crossTrained,
            [&](const CrossTraining &c) {
                w.strAlways("role", c.role);
                w.integer("priority", c.priority);
                w.optNum("from", c.from);
                w.optNum("to", c.to);
                w.optNum("period", c.period);
            },
            true);
        w.optNum("cost_per_hour", r.costPerHour);
    });
}

void writeResponsibilities(Writer &w, const Project &p)
{
    w.seq(
        "responsibilities", p.responsibilities,
        [&](const Responsibility &r) {
            w.strAlways("id", r.id);
            w.str("text", r.text);
            w.str("as_is", r.asIs);
            w.str("to_be", r.toBe);
        },
        true);
}

void writeNode(Writer &w, const Node &n)
{
    w.strAlways("id", n.id);
    w.str("name", n.name);
    w.enumValue("type", n.type);
    w.str("role", n.role);
    w.distribution("duration", n.duration);
    if (n.priority != 0)
        w.integer("priority", n.priority);
    if (n.rateCalendar) {
        w.key("arrivals").out << YAML::Flow << YAML::BeginMap;
        w.key("rates").out << YAML::BeginSeq;
        for (const RateBlock &b : n.rateCalendar->rates) {
            w.out << YAML::BeginMap;
            w.num("from", b.from);
            w.num("to", b.to);
            w.num("per_time_unit", b.perTimeUnit);
            w.out << YAML::EndMap;
        }
        w.out << YAML::EndSeq;
        w.num("period", n.rateCalendar->period);
        w.out << YAML::EndMap;
    } else {
        w.distribution("arrivals", n.arrivals);
    }
    w.distribution("patience", n.patience);
    if (n.bounds) {
        w.key("bounds").out << YAML::Flow << YAML::BeginMap;
        w.num("x", n.bounds->x);
        w.num("y", n.bounds->y);
        w.num("w", n.bounds->w);
        w.num("h", n.bounds->h);
        w.out << YAML::EndMap;
    }
    w.str("lane", n.lane);
}

void writeFlow(Writer &w, const Flow &f)
{
    w.str("id", f.id);
    w.strAlways("from", f.from);
    w.strAlways("to", f.to);
    w.optNum("probability", f.probability);
    w.str("label", f.label);
    if (!f.waypoints.empty()) {
        w.key("waypoints").out << YAML::BeginSeq;
        for (const Point &pt : f.waypoints) {
            w.out << YAML::BeginMap;
            w.num("x", pt.x);
            w.num("y", pt.y);
            w.out << YAML::EndMap;
        }
        w.out << YAML::EndSeq;
    }
    if (f.labelPosition) {
        w.key("label_position").out << YAML::BeginMap;
        w.num("x", f.labelPosition->x);
        w.num("y", f.labelPosition->y);
        w.out << YAML::EndMap;
    }
}

void writeProcesses(Writer &w, const Project &p)
{
    w.seq("processes", p.processes, [&](const Process &pr) {
        w.strAlways("id", pr.id);
        w.str("name", pr.name);
        w.str("description", pr.description);
        w.str("strategy", pr.strategy);
        w.str("variant_of", pr.variantOf);
        if (!pr.lanes.empty()) {
            w.key("lanes").out << YAML::Flow << YAML::BeginSeq;
            for (const Lane &l : pr.lanes) {
                if (!l.size) {
                    w.out << utf8(l.role);
                    continue;
                }
                w.out << YAML::BeginMap;
                w.strAlways("role", l.role);
                w.num("size", *l.size);
                w.out << YAML::EndMap;
            }
            w.out << YAML::EndSeq;
        }
        w.optNum("value_per_case", pr.valuePerCase);
        w.optNum("cost_per_abandonment", pr.costPerAbandonment);
        if (!pr.interrupts.empty()) {
            w.out << YAML::Key << "interrupts" << YAML::Value << YAML::BeginSeq;
            for (const Interrupt &x : pr.interrupts) {
                w.out << YAML::Flow << YAML::BeginMap;
                w.num("after", x.after);
                w.num("rate", x.rate);
                w.strAlways("process", x.process);
                w.out << YAML::EndMap;
            }
            w.out << YAML::EndSeq;
        }
        w.seq(
            "nodes", pr.nodes, [&](const Node &n) { writeNode(w, n); }, true);
        w.seq(
            "flows", pr.flows, [&](const Flow &f) { writeFlow(w, f); }, true);
    });
}

void writeRequirements(Writer &w, const Project &p)
{
    w.seq("requirements", p.requirements, [&](const Requirement &r) {
        w.strAlways("id", r.id);
        w.enumValue("kind", r.kind);
        w.str("text", r.text);
        w.enumValue("priority", r.priority);
        w.str("acceptance", r.acceptance);
        w.list("steps", r.steps, true);
        w.list("nodes", r.nodes, true);
    });
}

void writeScenarioChanges(Writer &w, const Scenario &s)
{
    if (!s.variants.empty()) {
        w.key("variants").out << YAML::Flow << YAML::BeginMap;
        for (const VariantChoice &v : s.variants)
            w.strAlways(utf8(v.process).c_str(), v.variant);
        w.out << YAML::EndMap;
    }
    if (!s.reassign.empty()) {
        w.key("reassign").out << YAML::Flow << YAML::BeginMap;
        for (const Reassignment &r : s.reassign)
            w.strAlways(utf8(r.node).c_str(), r.role);
        w.out << YAML::EndMap;
    }
    w.seq(
        "staffing", s.staffing,
        [&](const StaffingChange &c) {
            w.strAlways("role", c.role);
            w.num("from", c.from);
            w.num("to", c.to);
            if (c.add)
                w.integer("add", *c.add);
            if (c.headcount)
                w.integer("headcount", *c.headcount);
            w.optNum("period", c.period);
        },
        true);
    w.seq(
        "arrivals", s.arrivals,
        [&](const ArrivalChange &c) {
            w.strAlways("process", c.process);
            w.num("multiplier", c.multiplier);
            w.optNum("from", c.from);
            w.optNum("to", c.to);
            w.optNum("period", c.period);
        },
        true);
    w.seq(
        "divert", s.divert,
        [&](const Diversion &d) {
            w.strAlways("process", d.process);
            w.strAlways("to", d.to);
            w.num("share", d.share);
        },
        true);
}

void writeScenarios(Writer &w, const Project &p)
{
    w.seq("scenarios", p.scenarios, [&](const Scenario &s) {
        w.strAlways("id", s.id);
        w.str("name", s.name);
        w.str("description", s.description);
        if (!s.headcount.empty()) {
            w.key("headcount").out << YAML::Flow << YAML::BeginMap;
            for (const HeadcountOverride &h : s.headcount)
                w.integer(utf8(h.role).c_str(), h.headcount);
            w.out << YAML::EndMap;
        }
        if (s.arrivalMultiplier != 1.0)
            w.num("arrival_multiplier", s.arrivalMultiplier);
        if (!s.durations.empty()) {
            w.key("durations").out << YAML::Flow << YAML::BeginMap;
            for (const DurationOverride &d : s.durations)
                w.num(utf8(d.node).c_str(), d.factor);
            w.out << YAML::EndMap;
        }
        if (s.crossTraining)
            w.key("cross_training").out << *s.crossTraining;
        w.seq(
            "add_cross_training", s.addCrossTraining,
            [&](const std::pair<QString, CrossTraining> &a) {
                w.strAlways("role", a.first);
                w.strAlways("takes", a.second.role);
                w.integer("priority", a.second.priority);
                w.optNum("from", a.second.from);
                w.optNum("to", a.second.to);
                w.optNum("period", a.second.period);
            },
            true);
        writeScenarioChanges(w, s);
    });
}

void writeSpecParts(Writer &w, const Project &p)
{
    w.seq("decisions", p.decisions, [&](const Decision &d) {
        w.strAlways("id", d.id);
        w.strAlways("subject", d.subject);
        w.enumValue("verdict", d.verdict);
        w.str("note", d.note);
        w.str("by", d.by);
        w.str("date", d.date);
    });
    w.seq("poc_scenarios", p.pocScenarios, [&](const PocScenario &s) {
        w.strAlways("id", s.id);
        w.str("title", s.title);
        w.str("journey", s.journey);
        w.str("process", s.process);
        w.seq("steps", s.steps, [&](const PocStep &st) {
            w.str("customer_action", st.customerAction);
            w.str("role", st.role);
            w.str("task", st.task);
            w.str("requirement", st.requirement);
            w.str("data", st.data);
            w.str("expected", st.expected);
            w.optNum("minutes", st.minutes);
        });
    });
    w.seq("vendors", p.vendors, [&](const Vendor &v) {
        w.strAlways("id", v.id);
        w.str("name", v.name);
        if (!v.scores.empty()) {
            w.key("scores").out << YAML::Flow << YAML::BeginMap;
            for (const VendorScore &s : v.scores) // std::string keys: an id may hold any character
                w.out << YAML::Key << utf8(s.requirement) << YAML::Value << std::to_string(s.score);
            w.out << YAML::EndMap;
        }
    });
    if (p.priorityWeights != PriorityWeights {}) {
        w.key("priority_weights").out << YAML::Flow << YAML::BeginMap;
        w.integer("must", p.priorityWeights.must);
        w.integer("should", p.priorityWeights.should);
        w.integer("could", p.priorityWeights.could);
        w.integer("wont", p.priorityWeights.wont);
        w.out << YAML::EndMap;
    }
}

} // namespace

QByteArray projectToYaml(const Project &project)
{
    Writer w;
    w.out.SetIndent(2);
    w.out << YAML::BeginMap;
    writeHeader(w, project);
    writeStrategies(w, project);
    writePersonas(w, project);
    writeJourneys(w, project);
    writeRoles(w, project);
    writeResponsibilities(w, project);
    writeProcesses(w, project);
    writeRequirements(w, project);
    writeScenarios(w, project);
    writeSpecParts(w, project);
    w.out << YAML::EndMap;
    QByteArray text(w.out.c_str(), qsizetype(w.out.size()));
    text.append('\n');
    return text;
}

} // namespace oi::model
