// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/model.h"

#include "simulation/errors.h"
#include "simulation/format.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace oi::sim {

namespace {

std::string nodeName(const Process &p, const Node &n)
{
    return "process '" + p.id + "', node '" + n.id + "'";
}

void checkDistribution(const Distribution &d, const std::string &where, const char *what)
{
    const std::string problem = Sampler::check(d);
    if (!problem.empty())
        throw InputError(where + ": " + what + ": " + problem);
}

} // namespace

ErlangC erlangC(double lambda, double mu, int servers)
{
    ErlangC e;
    e.lambda = lambda;
    e.mu = mu;
    e.servers = servers;
    const double a = lambda / mu;
    e.rho = a / servers;
    double sum = 0, term = 1;
    for (int k = 0; k < servers; ++k) {
        sum += term;
        term *= a / (k + 1);
    }
    const double tail = term / (1.0 - e.rho);
    e.pWait = tail / (sum + tail);
    e.wq = e.pWait / (servers * mu - lambda);
    e.lq = lambda * e.wq;
    e.w = e.wq + 1.0 / mu;
    return e;
}

bool CompiledModel::Window::contains(double t) const
{
    if (always())
        return true;
    const double x = std::fmod(t, period);
    return from < to ? x >= from && x < to : x >= from || x < to;
}

CompiledModel::CompiledModel(const SimulationInput &input)
    : settings(input.settings)
{
    const RunSettings &s = input.settings;
    if (!(s.horizon > 0) || !std::isfinite(s.horizon))
        throw InputError("run settings: horizon must be > 0");
    if (s.warmup >= s.horizon)
        throw InputError(
            "run settings: warm-up " + formatNumber(s.warmup) + " is not below the horizon " + formatNumber(s.horizon));
    if (s.replications < 1)
        throw InputError("run settings: replications must be >= 1");
    if (s.firstReplication < 0)
        throw InputError("run settings: first replication must be >= 0");
    if (s.visitLimit < 1)
        throw InputError("run settings: visit limit must be >= 1");
    if (s.maxCases < 1)
        throw InputError("run settings: the case limit must be >= 1");
    if (!(s.dayLength > 0))
        throw InputError("run settings: day length must be > 0");
    if (input.processes.empty())
        throw InputError("the model has no process to simulate");

    layout.timeUnit = input.timeUnit;
    layout.dayLength = s.dayLength;
    compileRoles(input);
    for (size_t i = 0; i < input.processes.size(); ++i)
        compileProcess(input.processes[i], static_cast<int>(i));
    compileInterrupts(input);
    // Queues each role's staff may serve: their own first, then cross-trained work by priority.
    for (size_t n = 0; n < nodes.size(); ++n) {
        const CNode &node = nodes[n];
        if (node.type != NodeType::Task)
            continue;
        roles[static_cast<size_t>(node.role)].servable.push_back({ static_cast<int>(n), 0, node.priority, Window {} });
        for (const Helper &h : roles[static_cast<size_t>(node.role)].helpers)
            roles[static_cast<size_t>(h.role)].servable.push_back(
                { static_cast<int>(n), std::max(1, h.priority), node.priority, h.window });
    }
    for (CRole &r : roles)
        std::stable_sort(r.servable.begin(), r.servable.end(), [](const Servable &a, const Servable &b) {
            return a.tier != b.tier ? a.tier < b.tier : a.priority < b.priority;
        });
    solveTrafficEquations();
    checkCapacityAndLoad();
    computeErlang(input);
}

