// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace oi::sim {

/**
 * A log-linear histogram of non-negative values (32 linear sub-buckets per power of two, from
 * 2^-20 to 2^40; smaller values count as 0): constant memory, percentiles within ~3 %, and an
 * exact merge by adding counts, so shards merge to the same percentiles as one run.
 */
class Histogram
{
public:
    static constexpr int kSubBuckets = 32;
    static constexpr int kMinExponent = -20;
    static constexpr int kMaxExponent = 40;
    static constexpr int kBuckets = 1 + (kMaxExponent - kMinExponent + 1) * kSubBuckets;

    void add(double value);
    void merge(const Histogram &other);
    std::uint64_t count() const { return mCount; }
    /** q in [0, 1]; 0 when empty. Interpolates linearly inside the bucket. */
    double quantile(double q) const;

    /** Non-zero buckets as (index, count), for storing. */
    std::vector<std::pair<int, std::uint64_t>> sparse() const;
    /** Returns false if an index is out of range. */
    bool addSparse(int index, std::uint64_t count);

    static int bucketOf(double value);
    static double lowerEdge(int bucket);
    static double upperEdge(int bucket);

private:
    std::vector<std::uint64_t> mCounts; // allocated on first add
    std::uint64_t mCount = 0;
};

} // namespace oi::sim
