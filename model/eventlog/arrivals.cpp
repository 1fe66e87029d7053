// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/eventlog/arrivals.h"

#include "model/eventlog/fitting.h"

#include <algorithm>
#include <cmath>

namespace oi::model::eventlog {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr int kHoursPerWeek = 168;

// Hour of the week of a wall-clock instant, Monday 00:00 being 0 (1970-01-01 was a Thursday).
int hourOfWeek(Instant wall)
{
    const qint64 hours = wall >= 0 ? wall / kHour : (wall - kHour + 1) / kHour;
    const qint64 days = hours >= 0 ? hours / 24 : (hours - 23) / 24;
    const int weekday = int(((days + 3) % 7 + 7) % 7);
    return weekday * 24 + int(hours - days * 24);
}

struct HourCounts
{
    std::vector<double> count = std::vector<double>(kHoursPerWeek, 0);
    std::vector<double> exposure = std::vector<double>(kHoursPerWeek, 0); // minutes observed
};

HourCounts countByHour(const std::vector<Instant> &wall)
{
    HourCounts h;
    for (const Instant t : wall)
        h.count[size_t(hourOfWeek(t))] += 1;
    const Instant from = wall.front(), to = wall.back();
    for (Instant hour = from - ((from % kHour) + kHour) % kHour; hour < to; hour += kHour) {
        const double minutes = double(std::min(to, hour + kHour) - std::max(from, hour)) / double(kMinute);
        h.exposure[size_t(hourOfWeek(hour))] += minutes;
    }
    return h;
}

// Pearson's statistic of `count` against `expected`, over the buckets that were observed.
double chiSquare(const std::vector<double> &count, const std::vector<double> &expected, int *buckets)
{
    double x2 = 0;
    *buckets = 0;
    for (size_t b = 0; b < count.size(); ++b) {
        if (expected[b] <= 0)
            continue;
        ++*buckets;
        x2 += (count[b] - expected[b]) * (count[b] - expected[b]) / expected[b];
    }
    return x2;
}

RateCalendar calendarOf(const std::vector<double> &perMinute, double hoursPerBlock)
{
    RateCalendar c;
    c.period = double(perMinute.size()) * hoursPerBlock * 60;
    for (size_t b = 0; b < perMinute.size(); ++b) {
        const double from = double(b) * hoursPerBlock * 60, to = from + hoursPerBlock * 60;
        const double rate = fourDigits(perMinute[b]);
        if (!c.rates.empty() && c.rates.back().perTimeUnit == rate)
            c.rates.back().to = to;
        else
            c.rates.push_back({ from, to, rate });
    }
    return c;
}

} // namespace

double chiSquareBound(int df, double z)
{
    const double k = double(df), v = 2.0 / (9.0 * k);
    return k * std::pow(1 - v + z * std::sqrt(v), 3);
}

ArrivalFit fitArrivals(std::vector<Instant> arrivals, int utcOffsetMinutes)
{
    ArrivalFit fit;
    std::sort(arrivals.begin(), arrivals.end());
    fit.arrivals = qint64(arrivals.size());
    const double span = arrivals.size() < 2 ? 0 : double(arrivals.back() - arrivals.front()) / double(kMinute);
    if (arrivals.size() < 2 || span <= 0) {
        fit.interArrival = Distribution::exponential(1440);
        return fit;
    }
    fit.basis = ArrivalFit::Basis::Constant;
    fit.meanPerMinute = double(arrivals.size() - 1) / span;
    fit.interArrival = Distribution::exponential(fourDigits(span / double(arrivals.size() - 1)));

    // At least a week observed and five arrivals an hour on average, or the test says nothing.
    const double n = double(arrivals.size());
    if (span < 7 * 1440 || n < 5.0 * kHoursPerWeek)
        return fit;
    for (Instant &t : arrivals)
        t += qint64(utcOffsetMinutes) * kMinute;
    const HourCounts h = countByHour(arrivals);
    double exposed = 0;
    for (const double e : h.exposure)
        exposed += e;
    std::vector<double> flat(kHoursPerWeek);
    for (size_t b = 0; b < flat.size(); ++b)
        flat[b] = n * h.exposure[b] / exposed;
    int buckets = 0;
    fit.chiSquare = chiSquare(h.count, flat, &buckets);
    fit.critical = chiSquareBound(buckets - 1);
    if (fit.chiSquare <= fit.critical)
        return fit;

    // A rate per hour of the day, unless the days of the week differ significantly from it.
    std::vector<double> dayCount(24, 0), dayExposure(24, 0);
    for (size_t b = 0; b < size_t(kHoursPerWeek); ++b) {
        dayCount[b % 24] += h.count[b];
        dayExposure[b % 24] += h.exposure[b];
    }
    std::vector<double> byDay(kHoursPerWeek), dayRate(24), weekRate(kHoursPerWeek);
    for (size_t b = 0; b < 24; ++b)
        dayRate[b] = dayExposure[b] > 0 ? dayCount[b] / dayExposure[b] : 0;
    for (size_t b = 0; b < size_t(kHoursPerWeek); ++b) {
        byDay[b] = dayRate[b % 24] * h.exposure[b];
        weekRate[b] = h.exposure[b] > 0 ? h.count[b] / h.exposure[b] : 0;
    }
    const double weekly = chiSquare(h.count, byDay, &buckets);
    if (weekly <= chiSquareBound(std::max(1, buckets - 24))) {
        fit.basis = ArrivalFit::Basis::HourOfDay;
        fit.calendar = calendarOf(dayRate, 1);
    } else {
        fit.basis = ArrivalFit::Basis::HourOfWeek;
        fit.calendar = calendarOf(weekRate, 1);
    }
    return fit;
}

} // namespace oi::model::eventlog