void CompiledModel::compileRoles(const SimulationInput &input)
{
    std::map<std::string, int> index;
    for (const Role &r : input.roles) {
        if (r.id.empty())
            throw InputError("a role has an empty id");
        if (!index.emplace(r.id, static_cast<int>(index.size())).second)
            throw InputError("role '" + r.id + "' is defined twice");
    }
    for (const Role &r : input.roles) {
        CRole c;
        c.id = r.id;
        c.headcount = r.headcount;
        if (r.headcount < 0)
            throw InputError("role '" + r.id + "': headcount must be >= 0, got " + std::to_string(r.headcount));
        if (!r.shifts.empty()) {
            if (!(r.shiftPeriod > 0))
                throw InputError("role '" + r.id + "': shifts need a period > 0");
            c.period = r.shiftPeriod;
            c.shifts = r.shifts;
            std::set<double> points;
            double staffTime = 0;
            for (const ShiftBlock &b : r.shifts) {
                if (!(b.from >= 0 && b.from < b.to && b.to <= r.shiftPeriod) || b.headcount < 0)
                    throw InputError("role '" + r.id + "': shift block [" + formatNumber(b.from) + ", "
                        + formatNumber(b.to) + ") must satisfy 0 <= from < to <= period and headcount >= 0");
                points.insert(b.from);
                points.insert(b.to >= r.shiftPeriod ? 0.0 : b.to);
                staffTime += b.headcount * (b.to - b.from);
            }
            c.boundaries.assign(points.begin(), points.end());
            c.meanCapacity = staffTime / r.shiftPeriod;
        } else {
            c.meanCapacity = r.headcount;
        }
        roles.push_back(std::move(c));
    }
    for (size_t i = 0; i < input.roles.size(); ++i)
        for (const CrossSkill &skill : input.roles[i].crossTrained) {
            const auto it = index.find(skill.role);
            if (it == index.end())
                throw InputError(
                    "role '" + input.roles[i].id + "': cross-trained for unknown role '" + skill.role + "'");
            if (it->second == static_cast<int>(i))
                continue;
            const Window window { skill.from, skill.to, skill.period };
            if (!window.always()
                && !(std::isfinite(skill.period) && skill.from >= 0 && skill.to >= 0 && skill.from < skill.period
                    && skill.to <= skill.period && skill.from != skill.to))
                throw InputError("role '" + input.roles[i].id + "': cross-training for '" + skill.role + "' in ["
                    + formatNumber(skill.from) + ", " + formatNumber(skill.to)
                    + ") must have 0 <= from, to <= period and from != to");
            roles[static_cast<size_t>(it->second)].helpers.push_back({ static_cast<int>(i), skill.priority, window });
        }
    for (CRole &r : roles)
        std::stable_sort(r.helpers.begin(), r.helpers.end(),
            [](const Helper &a, const Helper &b) { return a.priority < b.priority; });
    layout.roles.clear();
    for (const CRole &r : roles)
        layout.roles.push_back(r.id);
}

void CompiledModel::compileInterrupts(const SimulationInput &input)
{
    for (size_t i = 0; i < input.processes.size(); ++i)
        for (const Interrupt &in : input.processes[i].interrupts) {
            const std::string where = "process '" + input.processes[i].id + "': interrupt";
            if (!(in.after >= 0) || !std::isfinite(in.after))
                throw InputError(where + ": 'after' must be a time >= 0");
            if (!(in.rate >= 0) || !std::isfinite(in.rate))
                throw InputError(where + ": 'rate' must be >= 0 contacts per time unit");
            CProcess::CInterrupt c { in.after, in.rate, -1 };
            for (const CProcess &target : processes)
                if (target.id == in.process)
                    for (int n = target.firstNode; n < target.firstNode + target.nodeCount && c.startNode < 0; ++n)
                        if (nodes[static_cast<size_t>(n)].type == NodeType::Start)
                            c.startNode = n;
            if (c.startNode < 0)
                throw InputError(
                    where + ": there is no process '" + in.process + "' with a start event to take the contacts");
            processes[i].interrupts.push_back(c);
        }
}

