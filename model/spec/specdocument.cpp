// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/spec/specdocument.h"

#include "model/enumnames.h"
#include "model/humanunits.h"
#include "model/resultsjson.h"
#include "model/traceability.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace oi::model::spec {

namespace {

// A class scope so lupdate files these strings under "VendorSpec".
struct VendorSpec
{
    Q_DECLARE_TR_FUNCTIONS(VendorSpec)
};

QString nameOr(const QString &name, const QString &id)
{
    return name.trimmed().isEmpty() ? id : name;
}

QString goalText(const Goal &g)
{
    if (!g.text.trimmed().isEmpty())
        return g.text;
    return VendorSpec::tr("%1: %2 %3").arg(g.kpi, QString::number(g.target, 'g', 6), g.unit).trimmed();
}

DecisionView view(const Decision &d)
{
    return { toString(d.verdict), d.note, d.by, d.date };
}

std::vector<DecisionView> decisionsOn(const Project &p, const QString &subject)
{
    std::vector<DecisionView> out;
    for (const Decision &d : p.decisions)
        if (d.subject == subject)
            out.push_back(view(d));
    return out;
}

bool mentionsOffline(const Requirement &q)
{
    return q.text.contains(QLatin1String("offline"), Qt::CaseInsensitive)
        || q.acceptance.contains(QLatin1String("offline"), Qt::CaseInsensitive)
        || q.text.contains(QLatin1String("off-line"), Qt::CaseInsensitive);
}

RequirementView requirementView(const Requirement &q, bool fieldWork)
{
    RequirementView v { q.id, toString(q.kind), q.text, toString(q.priority), q.acceptance };
    v.must = q.priority == Priority::Must;
    v.offline = mentionsOffline(q) || fieldWork;
    return v;
}

// Grouped as process control, information management, non-functional; project order within.
void sortByKind(std::vector<RequirementView> &list)
{
    const auto rank = [](const QString &kind) { return enumNames<RequirementKind>().indexOf(kind); };
    std::stable_sort(list.begin(), list.end(),
        [&](const RequirementView &a, const RequirementView &b) { return rank(a.kind) < rank(b.kind); });
}

bool linksStep(const Requirement &q, const Step &s)
{
    return q.steps.contains(s.id) || s.requirements.contains(q.id);
}

// The processes shown in the specification: a redesign in its original's place, else the process.
std::vector<const Process *> reengineered(const Project &p)
{
    std::vector<const Process *> out;
    for (const Process &x : p.processes) {
        if (!x.variantOf.isEmpty() && p.process(x.variantOf))
            continue; // placed where its original is
        const auto variant = std::find_if(
            p.processes.begin(), p.processes.end(), [&](const Process &v) { return v.variantOf == x.id; });
        out.push_back(variant != p.processes.end() ? &*variant : &x);
    }
    return out;
}

ProcessView processView(const Project &p, const Process &pr)
{
    ProcessView v;
    v.id = pr.id;
    v.name = nameOr(pr.name, pr.id);
    v.description = pr.description;
    if (const Strategy *s = p.strategy(pr.strategy))
        v.strategy = nameOr(s->title, s->id);
    if (const Process *o = p.process(pr.variantOf))
        v.variantOf = nameOr(o->name, o->id);
    // Journey steps and requirements name the original's nodes; its redesign answers for them.
    QStringList owners { pr.id };
    if (!pr.variantOf.isEmpty())
        owners << pr.variantOf;
    const auto refsNode = [&](const QStringList &refs, const QString &node) {
        return std::any_of(
            owners.begin(), owners.end(), [&](const QString &o) { return refs.contains(o + u'/' + node); });
    };
    QSet<QString> placed;
    for (const Node &n : pr.nodes) {
        ProcessStepView st;
        st.node = n.id;
        st.name = nameOr(n.name, n.id);
        const Role *role = p.role(n.role);
        if (role) {
            st.role = nameOr(role->name, role->id);
            st.office = toString(role->office);
        }
        const bool field = role && role->office == Office::Field;
        for (const Journey &j : p.journeys)
            for (const Step &s : j.steps)
                if (refsNode(s.processes, n.id))
                    st.touches.push_back({ nameOr(j.name, j.id), nameOr(s.title, s.id), toString(s.channel), s.emotion,
                        s.emotionToBe, painTexts(s.painPoints) });
        for (const Requirement &q : p.requirements)
            if (refsNode(q.nodes, n.id)) {
                st.requirements.push_back(requirementView(q, field));
                placed.insert(q.id);
            }
        sortByKind(st.requirements);
        const bool isStep = n.type == NodeType::Task || n.type == NodeType::Timer;
        if (isStep || !st.touches.empty() || !st.requirements.empty())
            v.steps.push_back(std::move(st));
    }
    // Needed by journey steps that link to the process as a whole, or to one of its nodes
    // without the requirement naming a node: the process answers for them all the same.
    for (const Journey &j : p.journeys)
        for (const Step &s : j.steps) {
            const bool linked = std::any_of(s.processes.begin(), s.processes.end(),
                [&](const QString &ref) { return owners.contains(ref.section(u'/', 0, 0)); });
            if (!linked)
                continue;
            for (const Requirement &q : p.requirements)
                if (linksStep(q, s) && !placed.contains(q.id)) {
                    v.processWide.push_back(requirementView(q, false));
                    placed.insert(q.id);
                }
        }
    sortByKind(v.processWide);
    return v;
}

PocView pocView(const Project &p, const PocScenario &s)
{
    PocView v;
    v.id = s.id;
    v.title = nameOr(s.title, s.id);
    if (const Journey *j = p.journey(s.journey))
        v.journey = nameOr(j->name, j->id);
    if (const Process *pr = p.process(s.process))
        v.process = nameOr(pr->name, pr->id);
    int number = 0;
    for (const PocStep &st : s.steps) {
        PocStepView r;
        r.number = ++number;
        r.customerAction = st.customerAction;
        if (const Role *role = p.role(st.role))
            r.role = nameOr(role->name, role->id);
        const auto [pid, nid] = splitNodeRef(st.task);
        if (const Process *pr = p.process(pid))
            if (const Node *n = pr->node(nid))
                r.task = nameOr(n->name, n->id);
        r.requirementId = st.requirement;
        if (const Requirement *q = p.requirement(st.requirement))
            r.requirement = q->text;
        r.data = st.data;
        r.expected = st.expected;
        r.minutes = st.minutes;
        v.totalMinutes += st.minutes.value_or(0);
        v.steps.push_back(std::move(r));
    }
    return v;
}

QString names(const QStringList &ids, const std::function<QString(const QString &)> &name)
{
    QStringList out;
    for (const QString &id : ids)
        out << name(id);
    return out.join(QStringLiteral(", "));
}

} // namespace

