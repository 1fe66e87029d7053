// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/version.h"

namespace oi::sim {

int engineVersion()
{
    // 2: utilisation counts busy time within capacity only, overtime apart; hours without staff
    // have no utilisation. Same event sequence as 1, different summaries, so no merging across.
    // 3: replications carry WIP by hour per node and process (same event sequence as 2).
    // 4: waits split into capacity and coverage waits; failure demand (interrupts) and its streams.
    return 4;
}

} // namespace oi::sim
