// SPDX-License-Identifier: GPL-3.0-or-later
// The validator's process half: distribution parameters, node and flow rules, and the graph
// checks (start/end, reachability, dead ends, loops with no way out, and-joins that cannot fire).
#include "model/entitylabel.h"
#include "model/enumnames.h"
#include "model/validatorcontext.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace oi::model::detail {

namespace {

QString sub(const QString &field, const char *param)
{
    return field + u'.' + QLatin1String(param);
}

} // namespace

void checkDistribution(Findings &f, const QString &entity, const QString &field, const Distribution &d)
{
    auto fail = [&](const char *param, const QString &message) { f.error(entity, sub(field, param), message); };
    switch (d.kind) {
    case DistKind::None: return;
    case DistKind::Fixed:
        if (d.value < 0)
            fail("value", Validator::tr("a time cannot be negative."));
        return;
    case DistKind::Uniform:
        if (d.min < 0)
            fail("min", Validator::tr("a time cannot be negative."));
        if (d.min > d.max)
            fail("max", Validator::tr("max must not be smaller than min."));
        return;
    case DistKind::Triangular:
        if (d.min < 0)
            fail("min", Validator::tr("a time cannot be negative."));
        if (!(d.min <= d.mode && d.mode <= d.max))
            fail("mode", Validator::tr("needs min \u2264 mode \u2264 max."));
        if (d.min == d.max)
            fail("max", Validator::tr("max must be larger than min (use fixed for a constant)."));
        return;
    case DistKind::Exponential:
        if (d.mean <= 0)
            fail("mean", Validator::tr("the mean must be greater than zero."));
        return;
    case DistKind::Normal:
    case DistKind::Lognormal:
    case DistKind::Gamma:
        if (d.mean <= 0)
            fail("mean", Validator::tr("the mean must be greater than zero."));
        if (d.sd < 0 || (d.kind == DistKind::Gamma && d.sd == 0))
            fail("sd",
                d.kind == DistKind::Gamma ? Validator::tr("the standard deviation must be greater than zero.")
                                          : Validator::tr("the standard deviation cannot be negative."));
        return;
    case DistKind::Erlang:
        if (d.k < 1)
            fail("k", Validator::tr("k must be a whole number of at least 1."));
        if (d.mean <= 0)
            fail("mean", Validator::tr("the mean must be greater than zero."));
        return;
    case DistKind::Empirical: {
        if (d.values.empty())
            fail("values", Validator::tr("needs at least one value."));
        if (std::any_of(d.values.begin(), d.values.end(), [](double v) { return v < 0; }))
            fail("values", Validator::tr("a time cannot be negative."));
        if (d.weights.empty())
            return;
        if (d.weights.size() != d.values.size())
            fail("weights",
                Validator::tr("needs one weight per value (%1 values, %2 weights).")
                    .arg(d.values.size())
                    .arg(d.weights.size()));
        else if (std::any_of(d.weights.begin(), d.weights.end(), [](double w) { return w < 0; })
            || std::accumulate(d.weights.begin(), d.weights.end(), 0.0) <= 0)
            fail("weights", Validator::tr("weights must be zero or more and not all zero."));
        return;
    }
    }
}

