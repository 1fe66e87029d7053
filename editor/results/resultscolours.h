// SPDX-License-Identifier: GPL-3.0-or-later
// One scale for simulation results on every view (journey map, process diagram, dashboard), so the
// same red means the constraint everywhere.
#pragma once

#include <QColor>

namespace oi::editor::results {

// White text on these keeps WCAG AA (at least 4.5:1): red 5.5, amber 4.9, green 5.2.
inline const QColor kConstraint { 0xc5, 0x30, 0x30 };
inline const QColor kLongWait { 0xb0, 0x5a, 0x12 };
inline const QColor kShortWait { 0x2f, 0x7a, 0x4f };
/** Busy from this share up counts as "busy" on the maps (amber) unless it is the constraint. */
constexpr double kBusyShare = 0.7;

} // namespace oi::editor::results