QStringList scoringColumns(const SpecDocument &doc)
{
    if (!doc.vendors.isEmpty())
        return doc.vendors;
    return { VendorSpec::tr("Vendor A"), VendorSpec::tr("Vendor B"), VendorSpec::tr("Vendor C") };
}

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("process-control"))
        return VendorSpec::tr("Process control");
    if (kind == QLatin1String("information-management"))
        return VendorSpec::tr("Information management");
    return VendorSpec::tr("Non-functional");
}

QString priorityLabel(const QString &priority)
{
    if (priority == QLatin1String("must"))
        return VendorSpec::tr("Must");
    if (priority == QLatin1String("should"))
        return VendorSpec::tr("Should");
    if (priority == QLatin1String("could"))
        return VendorSpec::tr("Could");
    return VendorSpec::tr("Won't");
}

QString verdictLabel(const QString &verdict)
{
    if (verdict == QLatin1String("approve"))
        return VendorSpec::tr("Approved");
    if (verdict == QLatin1String("reject"))
        return VendorSpec::tr("Rejected");
    return VendorSpec::tr("Questioned");
}

QString emotionLabel(int emotion)
{
    static const char *const labels[] = { QT_TRANSLATE_NOOP("VendorSpec", "very unhappy"),
        QT_TRANSLATE_NOOP("VendorSpec", "unhappy"), QT_TRANSLATE_NOOP("VendorSpec", "neutral"),
        QT_TRANSLATE_NOOP("VendorSpec", "happy"), QT_TRANSLATE_NOOP("VendorSpec", "delighted") };
    return VendorSpec::tr(labels[std::clamp(emotion, -2, 2) + 2]);
}

