// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulation/input.h"
#include "simulation/random.h"

#include <string>
#include <vector>

namespace oi::sim {

/**
 * A Distribution checked and turned into ready-to-draw parameters (lognormal mu/sigma, gamma
 * shape/scale, empirical cumulative weights), so sampling does no set-up and no allocation.
 */
class Sampler
{
public:
    Sampler() = default;

    /** Empty string when `d` can be sampled; otherwise what is wrong with it, for `what`. */
    static std::string check(const Distribution &d);
    /** Precondition: check(d) is empty. */
    explicit Sampler(const Distribution &d);

    bool isSet() const { return mKind != DistKind::None; }
    DistKind kind() const { return mKind; }
    double sample(Rng &rng) const;
    /** Exact mean of the sampled variable (the normal's mean after truncation at 0). */
    double mean() const;

private:
    double sampleGamma(Rng &rng, double shape) const;
    static double standardNormal(Rng &rng);

    DistKind mKind = DistKind::None;
    double mA = 0.0; // kind-specific parameters
    double mB = 0.0;
    double mC = 0.0;
    int mK = 1;
    std::vector<double> mValues;
    std::vector<double> mCumulative;
};

} // namespace oi::sim
