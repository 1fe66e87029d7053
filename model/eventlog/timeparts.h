// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces every hand-written time parser shares: digits, a clock, a date checked to exist.
#pragma once

#include "model/eventlog/timestamps.h"

#include <algorithm>
#include <optional>
#include <string_view>

namespace oi::model::eventlog::detail {
struct Cursor
{
    std::string_view s;
    size_t i = 0;

    bool done() const { return i >= s.size(); }
    char peek() const { return done() ? '\0' : s[i]; }
    bool eat(char c)
    {
        if (peek() != c)
            return false;
        ++i;
        return true;
    }
    /** Between `min` and `max` digits; *count receives how many (for fractions). */
    bool digits(int min, int max, int *out, int *count = nullptr)
    {
        int n = 0, v = 0;
        while (n < max && !done() && s[i] >= '0' && s[i] <= '9') {
            v = v * 10 + (s[i] - '0');
            ++i;
            ++n;
        }
        if (count)
            *count = n;
        *out = v;
        return n >= min;
    }
};

struct Clock
{
    int hour = 0, minute = 0, second = 0, millis = 0;
    bool seconds = false;
};

inline int millisFromFraction(int value, int count)
{
    while (count > 3) {
        value /= 10;
        --count;
    }
    while (count < 3) {
        value *= 10;
        ++count;
    }
    return value;
}

// HH:mm[:ss[.fff]] with one- or two-digit hours.
inline bool readClock(Cursor &c, int minHourDigits, Clock *clock)
{
    if (!c.digits(minHourDigits, 2, &clock->hour) || !c.eat(':') || !c.digits(2, 2, &clock->minute))
        return false;
    if (c.eat(':')) {
        if (!c.digits(2, 2, &clock->second))
            return false;
        clock->seconds = true;
        if (c.eat('.') || c.eat(',')) {
            int fraction = 0, count = 0;
            if (!c.digits(1, 9, &fraction, &count))
                return false;
            clock->millis = millisFromFraction(fraction, count);
        }
    }
    return clock->hour <= 23 && clock->minute <= 59 && clock->second <= 60;
}

inline std::optional<Instant> wallClock(int year, int month, int day, const Clock &clock)
{
    const auto days = daysFromCivil(year, month, day);
    if (!days)
        return std::nullopt;
    const int second = std::min(clock.second, 59); // a leap second is read as the second before it
    return ((*days * 24 + clock.hour) * 60 + clock.minute) * 60'000 + second * 1000 + clock.millis;
}

} // namespace oi::model::eventlog::detail
