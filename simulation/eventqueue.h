// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulation/input.h"

#include <cstdint>
#include <vector>

namespace oi::sim {

/** A small POD event; what `a` and `b` mean depends on `kind`. */
struct Event
{
    SimTime time;
    std::uint64_t seq; // insertion order: equal times come out first-in first-out
    std::uint32_t kind;
    std::uint32_t a;
    std::uint32_t b;
};

/**
 * The future event set: a 4-ary min-heap on (time, seq) in one vector. A 4-ary heap halves the
 * depth of a binary heap and keeps siblings in one cache line; the vector keeps its capacity, so
 * the steady state allocates nothing. Stale events (cancelled services) are skipped by the caller
 * through an epoch in `b` rather than removed, which keeps push/pop O(log n) with no lookup.
 */
class EventQueue
{
public:
    void reserve(size_t n) { mHeap.reserve(n); }
    bool empty() const { return mHeap.empty(); }
    size_t size() const { return mHeap.size(); }
    const Event &top() const { return mHeap.front(); }
    void clear()
    {
        mHeap.clear();
        mSeq = 0;
    }

    void push(SimTime time, std::uint32_t kind, std::uint32_t a = 0, std::uint32_t b = 0)
    {
        Event e { time, mSeq++, kind, a, b };
        size_t i = mHeap.size();
        mHeap.push_back(e);
        while (i > 0) {
            const size_t parent = (i - 1) / 4;
            if (!before(e, mHeap[parent]))
                break;
            mHeap[i] = mHeap[parent];
            i = parent;
        }
        mHeap[i] = e;
    }

    Event pop()
    {
        const Event result = mHeap.front();
        const Event last = mHeap.back();
        mHeap.pop_back();
        const size_t n = mHeap.size();
        if (n == 0)
            return result;
        size_t i = 0;
        for (;;) {
            const size_t first = 4 * i + 1;
            if (first >= n)
                break;
            size_t best = first;
            const size_t end = first + 4 < n ? first + 4 : n;
            for (size_t c = first + 1; c < end; ++c)
                if (before(mHeap[c], mHeap[best]))
                    best = c;
            if (!before(mHeap[best], last))
                break;
            mHeap[i] = mHeap[best];
            i = best;
        }
        mHeap[i] = last;
        return result;
    }

private:
    static bool before(const Event &x, const Event &y)
    {
        return x.time < y.time || (x.time == y.time && x.seq < y.seq);
    }
    std::vector<Event> mHeap;
    std::uint64_t mSeq = 0;
};

} // namespace oi::sim