void CompiledModel::compileProcess(const Process &p, int index)
{
    if (p.id.empty())
        throw InputError("a process has an empty id");
    for (const CProcess &other : processes)
        if (other.id == p.id)
            throw InputError("process '" + p.id + "' is defined twice");
    CProcess cp;
    cp.id = p.id;
    cp.firstNode = static_cast<int>(nodes.size());
    cp.nodeCount = static_cast<int>(p.nodes.size());
    Layout::ProcessInfo info;
    info.id = p.id;

    std::map<std::string, int> local;
    for (const Node &n : p.nodes)
        if (!local.emplace(n.id, static_cast<int>(local.size())).second)
            throw InputError("process '" + p.id + "': node '" + n.id + "' is defined twice");

    bool hasStart = false;
    for (size_t i = 0; i < p.nodes.size(); ++i) {
        const Node &n = p.nodes[i];
        CNode c;
        c.type = n.type;
        c.process = index;
        c.local = static_cast<int>(i);
        const std::string where = nodeName(p, n);
        switch (n.type) {
        case NodeType::Task: {
            const auto it = std::find_if(roles.begin(), roles.end(), [&](const CRole &r) { return r.id == n.role; });
            if (it == roles.end())
                throw InputError(where + ": unknown role '" + n.role + "'");
            c.role = static_cast<int>(it - roles.begin());
            checkDistribution(n.duration, where, "duration");
            c.duration = Sampler(n.duration);
            c.priority = n.priority;
            break;
        }
        case NodeType::Timer:
            checkDistribution(n.duration, where, "timer delay");
            c.duration = Sampler(n.duration);
            break;
        case NodeType::Start: {
            hasStart = true;
            if (n.arrivals.isSet() == !n.rates.empty())
                throw InputError(where + ": a start node needs either arrivals or a rate calendar");
            if (n.arrivals.isSet()) {
                checkDistribution(n.arrivals, where, "arrivals");
                c.arrivals = Sampler(n.arrivals);
                if (!(c.arrivals.mean() > 0))
                    throw InputError(where + ": arrivals: the mean inter-arrival time must be > 0");
                cp.arrivalRate += 1.0 / c.arrivals.mean();
            } else {
                if (!(n.ratePeriod > 0))
                    throw InputError(where + ": the rate calendar needs a period > 0");
                double total = 0;
                for (const RateBlock &b : n.rates) {
                    if (!(b.from >= 0 && b.from < b.to && b.to <= n.ratePeriod) || !(b.perTimeUnit >= 0))
                        throw InputError(where + ": rate block [" + formatNumber(b.from) + ", " + formatNumber(b.to)
                            + ") must satisfy 0 <= from < to <= period and a rate >= 0");
                    c.maxRate = std::max(c.maxRate, b.perTimeUnit);
                    total += b.perTimeUnit * (b.to - b.from);
                }
                c.rates = n.rates;
                c.ratePeriod = n.ratePeriod;
                cp.arrivalRate += total / n.ratePeriod;
            }
            if (n.patience.isSet()) {
                checkDistribution(n.patience, where, "patience");
                c.patience = Sampler(n.patience);
            }
            break;
        }
        case NodeType::End:
        case NodeType::Xor:
        case NodeType::AndSplit:
        case NodeType::AndJoin: break;
        }
        nodes.push_back(std::move(c));
        info.nodes.push_back({ n.id, n.type, nodes.back().role, std::nullopt });
    }
    if (!hasStart)
        throw InputError("process '" + p.id + "' has no start node");

    // Flows grouped by their source node so each node's outgoing flows are contiguous.
    std::vector<size_t> order(p.flows.size());
    for (size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
        const Flow &f = p.flows[i];
        if (!local.count(f.from))
            throw InputError("process '" + p.id + "': flow from unknown node '" + f.from + "'");
        if (!local.count(f.to))
            throw InputError("process '" + p.id + "': flow to unknown node '" + f.to + "'");
    }
    std::stable_sort(order.begin(), order.end(),
        [&](size_t a, size_t b) { return local[p.flows[a].from] < local[p.flows[b].from]; });
    cp.firstFlow = static_cast<int>(flowTo.size());
    cp.flowCount = static_cast<int>(p.flows.size());
    for (size_t k = 0; k < order.size(); ++k) {
        const Flow &f = p.flows[order[k]];
        CNode &from = nodes[static_cast<size_t>(cp.firstNode + local[f.from])];
        CNode &to = nodes[static_cast<size_t>(cp.firstNode + local[f.to])];
        if (from.outCount == 0)
            from.firstOut = static_cast<int>(flowTo.size());
        ++from.outCount;
        ++to.inCount;
        flowFrom.push_back(cp.firstNode + local[f.from]);
        flowTo.push_back(cp.firstNode + local[f.to]);
        info.flows.push_back({ f.from, f.to, from.type == NodeType::Xor });
    }
    for (size_t i = 0; i < p.nodes.size(); ++i) {
        CNode &c = nodes[static_cast<size_t>(cp.firstNode) + i];
        const std::string where = nodeName(p, p.nodes[i]);
        if (c.type == NodeType::Start && c.inCount > 0)
            throw InputError(where + ": a start node cannot have incoming flows");
        if (c.type == NodeType::End && c.outCount > 0)
            throw InputError(where + ": an end node cannot have outgoing flows");
        if (c.type != NodeType::End && c.outCount == 0)
            throw InputError(where + ": has no outgoing flow (only end nodes may stop a case)");
        const bool single = c.type == NodeType::Start || c.type == NodeType::Task || c.type == NodeType::Timer
            || c.type == NodeType::AndJoin;
        if (single && c.outCount != 1)
            throw InputError(where + ": has " + std::to_string(c.outCount)
                + " outgoing flows; use an xor or and-split gateway to branch");
        if (c.type == NodeType::AndJoin && c.inCount < 1)
            throw InputError(where + ": an and-join needs incoming flows");
        if (c.type == NodeType::Xor) {
            double total = 0;
            for (int f = c.firstOut; f < c.firstOut + c.outCount; ++f) {
                const Flow &flow = p.flows[order[static_cast<size_t>(f - cp.firstFlow)]];
                double prob = flow.probability.value_or(c.outCount == 1 ? 1.0 : -1.0);
                if (!(prob >= 0) || prob > 1)
                    throw InputError(where + ": flow to '" + flow.to + "' needs a probability in [0, 1]");
                total += prob;
                c.cumulative.push_back(total);
            }
            if (std::abs(total - 1.0) > 1e-6)
                throw InputError(where + ": outgoing probabilities add up to " + formatNumber(total) + ", not 1");
            c.cumulative.back() = 1.0;
        }
    }
    layout.processes.push_back(std::move(info));
    processes.push_back(cp);
}

