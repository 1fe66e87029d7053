// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace oi::sim {

/** The engine's behaviour version: bumped whenever results for the same input and seed change. */
int engineVersion();

} // namespace oi::sim
