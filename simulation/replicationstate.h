// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the engine: the state of one replication, shared by replication.cpp (event loop,
// arrivals, routing) and replicationqueues.cpp (tasks, queues, staff, shifts).
#pragma once

#include "simulation/eventqueue.h"
#include "simulation/replication.h"
#include "simulation/timeintegral.h"

#include <cstdint>
#include <vector>

namespace oi::sim::detail {

enum Kind : std::uint32_t { kArrival, kServiceEnd, kAbandon, kTimerEnd, kShift, kWarmup, kInterrupt, kHelpWindow };

/**
 * Cases and their tokens live in pools with free lists, and queues are intrusive lists through
 * the tokens, so the steady state allocates nothing.
 */
class Replication
{
public:
    Replication(const CompiledModel &model, int index, double warmup, const ReplicationControl &control);
    ReplicationResult run();

private:
    struct Token
    {
        std::uint32_t caseId = 0;
        std::int32_t node = -1;
        std::uint32_t epoch = 0; // bumped whenever pending events for this token become stale
        std::int32_t prev = -1, next = -1;
        double enqueued = 0, serviceEnd = 0, remaining = 0;
        double coveredAtEnqueue = 0; // the node's covered time when the token joined its queue
        std::uint64_t seq = 0;
        std::int32_t servingRole = -1;
        bool queued = false, resumed = false;
    };
    struct JoinCount
    {
        std::int32_t node, count;
    };
    struct Case
    {
        std::int32_t process = 0;
        double born = 0, patience = 0;
        std::uint32_t visits = 0, live = 0;
        std::uint64_t number = 0;
        std::uint32_t generation = 0; // bumped when the slot is reused: older contact events are stale
        bool abandoned = false, hasPatience = false;
        std::vector<JoinCount> joins; // keeps its capacity when the slot is reused
    };
    struct List
    {
        std::int32_t head = -1, tail = -1;
    };
    struct RoleState
    {
        int capacity = 0, busy = 0;
        List inService;
        std::vector<int> capacityAfter; // capacity after each shift boundary
        // busyArea integrates min(busy, capacity), overtimeArea the rest (see RoleRep).
        TimeIntegral busyArea, availableArea, overtimeArea;
        void staffChanged(double t)
        {
            busyArea.set(t, busy < capacity ? busy : capacity);
            overtimeArea.set(t, busy > capacity ? busy - capacity : 0);
        }
    };

    std::int32_t newToken(std::uint32_t caseId);
    void freeToken(std::int32_t t);
    void pushBack(List &list, std::int32_t t);
    void pushFront(List &list, std::int32_t t);
    void unlink(List &list, std::int32_t t);

    void arrival(int startNode, double t);
    /** A new case at `startNode` with its first token, which the caller sends on. */
    std::int32_t openCase(int startNode, double t);
    void scheduleContact(std::uint32_t caseId, std::uint32_t interrupt, double after);
    void contact(std::uint32_t caseId, std::uint32_t tag, double t);
    double nextArrival(int startNode, double t);
    void enterNode(std::int32_t tok, int node, double t);
    void leaveNode(std::int32_t tok, int node, double t);
    void arriveAtTask(std::int32_t tok, int node, double t);
    void startService(std::int32_t tok, int role, double t);
    void serviceEnd(std::int32_t tok, std::uint32_t epoch, double t);
    void abandon(std::int32_t tok, std::uint32_t epoch, double t);
    void tokenDone(std::int32_t tok, double t);
    void dispatch(int role, double t);
    std::int32_t takeQueued(int role, double t);
    /** Time so far during which someone able to do `node` was on duty. */
    double coveredTime(int node, double t) const;
    void updateCoverage(int node, double t);
    /** A cross-training window of `role`'s helper (helper / 2) opens (even) or closes (odd). */
    void helpWindow(int role, std::uint32_t helper, double t);
    void shiftChange(int role, std::uint32_t boundary, double t);
    void scheduleShift(int role, long long cycle, std::uint32_t boundary);
    void startObserving(double t);
    void trace(TraceKind kind, double t, const Case &c, int node, int role);
    void checkLimits();

    const CompiledModel &mModel;
    const int mIndex;
    const double mWarmup, mHorizon;
    const ReplicationControl &mControl;
    EventQueue mEvents;
    std::vector<Rng> mRng; // two streams per node: main, patience
    std::vector<Token> mTokens;
    std::vector<std::int32_t> mFreeTokens;
    std::vector<Case> mCases;
    std::vector<std::uint32_t> mFreeCases;
    std::vector<List> mQueues;
    std::vector<TimeIntegral> mQueueArea;
    std::vector<TimeIntegral> mNodeWip; // tokens at each node, for WIP by hour
    struct Coverage
    {
        double covered = 0, since = 0;
        bool onDuty = false;
    };
    std::vector<Coverage> mCoverage; // per node
    std::vector<std::vector<int>> mNodesCoveredBy; // per role: the task nodes it can do
    std::vector<RoleState> mRoles;
    std::vector<TimeIntegral> mWip;
    TimeIntegral mSeries;
    std::vector<NodeRep *> mNodeRep;
    std::vector<std::int32_t> mSplitStack;
    ReplicationResult mResult;
    std::uint64_t mQueueSeq = 0, mCaseNumber = 0, mHash = 0xCBF29CE484222325ULL;
};

} // namespace oi::sim::detail
