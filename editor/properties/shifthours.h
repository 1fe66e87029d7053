// SPDX-License-Identifier: GPL-3.0-or-later
// A role's shift calendar as staff on duty per hour of the day, the grid the role form edits, and
// back: equal neighbouring hours make one block.
#pragma once

#include "model/project.h"

#include <array>
#include <optional>

namespace oi::editor {

/** Staff on duty in each hour 00..23 of a day. */
using HourlyStaff = std::array<int, 24>;

struct ShiftHours
{
    HourlyStaff staff {};
    /** Some block starts or ends off the hour: the hours show it rounded. */
    bool rounded = false;
    /** The calendar repeats over another period than a day: the hours show its first day. */
    bool otherPeriod = false;
};

/**
 * The staff on duty in each hour: the block covering the middle of the hour (so a block starting at
 * 08:20 counts from 08:00, one starting at 08:40 from 09:00). `unitsPerDay` is model::unitsPerDay().
 */
ShiftHours shiftHours(const model::ShiftCalendar &calendar, double unitsPerDay);

/** A daily calendar from hourly staff, equal neighbouring hours merged; none when nobody is ever on duty. */
std::optional<model::ShiftCalendar> shiftCalendar(const HourlyStaff &staff, double unitsPerDay);

} // namespace oi::editor