namespace {

struct Graph
{
    std::vector<std::vector<int>> out; // usable flows only (probability not 0)
    std::vector<std::vector<int>> in;
    std::vector<int> outDegree; // every flow, for dead-end messages
};

std::vector<bool> reach(const std::vector<std::vector<int>> &adj, const std::vector<int> &seeds)
{
    std::vector<bool> seen(adj.size(), false);
    std::vector<int> stack = seeds;
    for (int s : seeds)
        seen[std::size_t(s)] = true;
    while (!stack.empty()) {
        const int n = stack.back();
        stack.pop_back();
        for (int m : adj[std::size_t(n)])
            if (!seen[std::size_t(m)]) {
                seen[std::size_t(m)] = true;
                stack.push_back(m);
            }
    }
    return seen;
}

// True when every draw is 0 (parameters already checked non-negative).
bool alwaysZero(const Distribution &d)
{
    switch (d.kind) {
    case DistKind::Fixed: return d.value == 0;
    case DistKind::Uniform:
    case DistKind::Triangular: return d.max == 0;
    case DistKind::Empirical: return std::all_of(d.values.begin(), d.values.end(), [](double v) { return v == 0; });
    default: return false; // the others need a positive mean
    }
}

void checkNode(Findings &f, const Project &project, const Node &n, const QString &entity)
{
    const bool needsRole = n.type == NodeType::Task;
    if (needsRole && n.role.isEmpty())
        f.error(entity, QStringLiteral("role"), Validator::tr("a task needs the role that performs it."));
    if (!n.role.isEmpty() && !project.role(n.role))
        f.error(entity, QStringLiteral("role"), Validator::tr("no role has the id %1.").arg(quoted(n.role)));
    if ((n.type == NodeType::Task || n.type == NodeType::Timer) && !n.duration.isSet())
        f.error(entity, QStringLiteral("duration"),
            n.type == NodeType::Task ? Validator::tr("a task needs a duration distribution.")
                                     : Validator::tr("a timer needs a duration (its delay)."));
    checkDistribution(f, entity, QStringLiteral("duration"), n.duration);
    if (n.type == NodeType::Start) {
        if (!n.arrivals.isSet() && !n.rateCalendar)
            f.error(entity, QStringLiteral("arrivals"),
                Validator::tr("a start node needs arrivals: a distribution or a rate calendar."));
        checkDistribution(f, entity, QStringLiteral("arrivals"), n.arrivals);
        if (n.arrivals.isSet() && !n.rateCalendar && alwaysZero(n.arrivals))
            f.error(entity, QStringLiteral("arrivals"),
                Validator::tr("the time between arrivals is always 0, so cases would arrive without end."));
        checkDistribution(f, entity, QStringLiteral("patience"), n.patience);
        if (n.rateCalendar) {
            const RateCalendar &c = *n.rateCalendar;
            if (c.period <= 0)
                f.error(
                    entity, QStringLiteral("arrivals.period"), Validator::tr("the period must be greater than zero."));
            bool anyRate = false;
            for (std::size_t i = 0; i < c.rates.size(); ++i) {
                const RateBlock &b = c.rates[i];
                const QString field = QStringLiteral("arrivals.") + indexed("rates", qsizetype(i));
                if (b.from < 0 || b.to <= b.from || (c.period > 0 && b.to > c.period))
                    f.error(entity, field, Validator::tr("needs 0 \u2264 from < to \u2264 period."));
                if (b.perTimeUnit < 0)
                    f.error(
                        entity, field + QStringLiteral(".per_time_unit"), Validator::tr("a rate cannot be negative."));
                anyRate = anyRate || b.perTimeUnit > 0;
            }
            checkOverlaps(f, entity, QStringLiteral("arrivals.rates"), c.rates);
            // A process only customers' follow-up contacts start (interrupts) needs no arrivals of its own.
            const auto fedByContacts = [&] {
                for (const Process &owner : project.processes)
                    if (!owner.nodes.empty() && &n >= &owner.nodes.front() && &n <= &owner.nodes.back())
                        for (const Process &other : project.processes)
                            for (const Interrupt &x : other.interrupts)
                                if (x.process == owner.id)
                                    return true;
                return false;
            };
            if (!anyRate && !fedByContacts())
                f.error(entity, QStringLiteral("arrivals.rates"),
                    Validator::tr("no block has a rate above zero, so no case would ever arrive."));
        }
    } else if (n.arrivals.isSet() || n.rateCalendar || n.patience.isSet()) {
        f.warning(entity, QStringLiteral("arrivals"),
            Validator::tr("only start nodes have arrivals and patience; they are ignored here."));
    }
}

void checkFlows(Findings &f, const Process &p, const QString &entity, Graph &g, const QHash<QString, int> &index)
{
    std::vector<double> xorSum(p.nodes.size(), 0.0);
    std::vector<int> xorMissing(p.nodes.size(), 0);
    for (std::size_t i = 0; i < p.flows.size(); ++i) {
        const Flow &fl = p.flows[i];
        const QString fe = label::flow(entity, qsizetype(i));
        const int from = index.value(fl.from, -1);
        const int to = index.value(fl.to, -1);
        if (fl.from.isEmpty() || fl.to.isEmpty())
            f.error(fe, fl.from.isEmpty() ? QStringLiteral("from") : QStringLiteral("to"),
                Validator::tr("a flow needs both ends."));
        if (!fl.from.isEmpty() && from < 0)
            f.error(fe, QStringLiteral("from"),
                Validator::tr("no node of this process has the id %1.").arg(quoted(fl.from)));
        if (!fl.to.isEmpty() && to < 0)
            f.error(
                fe, QStringLiteral("to"), Validator::tr("no node of this process has the id %1.").arg(quoted(fl.to)));
        if (fl.probability && (*fl.probability < 0 || *fl.probability > 1))
            f.error(fe, QStringLiteral("probability"),
                Validator::tr("a probability must be between 0 and 1, not %1.").arg(number(*fl.probability)));
        if (from < 0 || to < 0)
            continue;
        const bool fromXor = p.nodes[std::size_t(from)].type == NodeType::Xor;
        if (fl.probability && !fromXor)
            f.warning(fe, QStringLiteral("probability"),
                Validator::tr("only flows leaving an xor gateway take a probability; it is ignored."));
        if (fromXor) {
            if (fl.probability)
                xorSum[std::size_t(from)] += *fl.probability;
            else
                ++xorMissing[std::size_t(from)];
        }
        ++g.outDegree[std::size_t(from)];
        if (!(fromXor && fl.probability && *fl.probability == 0)) {
            g.out[std::size_t(from)].push_back(to);
            g.in[std::size_t(to)].push_back(from);
        }
    }
    for (std::size_t n = 0; n < p.nodes.size(); ++n) {
        if (p.nodes[n].type != NodeType::Xor || g.outDegree[n] < 2)
            continue;
        const QString ne = label::node(entity, p.nodes[n].id, qsizetype(n));
        if (xorMissing[n] > 0)
            f.error(ne, QStringLiteral("flows"),
                Validator::tr("every flow leaving an xor gateway needs a probability (%1 have none).")
                    .arg(xorMissing[n]));
        else if (std::abs(xorSum[n] - 1.0) > 1e-6)
            f.error(ne, QStringLiteral("flows"),
                Validator::tr("the probabilities of the flows leaving this xor gateway add up to %1, not 1.")
                    .arg(number(xorSum[n])));
    }
}

// Strongly connected: does `n` lie on a cycle of usable flows?
bool onCycle(const Graph &g, int n)
{
    const auto fromN = reach(g.out, g.out[std::size_t(n)]);
    return fromN[std::size_t(n)];
}

void checkAndJoin(
    Findings &f, const Process &p, const Graph &g, const std::vector<bool> &live, int join, const QString &ne)
{
    std::vector<int> incoming = g.in[std::size_t(join)];
    std::sort(incoming.begin(), incoming.end());
    incoming.erase(std::unique(incoming.begin(), incoming.end()), incoming.end());
    if (incoming.size() < 2) {
        f.warning(ne, QStringLiteral("type"),
            Validator::tr("an and-join with fewer than two incoming flows only passes cases through."));
        return;
    }
    // A join fires only when cases arrive on all its incoming flows together. Two incoming flows
    // can carry cases at the same time only if some live and-split sends them down different
    // branches; alternatives of an xor (or steps in sequence) never arrive together. Checking pairs
    // accepts nested splits (split -> x, split2 -> y, z) that a one-split rule would reject.
    std::vector<std::vector<std::vector<bool>>> branchReach; // per live split, per branch
    for (std::size_t s = 0; s < p.nodes.size(); ++s) {
        if (p.nodes[s].type != NodeType::AndSplit || !live[s] || g.out[s].size() < 2)
            continue;
        std::vector<std::vector<bool>> branches;
        for (int b : g.out[s])
            branches.push_back(reach(g.out, { b }));
        branchReach.push_back(std::move(branches));
    }
    auto together = [&](int u, int v) {
        for (const auto &branches : branchReach)
            for (std::size_t a = 0; a < branches.size(); ++a)
                for (std::size_t b = 0; b < branches.size(); ++b)
                    if (a != b && branches[a][std::size_t(u)] && branches[b][std::size_t(v)])
                        return true;
        return false;
    };
    bool fires = true;
    for (std::size_t i = 0; i < incoming.size() && fires; ++i)
        for (std::size_t j = i + 1; j < incoming.size() && fires; ++j)
            fires = together(incoming[i], incoming[j]);
    if (fires)
        return;
    f.error(ne, QStringLiteral("type"),
        Validator::tr("this and-join waits for %1 incoming flows, but no and-split upstream sends a case "
                      "down each of them together, so it can never fire.")
            .arg(incoming.size()));
}

} // namespace

