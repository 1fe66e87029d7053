// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/format.h"

#include <charconv>

namespace oi::sim {

std::string formatNumber(double value)
{
    // 12 significant digits as %g would: enough for any input a person typed, and a sum like
    // 0.3 + 0.6 shows as 0.9 rather than its exact binary value 0.8999999999999999.
    char buffer[64];
    const std::to_chars_result r = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 12);
    return std::string(buffer, r.ptr);
}

} // namespace oi::sim
