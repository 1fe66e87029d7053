// SPDX-License-Identifier: GPL-3.0-or-later
// The event loop of one replication: set-up, arrivals, routing through gateways, results.
#include "simulation/replicationstate.h"

#include "simulation/errors.h"
#include "simulation/format.h"

#include <cmath>
#include <cstring>
#include <limits>

namespace oi::sim::detail {

namespace {
constexpr std::uint64_t kFnvPrime = 0x100000001B3ULL;
} // namespace

Replication::Replication(const CompiledModel &model, int index, double warmup, const ReplicationControl &control)
    : mModel(model)
    , mIndex(index)
    , mWarmup(warmup)
    , mHorizon(model.settings.horizon)
    , mControl(control)
{
    const size_t nodeCount = model.nodes.size();
    for (size_t n = 0; n < 2 * nodeCount; ++n)
        mRng.emplace_back(model.settings.seed, static_cast<std::uint64_t>(index), n);
    // After every node's: one stream per process for its customers' contacts (failure demand).
    for (size_t p = 0; p < model.processes.size(); ++p)
        mRng.emplace_back(model.settings.seed, static_cast<std::uint64_t>(index), 2 * nodeCount + p);
    mQueues.resize(nodeCount);
    mQueueArea.resize(nodeCount);
    mNodeWip.resize(nodeCount);
    const double hour = model.settings.dayLength / kDayBuckets;
    for (TimeIntegral &q : mQueueArea)
        q.setBuckets(hour, kDayBuckets);
    for (TimeIntegral &w : mNodeWip)
        w.setBuckets(hour, kDayBuckets);
    mRoles.resize(model.roles.size());
    for (size_t r = 0; r < model.roles.size(); ++r) {
        RoleState &s = mRoles[r];
        s.busyArea.setBuckets(hour, kDayBuckets);
        s.availableArea.setBuckets(hour, kDayBuckets);
        s.overtimeArea.setBuckets(hour, kDayBuckets);
        const CompiledModel::CRole &role = model.roles[r];
        const size_t b = role.boundaries.size();
        for (size_t i = 0; i < b; ++i) {
            const double next = i + 1 < b ? role.boundaries[i + 1] : role.period + role.boundaries[0];
            s.capacityAfter.push_back(model.capacityAt(static_cast<int>(r), (role.boundaries[i] + next) / 2));
        }
    }
    mWip.resize(model.processes.size());
    for (TimeIntegral &w : mWip)
        w.setBuckets(hour, kDayBuckets);
    if (control.wipSeries)
        mSeries.setBuckets(mHorizon / 1000, 1000);

    mResult.index = index;
    mResult.observed = mHorizon - warmup;
    mResult.roles.resize(model.roles.size());
    for (const CompiledModel::CProcess &p : model.processes) {
        ProcessRep rep;
        rep.nodes.resize(static_cast<size_t>(p.nodeCount));
        rep.flowCount.assign(static_cast<size_t>(p.flowCount), 0);
        mResult.processes.push_back(std::move(rep));
    }
    for (const CompiledModel::CNode &n : model.nodes)
        mNodeRep.push_back(&mResult.processes[static_cast<size_t>(n.process)].nodes[static_cast<size_t>(n.local)]);
    mEvents.reserve(1024);
}

std::int32_t Replication::newToken(std::uint32_t caseId)
{
    std::int32_t t;
    if (!mFreeTokens.empty()) {
        t = mFreeTokens.back();
        mFreeTokens.pop_back();
    } else {
        t = static_cast<std::int32_t>(mTokens.size());
        mTokens.emplace_back();
    }
    Token &tok = mTokens[static_cast<size_t>(t)];
    const std::uint32_t epoch = tok.epoch;
    tok = Token {};
    tok.epoch = epoch + 1;
    tok.caseId = caseId;
    ++mCases[caseId].live;
    return t;
}

void Replication::freeToken(std::int32_t t)
{
    ++mTokens[static_cast<size_t>(t)].epoch;
    mFreeTokens.push_back(t);
}

void Replication::pushBack(List &list, std::int32_t t)
{
    Token &tok = mTokens[static_cast<size_t>(t)];
    tok.prev = list.tail;
    tok.next = -1;
    if (list.tail >= 0)
        mTokens[static_cast<size_t>(list.tail)].next = t;
    else
        list.head = t;
    list.tail = t;
}

void Replication::pushFront(List &list, std::int32_t t)
{
    Token &tok = mTokens[static_cast<size_t>(t)];
    tok.prev = -1;
    tok.next = list.head;
    if (list.head >= 0)
        mTokens[static_cast<size_t>(list.head)].prev = t;
    else
        list.tail = t;
    list.head = t;
}

void Replication::unlink(List &list, std::int32_t t)
{
    Token &tok = mTokens[static_cast<size_t>(t)];
    if (tok.prev >= 0)
        mTokens[static_cast<size_t>(tok.prev)].next = tok.next;
    else
        list.head = tok.next;
    if (tok.next >= 0)
        mTokens[static_cast<size_t>(tok.next)].prev = tok.prev;
    else
        list.tail = tok.prev;
    tok.prev = tok.next = -1;
}

void Replication::trace(TraceKind kind, double t, const Case &c, int node, int role)
{
    TraceRecord r;
    r.replication = mIndex;
    r.time = t;
    r.kind = kind;
    r.caseNumber = c.number;
    r.process = c.process;
    r.node = node >= 0 ? mModel.nodes[static_cast<size_t>(node)].local : -1;
    r.role = role;
    mControl.observer->onTrace(r);
}

double Replication::nextArrival(int startNode, double t)
{
    const CompiledModel::CNode &n = mModel.nodes[static_cast<size_t>(startNode)];
    Rng &rng = mRng[2 * static_cast<size_t>(startNode)];
    if (n.arrivals.isSet())
        return t + n.arrivals.sample(rng);
    if (!(n.maxRate > 0))
        return std::numeric_limits<double>::infinity();
    // Thinning (Lewis & Shedler): candidates at the peak rate, kept with probability rate(t)/peak.
    for (std::uint64_t tries = 1;; ++tries) {
        if ((tries & 0xFFFF) == 0)
            checkLimits(); // a brief peak in a long quiet period rejects many candidates
        t += -std::log(rng.uniformPositive()) / n.maxRate;
        if (t > mHorizon)
            return t;
        const double pos = t - std::floor(t / n.ratePeriod) * n.ratePeriod;
        double rate = 0;
        for (const RateBlock &b : n.rates)
            if (pos >= b.from && pos < b.to)
                rate += b.perTimeUnit;
        if (rng.uniform() * n.maxRate < rate)
            return t;
    }
}

void Replication::arrival(int startNode, double t)
{
    const std::int32_t tok = openCase(startNode, t);
    mEvents.push(nextArrival(startNode, t), kArrival, static_cast<std::uint32_t>(startNode));
    leaveNode(tok, startNode, t);
}

// Failure demand: each interrupt of the case's process is a Poisson stream of contacts that
// starts once the case has been open `after` and stops when it ends (checked at each contact).
void Replication::scheduleContact(std::uint32_t caseId, std::uint32_t interrupt, double after)
{
    const Case &cs = mCases[caseId];
    const auto &in = mModel.processes[static_cast<size_t>(cs.process)].interrupts[interrupt];
    if (!(in.rate > 0))
        return;
    Rng &rng = mRng[2 * mModel.nodes.size() + static_cast<size_t>(cs.process)];
    const double at = after - std::log(rng.uniformPositive()) / in.rate;
    if (at <= mHorizon)
        mEvents.push(at, kInterrupt, caseId, (cs.generation << 8) | interrupt);
}

void Replication::contact(std::uint32_t caseId, std::uint32_t tag, double t)
{
    const Case &cs = mCases[caseId];
    if (cs.generation != tag >> 8 || cs.live == 0 || cs.abandoned)
        return; // the case ended before its customer called
    const std::uint32_t interrupt = tag & 0xFF;
    const auto &in = mModel.processes[static_cast<size_t>(cs.process)].interrupts[interrupt];
    ++mResult.processes[static_cast<size_t>(cs.process)].failureDemand;
    const std::int32_t tok = openCase(in.startNode, t);
    scheduleContact(caseId, interrupt, t);
    leaveNode(tok, in.startNode, t);
}

std::int32_t Replication::openCase(int startNode, double t)
{
    const CompiledModel::CNode &n = mModel.nodes[static_cast<size_t>(startNode)];
    if (mCases.size() - mFreeCases.size() >= static_cast<size_t>(mModel.settings.maxCases)) {
        // Without this the pools grow until the allocator gives up, many seconds later.
        const Layout::ProcessInfo &p = mModel.layout.processes[static_cast<size_t>(n.process)];
        throw RunawayError("process '" + p.id + "': " + std::to_string(mModel.settings.maxCases)
            + " cases in the system at time " + formatNumber(t) + " of replication " + std::to_string(mIndex)
            + ": arrivals outpace capacity; lower the arrival rate, add staff, or raise the case limit");
    }
    std::uint32_t c;
    if (!mFreeCases.empty()) {
        c = mFreeCases.back();
        mFreeCases.pop_back();
    } else {
        c = static_cast<std::uint32_t>(mCases.size());
        mCases.emplace_back();
    }
    Case &cs = mCases[c];
    cs.process = n.process;
    cs.born = t;
    cs.visits = 1;
    cs.live = 0;
    cs.number = ++mCaseNumber;
    ++cs.generation;
    cs.abandoned = false;
    cs.joins.clear();
    cs.hasPatience = n.patience.isSet();
    if (cs.hasPatience)
        cs.patience = n.patience.sample(mRng[2 * static_cast<size_t>(startNode) + 1]);
    ProcessRep &p = mResult.processes[static_cast<size_t>(n.process)];
    ++p.arrived;
    ++mNodeRep[static_cast<size_t>(startNode)]->visits;
    mWip[static_cast<size_t>(n.process)].add(t, 1);
    if (mControl.wipSeries)
        mSeries.add(t, 1);
    if (mControl.observer)
        trace(TraceKind::Arrival, t, cs, startNode, -1);
    const std::int32_t tok = newToken(c);
    const auto &interrupts = mModel.processes[static_cast<size_t>(n.process)].interrupts;
    for (std::uint32_t i = 0; i < interrupts.size() && i < 256; ++i)
        scheduleContact(c, i, t + interrupts[i].after);
    return tok;
}

void Replication::leaveNode(std::int32_t tok, int node, double t)
{
    const CompiledModel::CNode &n = mModel.nodes[static_cast<size_t>(node)];
    enterNode(tok, mModel.flowTo[static_cast<size_t>(n.firstOut)], t);
}

void Replication::enterNode(std::int32_t tok, int node, double t)
{
    Token &token = mTokens[static_cast<size_t>(tok)];
    Case &cs = mCases[token.caseId];
    if (cs.abandoned) {
        tokenDone(tok, t);
        return;
    }
    const CompiledModel::CNode &n = mModel.nodes[static_cast<size_t>(node)];
    if (++cs.visits > static_cast<std::uint32_t>(mModel.settings.visitLimit)) {
        const Layout::ProcessInfo &p = mModel.layout.processes[static_cast<size_t>(n.process)];
        throw VisitLimitError("process '" + p.id + "': case " + std::to_string(cs.number) + " of replication "
            + std::to_string(mIndex) + " passed " + std::to_string(mModel.settings.visitLimit) + " nodes (last '"
            + p.nodes[static_cast<size_t>(n.local)].id
            + "'): a loop that cases never leave; check the probabilities of flows back");
    }
    token.node = node;
    switch (n.type) {
    case NodeType::Task: arriveAtTask(tok, node, t); return;
    case NodeType::End:
        ++mNodeRep[static_cast<size_t>(node)]->visits;
        tokenDone(tok, t);
        return;
    case NodeType::Timer:
        ++mNodeRep[static_cast<size_t>(node)]->visits;
        mNodeWip[static_cast<size_t>(node)].add(t, 1);
        mEvents.push(t + n.duration.sample(mRng[2 * static_cast<size_t>(node)]), kTimerEnd,
            static_cast<std::uint32_t>(tok), token.epoch);
        return;
    case NodeType::Xor: {
        ++mNodeRep[static_cast<size_t>(node)]->visits;
        const double u = mRng[2 * static_cast<size_t>(node)].uniform();
        size_t k = 0;
        while (k + 1 < n.cumulative.size() && u >= n.cumulative[k])
            ++k;
        const int flow = n.firstOut + static_cast<int>(k);
        ++mResult.processes[static_cast<size_t>(n.process)]
              .flowCount[static_cast<size_t>(flow - mModel.processes[static_cast<size_t>(n.process)].firstFlow)];
        enterNode(tok, mModel.flowTo[static_cast<size_t>(flow)], t);
        return;
    }
    case NodeType::AndSplit: {
        ++mNodeRep[static_cast<size_t>(node)]->visits;
        // All branch tokens exist before any branch moves, so a branch that reaches an and-join
        // at once cannot complete the case early. Indices, not references: the pools may grow.
        const std::uint32_t caseId = token.caseId;
        const size_t base = mSplitStack.size();
        mSplitStack.push_back(tok);
        for (int f = 1; f < n.outCount; ++f)
            mSplitStack.push_back(newToken(caseId));
        for (int f = 0; f < n.outCount; ++f)
            enterNode(
                mSplitStack[base + static_cast<size_t>(f)], mModel.flowTo[static_cast<size_t>(n.firstOut + f)], t);
        mSplitStack.resize(base);
        return;
    }
    case NodeType::AndJoin: {
        ++mNodeRep[static_cast<size_t>(node)]->visits;
        for (size_t i = 0; i < cs.joins.size(); ++i) {
            if (cs.joins[i].node != node)
                continue;
            if (++cs.joins[i].count < n.inCount) {
                tokenDone(tok, t);
                return;
            }
            cs.joins.erase(cs.joins.begin() + static_cast<long>(i));
            leaveNode(tok, node, t);
            return;
        }
        if (n.inCount > 1) {
            cs.joins.push_back({ node, 1 });
            tokenDone(tok, t);
            return;
        }
        leaveNode(tok, node, t);
        return;
    }
    case NodeType::Start: return; // rejected by CompiledModel: start nodes have no incoming flows
    }
}

void Replication::startObserving(double t)
{
    for (TimeIntegral &q : mQueueArea)
        q.reset(t);
    for (TimeIntegral &w : mNodeWip)
        w.reset(t);
    for (RoleState &r : mRoles) {
        r.busyArea.reset(t);
        r.availableArea.reset(t);
        r.overtimeArea.reset(t);
    }
    for (TimeIntegral &w : mWip)
        w.reset(t);
    for (ProcessRep &p : mResult.processes) {
        p.arrived = p.completed = p.abandoned = p.failureDemand = 0;
        p.cycleSum = 0;
        p.cycle = Histogram();
        for (std::uint64_t &f : p.flowCount)
            f = 0;
        for (NodeRep &n : p.nodes)
            n = NodeRep();
    }
}

void Replication::checkLimits()
{
    if (mControl.cancel && mControl.cancel->load(std::memory_order_relaxed))
        throw CancelledError();
    if (mControl.hasDeadline && std::chrono::steady_clock::now() > mControl.deadline)
        throw BudgetExceededError("the wall-clock budget of " + formatNumber(mModel.settings.wallClockBudget)
            + " s was used up in replication " + std::to_string(mIndex) + "; raise the budget or shorten the horizon");
}

ReplicationResult Replication::run()
{
    for (size_t r = 0; r < mRoles.size(); ++r) {
        RoleState &s = mRoles[r];
        s.capacity = mModel.capacityAt(static_cast<int>(r), 0.0);
        s.availableArea.set(0.0, s.capacity);
        const CompiledModel::CRole &def = mModel.roles[r];
        if (!def.boundaries.empty()) {
            std::uint32_t first = 0;
            while (first < def.boundaries.size() && def.boundaries[first] <= 0)
                ++first;
            if (first < def.boundaries.size())
                scheduleShift(static_cast<int>(r), 0, first);
            else
                scheduleShift(static_cast<int>(r), 1, 0);
        }
    }
    // Coverage of every task by the staff able to do it, as the shifts start out.
    mCoverage.assign(mModel.nodes.size(), Coverage {});
    mNodesCoveredBy.assign(mModel.roles.size(), {});
    for (size_t n = 0; n < mModel.nodes.size(); ++n) {
        const CompiledModel::CNode &node = mModel.nodes[n];
        if (node.type != NodeType::Task || node.role < 0)
            continue;
        mNodesCoveredBy[static_cast<size_t>(node.role)].push_back(static_cast<int>(n));
        for (const CompiledModel::Helper &h : mModel.roles[static_cast<size_t>(node.role)].helpers)
            mNodesCoveredBy[static_cast<size_t>(h.role)].push_back(static_cast<int>(n));
        updateCoverage(static_cast<int>(n), 0.0);
    }
    // Cross-training with a window: an event where each window opens and where it closes.
    for (size_t r = 0; r < mModel.roles.size(); ++r)
        for (size_t k = 0; k < mModel.roles[r].helpers.size(); ++k) {
            const CompiledModel::Window &w = mModel.roles[r].helpers[k].window;
            if (w.always())
                continue;
            if (w.from <= mHorizon)
                mEvents.push(w.from, kHelpWindow, static_cast<std::uint32_t>(r), static_cast<std::uint32_t>(2 * k));
            if (w.to <= mHorizon)
                mEvents.push(w.to, kHelpWindow, static_cast<std::uint32_t>(r), static_cast<std::uint32_t>(2 * k + 1));
        }
    for (size_t n = 0; n < mModel.nodes.size(); ++n)
        if (mModel.nodes[n].type == NodeType::Start)
            mEvents.push(nextArrival(static_cast<int>(n), 0.0), kArrival, static_cast<std::uint32_t>(n));
    if (mWarmup > 0)
        mEvents.push(mWarmup, kWarmup);

    std::uint64_t events = 0;
    while (!mEvents.empty() && mEvents.top().time <= mHorizon) {
        const Event e = mEvents.pop();
        ++events;
        std::uint64_t bits;
        std::memcpy(&bits, &e.time, sizeof bits);
        mHash = (mHash ^ (e.kind | (static_cast<std::uint64_t>(e.a) << 8))) * kFnvPrime;
        mHash = (mHash ^ bits) * kFnvPrime;
        if ((events & 4095) == 0)
            checkLimits();
        switch (e.kind) {
        case kArrival: arrival(static_cast<int>(e.a), e.time); break;
        case kInterrupt: contact(e.a, e.b, e.time); break;
        case kServiceEnd: serviceEnd(static_cast<std::int32_t>(e.a), e.b, e.time); break;
        case kAbandon: abandon(static_cast<std::int32_t>(e.a), e.b, e.time); break;
        case kTimerEnd:
            if (mTokens[e.a].epoch == e.b) {
                mNodeWip[static_cast<size_t>(mTokens[e.a].node)].add(e.time, -1);
                leaveNode(static_cast<std::int32_t>(e.a), mTokens[e.a].node, e.time);
            }
            break;
        case kShift: shiftChange(static_cast<int>(e.a), e.b, e.time); break;
        case kHelpWindow: helpWindow(static_cast<int>(e.a), e.b, e.time); break;
        case kWarmup: startObserving(e.time); break;
        }
    }
    checkLimits();

    for (size_t n = 0; n < mModel.nodes.size(); ++n) {
        TimeIntegral &q = mQueueArea[n];
        q.advance(mHorizon);
        NodeRep &rep = *mNodeRep[n];
        rep.queueArea = q.area();
        rep.queueMax = q.max();
        TimeIntegral &w = mNodeWip[n];
        w.advance(mHorizon);
        for (int h = 0; h < kDayBuckets; ++h) {
            rep.queueAreaByHour[static_cast<size_t>(h)] = q.buckets()[static_cast<size_t>(h)];
            rep.wipAreaByHour[static_cast<size_t>(h)] = w.buckets()[static_cast<size_t>(h)];
        }
    }
    for (size_t r = 0; r < mRoles.size(); ++r) {
        RoleState &s = mRoles[r];
        s.busyArea.advance(mHorizon);
        s.availableArea.advance(mHorizon);
        s.overtimeArea.advance(mHorizon);
        RoleRep &rep = mResult.roles[r];
        rep.busyArea = s.busyArea.area();
        rep.availableArea = s.availableArea.area();
        rep.overtimeArea = s.overtimeArea.area();
        for (int h = 0; h < kDayBuckets; ++h) {
            rep.busyByHour[static_cast<size_t>(h)] = s.busyArea.buckets()[static_cast<size_t>(h)];
            rep.availableByHour[static_cast<size_t>(h)] = s.availableArea.buckets()[static_cast<size_t>(h)];
            rep.overtimeByHour[static_cast<size_t>(h)] = s.overtimeArea.buckets()[static_cast<size_t>(h)];
        }
    }
    for (size_t p = 0; p < mWip.size(); ++p) {
        mWip[p].advance(mHorizon);
        mResult.processes[p].wipArea = mWip[p].area();
        mResult.processes[p].inProcessAtEnd = mWip[p].level();
        for (int h = 0; h < kDayBuckets; ++h)
            mResult.processes[p].wipAreaByHour[static_cast<size_t>(h)] = mWip[p].buckets()[static_cast<size_t>(h)];
    }
    if (mControl.wipSeries) {
        mSeries.advance(mHorizon);
        mControl.wipSeries->clear();
        for (double area : mSeries.buckets())
            mControl.wipSeries->push_back(area / (mHorizon / 1000));
    }
    mResult.events = events;
    mResult.fingerprint = mHash;
    return std::move(mResult);
}

} // namespace oi::sim::detail

namespace oi::sim {

ReplicationResult runReplication(
    const CompiledModel &model, int index, double warmup, const ReplicationControl &control)
{
    detail::Replication replication(model, index, warmup, control);
    return replication.run();
}

} // namespace oi::sim
