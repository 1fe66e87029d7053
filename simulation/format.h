// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers in messages, written the way a person would ("5000", "0.25", "1e-07"), not with
// std::to_string's fixed six decimals.
#pragma once

#include <string>

namespace oi::sim {

/** `value` with at most 12 significant digits and no trailing zeros ("5000", "0.9", "1e-07"). */
std::string formatNumber(double value);

} // namespace oi::sim
