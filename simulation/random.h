// SPDX-License-Identifier: GPL-3.0-or-later
// Splittable random streams: SplitMix64 derives an independent xoshiro256** state for every
// (seed, replication, stream), so replications can run anywhere in any order and still agree,
// and every node draws from its own stream (common random numbers across scenarios).
#pragma once

#include <cstdint>

namespace oi::sim {

inline std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

class Rng
{
public:
    Rng()
        : Rng(0, 0, 0)
    {
    }
    Rng(std::uint64_t seed, std::uint64_t replication, std::uint64_t stream)
    {
        std::uint64_t a = seed;
        std::uint64_t mixed = splitMix64(a);
        std::uint64_t b = mixed ^ (replication * 0xD1B54A32D192ED03ULL);
        mixed = splitMix64(b);
        std::uint64_t c = mixed ^ (stream * 0xABC98388FB8FAC03ULL + 0x8CB92BA72F3D8DD7ULL);
        for (auto &word : mS)
            word = splitMix64(c);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(mS[1] * 5, 7) * 9;
        const std::uint64_t t = mS[1] << 17;
        mS[2] ^= mS[0];
        mS[3] ^= mS[1];
        mS[1] ^= mS[2];
        mS[0] ^= mS[3];
        mS[2] ^= t;
        mS[3] = rotl(mS[3], 45);
        return result;
    }

    /** Uniform in [0, 1). */
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /** Uniform in (0, 1]: safe for log(). */
    double uniformPositive() { return static_cast<double>((next() >> 11) + 1) * 0x1.0p-53; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t mS[4];
};

} // namespace oi::sim
