// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/properties/shifthours.h"

#include <cmath>

namespace oi::editor {

namespace {

bool onTheHour(double t, double hour)
{
    const double hours = t / hour;
    return std::abs(hours - std::round(hours)) < 1e-9;
}

} // namespace

ShiftHours shiftHours(const model::ShiftCalendar &calendar, double unitsPerDay)
{
    ShiftHours result;
    const double hour = unitsPerDay / 24.0;
    result.otherPeriod = std::abs(calendar.period - unitsPerDay) > 1e-9;
    for (int h = 0; h < 24; ++h) {
        const double middle = (h + 0.5) * hour;
        for (const model::ShiftBlock &b : calendar.capacity) {
            if (b.from <= middle && middle < b.to) {
                result.staff[size_t(h)] = b.headcount;
                break; // blocks do not overlap (the validator says so when they do)
            }
        }
    }
    for (const model::ShiftBlock &b : calendar.capacity)
        if (!onTheHour(b.from, hour) || !onTheHour(b.to, hour))
            result.rounded = true;
    return result;
}

std::optional<model::ShiftCalendar> shiftCalendar(const HourlyStaff &staff, double unitsPerDay)
{
    const double hour = unitsPerDay / 24.0;
    model::ShiftCalendar calendar;
    calendar.period = unitsPerDay;
    for (int h = 0; h < 24;) {
        int end = h + 1;
        while (end < 24 && staff[size_t(end)] == staff[size_t(h)])
            ++end;
        // Hours nobody is on duty are the gaps between blocks.
        if (staff[size_t(h)] > 0) {
            model::ShiftBlock block;
            block.from = h * hour;
            block.to = end * hour;
            block.headcount = staff[size_t(h)];
            calendar.capacity.push_back(block);
        }
        h = end;
    }
    if (calendar.capacity.empty())
        return std::nullopt;
    return calendar;
}

} // namespace oi::editor
