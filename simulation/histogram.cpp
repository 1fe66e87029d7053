// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/histogram.h"

#include <cmath>

namespace oi::sim {

int Histogram::bucketOf(double value)
{
    if (!(value >= std::ldexp(1.0, kMinExponent)))
        return 0;
    int exponent = 0;
    const double mantissa = std::frexp(value, &exponent); // value = mantissa * 2^exponent, mantissa in [0.5, 1)
    const int e = exponent - 1; // value in [2^e, 2^(e+1))
    if (e > kMaxExponent)
        return kBuckets - 1;
    const int sub = static_cast<int>((mantissa * 2.0 - 1.0) * kSubBuckets);
    return 1 + (e - kMinExponent) * kSubBuckets + (sub < kSubBuckets ? sub : kSubBuckets - 1);
}

double Histogram::lowerEdge(int bucket)
{
    if (bucket <= 0)
        return 0.0;
    const int e = (bucket - 1) / kSubBuckets + kMinExponent;
    const int sub = (bucket - 1) % kSubBuckets;
    return std::ldexp(1.0 + static_cast<double>(sub) / kSubBuckets, e);
}

double Histogram::upperEdge(int bucket)
{
    if (bucket <= 0)
        return std::ldexp(1.0, kMinExponent);
    const int e = (bucket - 1) / kSubBuckets + kMinExponent;
    const int sub = (bucket - 1) % kSubBuckets;
    return std::ldexp(1.0 + static_cast<double>(sub + 1) / kSubBuckets, e);
}

void Histogram::add(double value)
{
    if (mCounts.empty())
        mCounts.assign(kBuckets, 0);
    ++mCounts[static_cast<size_t>(bucketOf(value))];
    ++mCount;
}

void Histogram::merge(const Histogram &other)
{
    if (other.mCount == 0)
        return;
    if (mCounts.empty())
        mCounts.assign(kBuckets, 0);
    for (int i = 0; i < kBuckets; ++i)
        mCounts[static_cast<size_t>(i)] += other.mCounts[static_cast<size_t>(i)];
    mCount += other.mCount;
}

double Histogram::quantile(double q) const
{
    if (mCount == 0)
        return 0.0;
    const double rank = q * static_cast<double>(mCount);
    double cumulative = 0;
    for (int i = 0; i < kBuckets; ++i) {
        const double c = static_cast<double>(mCounts[static_cast<size_t>(i)]);
        if (c == 0)
            continue;
        if (cumulative + c >= rank) {
            if (i == 0)
                return 0.0;
            const double within = (rank - cumulative) / c;
            return lowerEdge(i) + within * (upperEdge(i) - lowerEdge(i));
        }
        cumulative += c;
    }
    return upperEdge(kBuckets - 1);
}

std::vector<std::pair<int, std::uint64_t>> Histogram::sparse() const
{
    std::vector<std::pair<int, std::uint64_t>> out;
    for (int i = 0; i < static_cast<int>(mCounts.size()); ++i)
        if (mCounts[static_cast<size_t>(i)] != 0)
            out.emplace_back(i, mCounts[static_cast<size_t>(i)]);
    return out;
}

bool Histogram::addSparse(int index, std::uint64_t count)
{
    if (index < 0 || index >= kBuckets)
        return false;
    if (mCounts.empty())
        mCounts.assign(kBuckets, 0);
    mCounts[static_cast<size_t>(index)] += count;
    mCount += count;
    return true;
}

} // namespace oi::sim