void checkProcess(Findings &f, const Project &project, const Process &p, const QString &entity)
{
    QHash<QString, int> index;
    for (std::size_t i = 0; i < p.nodes.size(); ++i) {
        const Node &n = p.nodes[i];
        const QString ne = label::node(entity, n.id, qsizetype(i));
        checkIdCharacters(f, ne, QStringLiteral("id"), n.id);
        if (n.id.isEmpty())
            f.error(ne, QStringLiteral("id"), Validator::tr("every node needs an id."));
        else if (index.contains(n.id))
            f.error(ne, QStringLiteral("id"),
                Validator::tr("the id %1 is used by another node of this process.").arg(quoted(n.id)));
        else
            index.insert(n.id, int(i));
        checkNode(f, project, n, ne);
    }
    for (const Lane &lane : p.lanes)
        if (!project.role(lane.role))
            f.error(entity, QStringLiteral("lanes"), Validator::tr("no role has the id %1.").arg(quoted(lane.role)));
    if (p.nodes.empty()) {
        f.warning(entity, QStringLiteral("nodes"), Validator::tr("the process has no nodes yet."));
        return;
    }

    const std::size_t count = p.nodes.size();
    Graph g { std::vector<std::vector<int>>(count), std::vector<std::vector<int>>(count), std::vector<int>(count, 0) };
    checkFlows(f, p, entity, g, index);

    std::vector<int> starts, ends;
    for (std::size_t i = 0; i < count; ++i) {
        const NodeType t = p.nodes[i].type;
        const QString ne = label::node(entity, p.nodes[i].id, qsizetype(i));
        if (t == NodeType::Start) {
            starts.push_back(int(i));
            if (!g.in[i].empty())
                f.error(ne, QStringLiteral("flows"), Validator::tr("a start node cannot have incoming flows."));
        } else if (t == NodeType::End) {
            ends.push_back(int(i));
            if (g.outDegree[i] > 0)
                f.error(ne, QStringLiteral("flows"), Validator::tr("an end node cannot have outgoing flows."));
        }
    }
    if (starts.empty())
        f.error(
            entity, QStringLiteral("nodes"), Validator::tr("the process has no start node, so no case can enter it."));
    if (ends.empty())
        f.error(entity, QStringLiteral("nodes"), Validator::tr("the process has no end node, so no case can finish."));

    const auto fromStart = reach(g.out, starts);
    const auto toEnd = reach(g.in, ends);
    for (std::size_t i = 0; i < count; ++i) {
        const Node &n = p.nodes[i];
        const QString ne = label::node(entity, n.id, qsizetype(i));
        if (!starts.empty() && !fromStart[i]) {
            f.error(ne, QString(), Validator::tr("no flow from a start node reaches this node."));
            continue;
        }
        if (n.type == NodeType::End || ends.empty() || toEnd[i])
            continue;
        if (g.outDegree[i] == 0)
            f.error(ne, QStringLiteral("flows"),
                Validator::tr("a case reaching this node is stuck: it has no outgoing flow."));
        else if (onCycle(g, int(i)))
            f.error(
                ne, QStringLiteral("flows"), Validator::tr("this node is in a loop with no way out to an end node."));
    }
    for (std::size_t i = 0; i < count; ++i) {
        const QString ne = label::node(entity, p.nodes[i].id, qsizetype(i));
        if (p.nodes[i].type == NodeType::AndJoin && fromStart[i])
            checkAndJoin(f, p, g, fromStart, int(i), ne);
        const NodeType t = p.nodes[i].type;
        // Only gateways branch; the simulator refuses a second way out of anything else.
        if ((t == NodeType::Start || t == NodeType::Task || t == NodeType::Timer || t == NodeType::AndJoin)
            && g.outDegree[i] > 1)
            f.error(ne, QStringLiteral("flows"),
                Validator::tr("has %1 outgoing flows, but only a gateway (xor or and-split) may branch; "
                              "add one after this node.")
                    .arg(g.outDegree[i]));
        if (t == NodeType::AndSplit && g.outDegree[i] < 2)
            f.warning(ne, QStringLiteral("flows"),
                Validator::tr("an and-split with fewer than two outgoing flows does not split anything."));
    }
}

} // namespace oi::model::detail