void CompiledModel::solveTrafficEquations()
{
    // Expected visits per case: v = start + sum over incoming flows of v(from) * p(flow).
    for (const CProcess &p : processes) {
        bool converged = false;
        for (int iteration = 0; iteration < 100000 && !converged; ++iteration) {
            double change = 0;
            for (int n = p.firstNode; n < p.firstNode + p.nodeCount; ++n) {
                CNode &node = nodes[static_cast<size_t>(n)];
                if (node.type == NodeType::Start) {
                    node.expectedVisits = 1; // weighted below by the start's share of arrivals
                    continue;
                }
                double v = 0;
                for (int f = p.firstFlow; f < p.firstFlow + p.flowCount; ++f) {
                    if (flowTo[static_cast<size_t>(f)] != n)
                        continue;
                    const CNode &from = nodes[static_cast<size_t>(flowFrom[static_cast<size_t>(f)])];
                    double share = from.expectedVisits;
                    if (from.type == NodeType::Start)
                        share = from.arrivals.isSet() ? 1.0 / from.arrivals.mean() / p.arrivalRate : 0.0;
                    if (from.type == NodeType::Start && !from.arrivals.isSet() && p.arrivalRate > 0) {
                        double total = 0;
                        for (const RateBlock &b : from.rates)
                            total += b.perTimeUnit * (b.to - b.from);
                        share = total / from.ratePeriod / p.arrivalRate;
                    }
                    if (from.type == NodeType::Xor) {
                        const int k = f - from.firstOut;
                        share *= from.cumulative[static_cast<size_t>(k)]
                            - (k > 0 ? from.cumulative[static_cast<size_t>(k - 1)] : 0.0);
                    }
                    v += share;
                }
                if (node.type == NodeType::AndJoin)
                    v /= node.inCount;
                change = std::max(change, std::abs(v - node.expectedVisits));
                node.expectedVisits = v;
            }
            converged = change < 1e-12;
            if (!converged && change > 1e9)
                break;
        }
        if (!converged)
            warnings.push_back("process '" + p.id
                + "' has a loop that cases may never leave; "
                  "the visit limit will stop such cases");
    }
}

void CompiledModel::checkCapacityAndLoad()
{
    std::vector<double> load(roles.size(), 0.0);
    std::vector<bool> used(roles.size(), false);
    std::vector<std::string> usedBy(roles.size());
    for (const CNode &n : nodes) {
        if (n.type != NodeType::Task)
            continue;
        const auto r = static_cast<size_t>(n.role);
        const CProcess &p = processes[static_cast<size_t>(n.process)];
        load[r] += p.arrivalRate * n.expectedVisits * n.duration.mean();
        if (!used[r])
            usedBy[r]
                = p.id + "/" + layout.processes[static_cast<size_t>(n.process)].nodes[static_cast<size_t>(n.local)].id;
        used[r] = true;
    }
    for (size_t r = 0; r < roles.size(); ++r) {
        if (!used[r])
            continue;
        double helpers = 0;
        for (const Helper &h : roles[r].helpers) {
            const double share = h.window.always() ? 1.0
                : h.window.from < h.window.to      ? (h.window.to - h.window.from) / h.window.period
                                                   : 1.0 - (h.window.from - h.window.to) / h.window.period;
            helpers += share
                * std::max(0.0, roles[static_cast<size_t>(h.role)].meanCapacity - load[static_cast<size_t>(h.role)]);
        }
        if (roles[r].meanCapacity <= 0 && roles[r].helpers.empty())
            throw CapacityError("role '" + roles[r].id + "' has no staff at any time but task '" + usedBy[r]
                + "' needs it: give it a headcount or cross-train another role");
        if (load[r] >= roles[r].meanCapacity + helpers && load[r] > 0)
            warnings.push_back("role '" + roles[r].id + "' is unstable: offered load " + formatNumber(load[r])
                + " >= capacity " + formatNumber(roles[r].meanCapacity + helpers)
                + "; its queues grow without bound and results depend on the horizon");
    }
}

