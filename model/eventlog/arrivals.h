// SPDX-License-Identifier: GPL-3.0-or-later
// When cases arrive: a Poisson process, constant or with a rate for every hour of the week (or of
// the day), chosen by a chi-square test of the counts per hour against a constant rate.
#pragma once

#include "model/eventlog/eventlog.h"
#include "model/project.h"

#include <optional>
#include <vector>

namespace oi::model::eventlog {

struct ArrivalFit
{
    enum class Basis {
        TooFew, // under two arrivals: one a day
        Constant, // exponential inter-arrival times
        HourOfWeek, // a rate calendar with a week's period; hour 0 is Monday 00:00–01:00
        HourOfDay, // a rate calendar with a day's period
    };
    Basis basis = Basis::TooFew;
    Distribution interArrival; // in minutes, when no calendar
    std::optional<RateCalendar> calendar; // rates per minute
    qint64 arrivals = 0;
    double meanPerMinute = 0; // over the whole span
    double chiSquare = 0; // of the counts per hour of the week against a constant rate (0: not tested)
    double critical = 0; // the 0.1 % bound it was compared with
};

/** `arrivals` are the cases' first times; `utcOffsetMinutes` gives the log's wall clock. */
ArrivalFit fitArrivals(std::vector<Instant> arrivals, int utcOffsetMinutes);

/** The chi-square value at `df` degrees of freedom exceeded by chance with the normal tail of `z` (0.1 %). */
double chiSquareBound(int df, double z = 3.0902);

} // namespace oi::model::eventlog