std::vector<VendorTotal> vendorTotals(const Project &p)
{
    std::vector<VendorTotal> out;
    for (const Vendor &v : p.vendors) {
        VendorTotal t;
        t.id = v.id;
        t.name = nameOr(v.name, v.id);
        for (const Requirement &q : p.requirements) {
            const int w = p.priorityWeights.weight(q.priority);
            t.maximum += 3 * w;
            const std::optional<int> score = v.score(q.id);
            t.weighted += w * score.value_or(0);
            if (q.priority == Priority::Must && score && *score == 0)
                t.knockedOutBy << q.id;
        }
        out.push_back(std::move(t));
    }
    return out;
}

SpecDocument buildSpec(const Project &p, const std::vector<RunRecord> &runs, const SpecOptions &options)
{
    SpecDocument d;
    d.client = p.client;
    d.project = p.name;
    d.version = options.version;
    d.date = options.date.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : options.date;
    d.author = p.author;
    d.description = p.description;
    d.sections = options.sections;
    for (const Strategy &s : p.strategies) {
        StrategyView v;
        v.id = s.id;
        v.title = nameOr(s.title, s.id);
        v.statement = s.statement;
        v.owner = s.owner;
        for (const Goal &g : s.goals)
            v.goals << goalText(g);
        v.decisions = decisionsOn(p, QStringLiteral("strategy/") + s.id);
        d.strategies.push_back(std::move(v));
    }
    for (const Role &r : p.roles) {
        RoleChangeView v;
        v.id = r.id;
        v.name = nameOr(r.name, r.id);
        v.department = r.department;
        v.office = toString(r.office);
        v.change = toString(r.change);
        if (const Strategy *s = p.strategy(r.strategy))
            v.strategy = nameOr(s->title, s->id);
        for (const Responsibility &x : p.responsibilities) {
            if (x.asIs == r.id && x.toBe != r.id)
                v.asIs << x.text;
            if (x.toBe == r.id && x.asIs != r.id)
                v.toBe << x.text;
        }
        v.decisions = decisionsOn(p, QStringLiteral("role/") + r.id);
        d.roles.push_back(std::move(v));
    }
    for (const Process *pr : reengineered(p))
        d.processes.push_back(processView(p, *pr));
    for (const Requirement &q : p.requirements)
        d.requirements.push_back(requirementView(q, false));
    d.sizing = buildSizing(p, runs);
    for (const PocScenario &s : p.pocScenarios)
        d.poc.push_back(pocView(p, s));
    for (const Vendor &v : p.vendors)
        d.vendors << nameOr(v.name, v.id);
    for (const Requirement &q : p.requirements) {
        ScoreRow row;
        row.requirementId = q.id;
        row.requirement = q.text;
        row.priority = toString(q.priority);
        row.weight = p.priorityWeights.weight(q.priority);
        for (const Vendor &v : p.vendors)
            row.scores.push_back(v.score(q.id));
        d.scoring.push_back(std::move(row));
    }
    d.totals = vendorTotals(p);
    const auto strategyName = [&](const QString &id) {
        const Strategy *s = p.strategy(id);
        return s ? nameOr(s->title, id) : id;
    };
    const auto roleName = [&](const QString &id) {
        const Role *r = p.role(id);
        return r ? nameOr(r->name, id) : id;
    };
    const auto processName = [&](const QString &id) {
        const Process *x = p.process(id);
        return x ? nameOr(x->name, id) : id;
    };
    const auto stepName = [&](const QString &id) {
        const Step *s = p.step(id);
        return s ? nameOr(s->title, id) : id;
    };
    for (const Requirement &q : p.requirements) {
        const RequirementTrace t = traceRequirement(p, q.id);
        d.trace.push_back({ names(t.strategies, strategyName), names(t.roles, roleName),
            names(t.processes, processName), names(t.steps, stepName), q.text });
    }
    for (const QString &id : findOrphans(p).requirements)
        if (const Requirement *q = p.requirement(id))
            d.unneeded.push_back(requirementView(*q, false));
    for (const Decision &x : p.decisions)
        if (x.subject.startsWith(QLatin1String("scenario/"))) {
            const Scenario *s = p.scenario(x.subject.section(u'/', 1));
            d.otherDecisions.push_back(view(x));
            d.otherDecisionSubjects << (s ? nameOr(s->name, s->id) : x.subject);
        }
    return d;
}

} // namespace oi::model::spec
