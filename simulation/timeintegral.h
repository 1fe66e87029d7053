// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <limits>
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
        mBucketEnd = -std::numeric_limits<double>::infinity();
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
        // Time only moves forward, so the bucket found last time usually still holds `from`: most
        // state changes then cost one comparison here, not a division and a modulo.
        double x = from;
        while (x < to) {
            if (!(x < mBucketEnd))
                locate(x);
            const double end = mBucketEnd < to ? mBucketEnd : to;
            mBuckets[mBucket] += mLevel * (end - x);
            x = end;
        }
    }
    void locate(double x)
    {
        double k = std::floor(x / mWidth);
        double end = (k + 1) * mWidth;
        if (!(end > x)) {
            k += 1;
            end = (k + 1) * mWidth;
        }
        mBucket = static_cast<size_t>(static_cast<long long>(k)) % mBuckets.size();
        mBucketEnd = end;
    }

    double mLevel = 0, mLast = 0, mArea = 0, mMax = 0, mWidth = 1;
    std::vector<double> mBuckets;
    size_t mBucket = 0; // the bucket holding the times up to mBucketEnd (exclusive)
    double mBucketEnd = -std::numeric_limits<double>::infinity();
};

} // namespace oi::sim