void CompiledModel::computeErlang(const SimulationInput &input)
{
    // Erlang C is only a fair check where the station really is M/M/c: Poisson arrivals,
    // exponential service, one role of constant headcount serving only this queue. Arrivals are
    // Poisson when they come from an exponential start directly, or through xor splits and
    // upstream M/M/c stations (Burke: a stable M/M/c passes Poisson flow on). Anything else
    // upstream (a fixed task, a timer, an and-join, a shift calendar, feedback) breaks it.
    std::vector<int> taskCount(roles.size(), 0);
    for (const CNode &n : nodes)
        if (n.type == NodeType::Task)
            ++taskCount[static_cast<size_t>(n.role)];
    for (size_t pi = 0; pi < processes.size(); ++pi) {
        const CProcess &p = processes[pi];
        bool abandonment = false;
        for (int n = p.firstNode; n < p.firstNode + p.nodeCount; ++n)
            if (nodes[static_cast<size_t>(n)].type == NodeType::Start && nodes[static_cast<size_t>(n)].patience.isSet())
                abandonment = true; // reneging thins the flow state-dependently
        if (abandonment)
            continue;
        auto isMMc = [&](const CNode &node) {
            if (node.type != NodeType::Task || node.duration.kind() != DistKind::Exponential)
                return false;
            const auto r = static_cast<size_t>(node.role);
            const CRole &role = roles[r];
            if (taskCount[r] != 1 || !role.shifts.empty() || !role.helpers.empty() || role.headcount < 1
                || !input.roles[r].crossTrained.empty())
                return false;
            const double lambda = p.arrivalRate * node.expectedVisits;
            return lambda > 0 && lambda < role.headcount / node.duration.mean();
        };
        // poissonOut[n]: the flow leaving node n is Poisson. A least fixed point from "false":
        // a node on a feedback loop never becomes true, which is the conservative answer.
        std::vector<char> poissonIn(static_cast<size_t>(p.nodeCount), 0), poissonOut(poissonIn);
        for (bool changed = true; changed;) {
            changed = false;
            for (int n = p.firstNode; n < p.firstNode + p.nodeCount; ++n) {
                const CNode &node = nodes[static_cast<size_t>(n)];
                bool in = node.inCount > 0;
                for (int f = p.firstFlow; f < p.firstFlow + p.flowCount; ++f)
                    if (flowTo[static_cast<size_t>(f)] == n
                        && !poissonOut[static_cast<size_t>(flowFrom[static_cast<size_t>(f)] - p.firstNode)])
                        in = false;
                bool out = false;
                switch (node.type) {
                case NodeType::Start: out = node.arrivals.kind() == DistKind::Exponential; break;
                case NodeType::Task: out = in && isMMc(node); break;
                case NodeType::Xor: out = in; break; // independent random splitting keeps Poisson
                default: out = false; break;
                }
                const auto local = static_cast<size_t>(n - p.firstNode);
                if (in != static_cast<bool>(poissonIn[local]) || out != static_cast<bool>(poissonOut[local])) {
                    poissonIn[local] = in;
                    poissonOut[local] = out;
                    changed = true;
                }
            }
        }
        for (int n = p.firstNode; n < p.firstNode + p.nodeCount; ++n) {
            const CNode &node = nodes[static_cast<size_t>(n)];
            if (!poissonIn[static_cast<size_t>(n - p.firstNode)] || !isMMc(node))
                continue;
            const auto r = static_cast<size_t>(node.role);
            layout.processes[pi].nodes[static_cast<size_t>(node.local)].erlang
                = erlangC(p.arrivalRate * node.expectedVisits, 1.0 / node.duration.mean(), roles[r].headcount);
        }
    }
}

int CompiledModel::capacityAt(int role, SimTime t) const
{
    const CRole &r = roles[static_cast<size_t>(role)];
    if (r.shifts.empty())
        return r.headcount;
    const double pos = t - std::floor(t / r.period) * r.period;
    // Overlapping blocks add up: two shifts that overlap both have staff on duty.
    int staff = 0;
    for (const ShiftBlock &b : r.shifts)
        if (pos >= b.from && pos < b.to)
            staff += b.headcount;
    return staff;
}

} // namespace oi::sim
