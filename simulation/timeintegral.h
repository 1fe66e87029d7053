// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <vector>

namespace oi::sim {

/**
 * The integral over time of a piecewise-constant level (queue length, busy staff), optionally
 * also split into repeating buckets (hours of the day) so windows can be compared.
 */
class TimeIntegral
{
public:
    void setBuckets(double width, int count)
    {
        mWidth = width;
        mBuckets.assign(static_cast<size_t>(count), 0.0);
    }
    void set(double t, double level)
    {
        advance(t);
        mLevel = level;
        if (level > mMax)
            mMax = level;
    }
    void add(double t, double delta) { set(t, mLevel + delta); }
    void advance(double t)
    {
        if (t > mLast && mLevel != 0) {
            mArea += mLevel * (t - mLast);
            if (!mBuckets.empty())
                spread(mLast, t);
        }
        if (t > mLast)
            mLast = t;
    }
    /** Starts observing at t (end of warm-up): the level carries on, the sums restart. */
    void reset(double t)
    {
        advance(t);
        mArea = 0;
        mMax = mLevel;
        for (double &b : mBuckets)
            b = 0;
    }
    double level() const { return mLevel; }
    double area() const { return mArea; }
    double max() const { return mMax; }
    const std::vector<double> &buckets() const { return mBuckets; }

private:
    void spread(double from, double to)
    {
        const size_t n = mBuckets.size();
        double x = from;
        while (x < to) {
            double k = std::floor(x / mWidth);
            double end = (k + 1) * mWidth;
            if (!(end > x)) {
                k += 1;
                end = (k + 1) * mWidth;
            }
            if (end > to)
                end = to;
            mBuckets[static_cast<size_t>(static_cast<long long>(k)) % n] += mLevel * (end - x);
            x = end;
        }
    }

    double mLevel = 0, mLast = 0, mArea = 0, mMax = 0, mWidth = 1;
    std::vector<double> mBuckets;
};

} // namespace oi::sim
