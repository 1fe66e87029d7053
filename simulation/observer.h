// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace oi::sim {

enum class TraceKind { Arrival, Enqueue, Start, Finish, Abandon, Complete };

/** One step of one case; process/node index into Layout, role into Layout::roles (-1: none). */
struct TraceRecord
{
    int replication = 0;
    double time = 0;
    TraceKind kind = TraceKind::Arrival;
    std::uint64_t caseNumber = 0;
    int process = -1;
    int node = -1;
    int role = -1;
};

/**
 * Sees every step of every case, for event logs and animation. When an observer is given the
 * replications run one after another on the calling thread, so it needs no locking.
 */
class EventObserver
{
public:
    virtual ~EventObserver() = default;
    virtual void onTrace(const TraceRecord &record) = 0;
};

} // namespace oi::sim
