// SPDX-License-Identifier: GPL-3.0-or-later
// Tasks, queues and staff: who serves what, in which order, and what a shift change does.
#include "simulation/replicationstate.h"

#include <algorithm>
#include <cmath>

namespace oi::sim::detail {

void Replication::arriveAtTask(std::int32_t tok, int node, double t)
{
    const CompiledModel::CNode &n = mModel.nodes[static_cast<size_t>(node)];
    ++mNodeRep[static_cast<size_t>(node)]->visits;
    mNodeWip[static_cast<size_t>(node)].add(t, 1);
    Token &token = mTokens[static_cast<size_t>(tok)];
    token.enqueued = t;
    token.coveredAtEnqueue = coveredTime(node, t);
    token.seq = mQueueSeq++;
    token.resumed = false;
    RoleState &own = mRoles[static_cast<size_t>(n.role)];
    if (own.busy < own.capacity) {
        startService(tok, n.role, t);
        return;
    }
    for (const CompiledModel::Helper &h : mModel.roles[static_cast<size_t>(n.role)].helpers) {
        const RoleState &helper = mRoles[static_cast<size_t>(h.role)];
        if (helper.busy < helper.capacity && h.window.contains(t)) {
            startService(tok, h.role, t);
            return;
        }
    }
    token.queued = true;
    pushBack(mQueues[static_cast<size_t>(node)], tok);
    mQueueArea[static_cast<size_t>(node)].add(t, 1);
    const Case &cs = mCases[token.caseId];
    if (mControl.observer)
        trace(TraceKind::Enqueue, t, cs, node, n.role);
    if (cs.hasPatience)
        mEvents.push(t + cs.patience, kAbandon, static_cast<std::uint32_t>(tok), token.epoch);
}

void Replication::startService(std::int32_t tok, int role, double t)
{
    Token &token = mTokens[static_cast<size_t>(tok)];
    const int node = token.node;
    const CompiledModel::CNode &n = mModel.nodes[static_cast<size_t>(node)];
    double duration;
    if (token.resumed) {
        duration = token.remaining; // handed back at a shift end: resume, do not wait-count twice
        token.resumed = false;
    } else {
        NodeRep &rep = *mNodeRep[static_cast<size_t>(node)];
        const double wait = t - token.enqueued;
        ++rep.served;
        rep.waitSum += wait;
        const double capacity = std::clamp(coveredTime(node, t) - token.coveredAtEnqueue, 0.0, wait);
        rep.waitCapacitySum += capacity;
        rep.waitCoverageSum += wait - capacity;
        if (wait > 0)
            ++rep.waited;
        rep.wait.add(wait);
        duration = n.duration.sample(mRng[2 * static_cast<size_t>(node)]);
    }
    ++token.epoch; // a pending abandonment is now stale
    token.servingRole = role;
    token.serviceEnd = t + duration;
    RoleState &r = mRoles[static_cast<size_t>(role)];
    ++r.busy;
    r.staffChanged(t);
    pushBack(r.inService, tok);
    if (mControl.observer)
        trace(TraceKind::Start, t, mCases[token.caseId], node, role);
    mEvents.push(token.serviceEnd, kServiceEnd, static_cast<std::uint32_t>(tok), token.epoch);
}

void Replication::serviceEnd(std::int32_t tok, std::uint32_t epoch, double t)
{
    Token &token = mTokens[static_cast<size_t>(tok)];
    if (token.epoch != epoch)
        return;
    const int role = token.servingRole;
    RoleState &r = mRoles[static_cast<size_t>(role)];
    unlink(r.inService, tok);
    --r.busy;
    r.staffChanged(t);
    token.servingRole = -1;
    mNodeWip[static_cast<size_t>(token.node)].add(t, -1);
    if (mControl.observer)
        trace(TraceKind::Finish, t, mCases[token.caseId], token.node, role);
    dispatch(role, t);
    leaveNode(tok, token.node, t);
}

void Replication::abandon(std::int32_t tok, std::uint32_t epoch, double t)
{
    Token &token = mTokens[static_cast<size_t>(tok)];
    if (token.epoch != epoch || !token.queued)
        return;
    unlink(mQueues[static_cast<size_t>(token.node)], tok);
    token.queued = false;
    mQueueArea[static_cast<size_t>(token.node)].add(t, -1);
    mNodeWip[static_cast<size_t>(token.node)].add(t, -1);
    Case &cs = mCases[token.caseId];
    cs.abandoned = true;
    ++mResult.processes[static_cast<size_t>(cs.process)].abandoned;
    if (mControl.observer)
        trace(TraceKind::Abandon, t, cs, token.node, -1);
    tokenDone(tok, t);
}

void Replication::tokenDone(std::int32_t tok, double t)
{
    const std::uint32_t caseId = mTokens[static_cast<size_t>(tok)].caseId;
    freeToken(tok);
    Case &cs = mCases[caseId];
    if (--cs.live > 0)
        return;
    ProcessRep &p = mResult.processes[static_cast<size_t>(cs.process)];
    if (!cs.abandoned) {
        const double cycle = t - cs.born;
        ++p.completed;
        p.cycleSum += cycle;
        p.cycle.add(cycle);
        if (mControl.observer)
            trace(TraceKind::Complete, t, cs, -1, -1);
    }
    mWip[static_cast<size_t>(cs.process)].add(t, -1);
    if (mControl.wipSeries)
        mSeries.add(t, -1);
    mFreeCases.push_back(caseId);
}

std::int32_t Replication::takeQueued(int role, double t)
{
    for (;;) {
        std::int32_t best = -1;
        int bestNode = -1, bestTier = 0, bestPriority = 0;
        for (const CompiledModel::Servable &s : mModel.roles[static_cast<size_t>(role)].servable) {
            if (best >= 0 && (s.tier != bestTier || s.priority != bestPriority))
                break; // servable is sorted: later queues rank lower than the one found
            const std::int32_t head = mQueues[static_cast<size_t>(s.node)].head;
            if (head < 0 || !s.window.contains(t))
                continue;
            if (best < 0 || mTokens[static_cast<size_t>(head)].seq < mTokens[static_cast<size_t>(best)].seq) {
                best = head;
                bestNode = s.node;
                bestTier = s.tier;
                bestPriority = s.priority;
            }
        }
        if (best < 0)
            return -1;
        unlink(mQueues[static_cast<size_t>(bestNode)], best);
        mTokens[static_cast<size_t>(best)].queued = false;
        mQueueArea[static_cast<size_t>(bestNode)].add(t, -1);
        if (!mCases[mTokens[static_cast<size_t>(best)].caseId].abandoned)
            return best;
        mNodeWip[static_cast<size_t>(bestNode)].add(t, -1); // a case abandoned elsewhere leaves unserved
        tokenDone(best, t);
    }
}

void Replication::dispatch(int role, double t)
{
    RoleState &r = mRoles[static_cast<size_t>(role)];
    while (r.busy < r.capacity) {
        const std::int32_t tok = takeQueued(role, t);
        if (tok < 0)
            return;
        startService(tok, role, t);
    }
}

double Replication::coveredTime(int node, double t) const
{
    const Coverage &c = mCoverage[static_cast<size_t>(node)];
    return c.covered + (c.onDuty ? t - c.since : 0.0);
}

void Replication::updateCoverage(int node, double t)
{
    Coverage &c = mCoverage[static_cast<size_t>(node)];
    c.covered = coveredTime(node, t);
    c.since = t;
    const CompiledModel::CNode &n = mModel.nodes[static_cast<size_t>(node)];
    bool on = mRoles[static_cast<size_t>(n.role)].capacity > 0;
    for (const CompiledModel::Helper &h : mModel.roles[static_cast<size_t>(n.role)].helpers)
        on = on || (mRoles[static_cast<size_t>(h.role)].capacity > 0 && h.window.contains(t));
    c.onDuty = on;
}

void Replication::helpWindow(int role, std::uint32_t helper, double t)
{
    const CompiledModel::CRole &helped = mModel.roles[static_cast<size_t>(role)];
    const CompiledModel::Helper &h = helped.helpers[helper / 2];
    // Whether help starts or stops, the helped role's tasks change coverage; when it starts, the
    // helper's idle staff take what waits.
    for (const int node : mNodesCoveredBy[static_cast<size_t>(role)])
        if (mModel.nodes[static_cast<size_t>(node)].role == role)
            updateCoverage(node, t);
    dispatch(h.role, t);
    if (t + h.window.period <= mHorizon)
        mEvents.push(t + h.window.period, kHelpWindow, static_cast<std::uint32_t>(role), helper);
}

void Replication::scheduleShift(int role, long long cycle, std::uint32_t boundary)
{
    const CompiledModel::CRole &r = mModel.roles[static_cast<size_t>(role)];
    const double t = static_cast<double>(cycle) * r.period + r.boundaries[boundary];
    if (t <= mHorizon)
        mEvents.push(t, kShift, static_cast<std::uint32_t>(role), boundary);
}

void Replication::shiftChange(int role, std::uint32_t boundary, double t)
{
    const CompiledModel::CRole &def = mModel.roles[static_cast<size_t>(role)];
    RoleState &r = mRoles[static_cast<size_t>(role)];
    r.capacity = r.capacityAfter[boundary];
    r.availableArea.set(t, r.capacity);
    for (const int node : mNodesCoveredBy[static_cast<size_t>(role)])
        updateCoverage(node, t);
    r.staffChanged(t);
    if (mModel.settings.shiftEnd == ShiftEndPolicy::HandBack) {
        // The most recently started tasks go back to the front of their queues.
        while (r.busy > r.capacity && r.inService.tail >= 0) {
            const std::int32_t tok = r.inService.tail;
            Token &token = mTokens[static_cast<size_t>(tok)];
            unlink(r.inService, tok);
            --r.busy;
            r.staffChanged(t);
            ++token.epoch;
            token.remaining = token.serviceEnd - t;
            token.resumed = true;
            token.queued = true;
            token.servingRole = -1;
            pushFront(mQueues[static_cast<size_t>(token.node)], tok);
            mQueueArea[static_cast<size_t>(token.node)].add(t, 1);
        }
        for (const CompiledModel::Helper &h : def.helpers)
            dispatch(h.role, t);
    }
    dispatch(role, t);
    const long long cycle = std::llround((t - def.boundaries[boundary]) / def.period);
    if (boundary + 1 < def.boundaries.size())
        scheduleShift(role, cycle, boundary + 1);
    else
        scheduleShift(role, cycle + 1, 0);
}

} // namespace oi::sim::detail
