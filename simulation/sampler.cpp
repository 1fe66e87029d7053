// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/sampler.h"

#include "simulation/format.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace oi::sim {

namespace {
constexpr double kPi = 3.14159265358979323846;

std::string number(double v)
{
    return formatNumber(v);
}
} // namespace

Distribution Distribution::scaled(double factor) const
{
    Distribution d = *this;
    d.value *= factor;
    d.min *= factor;
    d.mode *= factor;
    d.max *= factor;
    d.mean *= factor;
    d.sd *= factor;
    for (double &v : d.values)
        v *= factor;
    return d;
}

Distribution Distribution::fixed(double v)
{
    Distribution d;
    d.kind = DistKind::Fixed;
    d.value = v;
    return d;
}
Distribution Distribution::exponential(double m)
{
    Distribution d;
    d.kind = DistKind::Exponential;
    d.mean = m;
    return d;
}
Distribution Distribution::uniform(double lo, double hi)
{
    Distribution d;
    d.kind = DistKind::Uniform;
    d.min = lo;
    d.max = hi;
    return d;
}
Distribution Distribution::triangular(double lo, double mo, double hi)
{
    Distribution d;
    d.kind = DistKind::Triangular;
    d.min = lo;
    d.mode = mo;
    d.max = hi;
    return d;
}
Distribution Distribution::normal(double m, double s)
{
    Distribution d;
    d.kind = DistKind::Normal;
    d.mean = m;
    d.sd = s;
    return d;
}
Distribution Distribution::lognormal(double m, double s)
{
    Distribution d;
    d.kind = DistKind::Lognormal;
    d.mean = m;
    d.sd = s;
    return d;
}
Distribution Distribution::gamma(double m, double s)
{
    Distribution d;
    d.kind = DistKind::Gamma;
    d.mean = m;
    d.sd = s;
    return d;
}
Distribution Distribution::erlang(int k, double m)
{
    Distribution d;
    d.kind = DistKind::Erlang;
    d.k = k;
    d.mean = m;
    return d;
}
Distribution Distribution::empirical(std::vector<double> values, std::vector<double> weights)
{
    Distribution d;
    d.kind = DistKind::Empirical;
    d.values = std::move(values);
    d.weights = std::move(weights);
    return d;
}

std::string Sampler::check(const Distribution &d)
{
    auto finite = [](double v) { return std::isfinite(v); };
    switch (d.kind) {
    case DistKind::None: return "no distribution given";
    case DistKind::Fixed:
        return finite(d.value) && d.value >= 0 ? "" : "fixed value must be >= 0, got " + number(d.value);
    case DistKind::Uniform:
        if (!finite(d.min) || !finite(d.max) || d.min < 0 || d.max < d.min)
            return "uniform needs 0 <= min <= max, got min " + number(d.min) + ", max " + number(d.max);
        return "";
    case DistKind::Triangular:
        if (!finite(d.min) || !finite(d.max) || d.min < 0 || d.mode < d.min || d.max < d.mode || d.max <= d.min)
            return "triangular needs 0 <= min <= mode <= max and min < max, got " + number(d.min) + ", "
                + number(d.mode) + ", " + number(d.max);
        return "";
    case DistKind::Exponential:
        return finite(d.mean) && d.mean > 0 ? "" : "exponential mean must be > 0, got " + number(d.mean);
    case DistKind::Normal:
        if (!finite(d.mean) || !finite(d.sd) || d.sd < 0)
            return "normal needs a finite mean and sd >= 0";
        // Truncation at 0 by rejection: a mean far below 0 would almost never be accepted.
        if (d.mean < 0 && (d.sd == 0 || -d.mean > 4 * d.sd))
            return "normal mean " + number(d.mean) + " is too far below 0 for truncation at 0";
        return "";
    case DistKind::Lognormal:
    case DistKind::Gamma:
        if (!finite(d.mean) || !finite(d.sd) || d.mean <= 0 || d.sd <= 0)
            return std::string(d.kind == DistKind::Gamma ? "gamma" : "lognormal")
                + " needs mean > 0 and sd > 0, got mean " + number(d.mean) + ", sd " + number(d.sd);
        return "";
    case DistKind::Erlang:
        if (d.k < 1 || d.k > 1000 || !finite(d.mean) || d.mean <= 0)
            return "erlang needs 1 <= k <= 1000 and mean > 0, got k " + std::to_string(d.k) + ", mean "
                + number(d.mean);
        return "";
    case DistKind::Empirical: {
        if (d.values.empty())
            return "empirical needs at least one value";
        if (!d.weights.empty() && d.weights.size() != d.values.size())
            return "empirical has " + std::to_string(d.values.size()) + " values but "
                + std::to_string(d.weights.size()) + " weights";
        for (double v : d.values)
            if (!finite(v) || v < 0)
                return "empirical values must be >= 0, got " + number(v);
        double total = 0;
        for (double w : d.weights) {
            if (!finite(w) || w < 0)
                return "empirical weights must be >= 0, got " + number(w);
            total += w;
        }
        if (!d.weights.empty() && total <= 0)
            return "empirical weights must not all be 0";
        return "";
    }
    }
    return "unknown distribution";
}

Sampler::Sampler(const Distribution &d)
    : mKind(d.kind)
{
    switch (d.kind) {
    case DistKind::None: break;
    case DistKind::Fixed: mA = d.value; break;
    case DistKind::Uniform:
        mA = d.min;
        mB = d.max - d.min;
        break;
    case DistKind::Triangular:
        mA = d.min;
        mB = d.mode;
        mC = d.max;
        break;
    case DistKind::Exponential: mA = d.mean; break;
    case DistKind::Normal:
        mA = d.mean;
        mB = d.sd;
        break;
    case DistKind::Lognormal: {
        // Parameterised by the variable's own mean and sd, as people measure them.
        const double sigma2 = std::log(1.0 + (d.sd * d.sd) / (d.mean * d.mean));
        mA = std::log(d.mean) - sigma2 / 2;
        mB = std::sqrt(sigma2);
        mC = d.mean;
        break;
    }
    case DistKind::Gamma:
        mA = (d.mean * d.mean) / (d.sd * d.sd); // shape
        mB = (d.sd * d.sd) / d.mean; // scale
        break;
    case DistKind::Erlang:
        mK = d.k;
        mA = d.mean / d.k;
        break;
    case DistKind::Empirical: {
        mValues = d.values;
        mCumulative.resize(d.values.size());
        double total = 0;
        for (size_t i = 0; i < d.values.size(); ++i) {
            total += d.weights.empty() ? 1.0 : d.weights[i];
            mCumulative[i] = total;
        }
        for (double &c : mCumulative)
            c /= total;
        mCumulative.back() = 1.0;
        break;
    }
    }
}

double Sampler::standardNormal(Rng &rng)
{
    const double u1 = rng.uniformPositive();
    const double u2 = rng.uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * kPi * u2);
}

double Sampler::sampleGamma(Rng &rng, double shape) const
{
    // Marsaglia & Tsang (2000); shape < 1 through the boost U^(1/shape).
    if (shape < 1.0) {
        const double u = rng.uniformPositive();
        return sampleGamma(rng, shape + 1.0) * std::pow(u, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x, v;
        do {
            x = standardNormal(rng);
            v = 1.0 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const double u = rng.uniformPositive();
        if (u < 1.0 - 0.0331 * x * x * x * x || std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
            return d * v;
    }
}

double Sampler::sample(Rng &rng) const
{
    switch (mKind) {
    case DistKind::None: return 0.0;
    case DistKind::Fixed: return mA;
    case DistKind::Uniform: return mA + mB * rng.uniform();
    case DistKind::Triangular: {
        const double u = rng.uniform();
        const double f = (mB - mA) / (mC - mA);
        if (u < f)
            return mA + std::sqrt(u * (mC - mA) * (mB - mA));
        return mC - std::sqrt((1.0 - u) * (mC - mA) * (mC - mB));
    }
    case DistKind::Exponential: return -mA * std::log(rng.uniformPositive());
    case DistKind::Normal:
        for (;;) {
            const double x = mA + mB * standardNormal(rng);
            if (x >= 0)
                return x;
        }
    case DistKind::Lognormal: return std::exp(mA + mB * standardNormal(rng));
    case DistKind::Gamma: return sampleGamma(rng, mA) * mB;
    case DistKind::Erlang: {
        double logSum = 0;
        for (int i = 0; i < mK; ++i)
            logSum += std::log(rng.uniformPositive());
        return -mA * logSum;
    }
    case DistKind::Empirical: {
        const double u = rng.uniform();
        const auto it = std::upper_bound(mCumulative.begin(), mCumulative.end(), u);
        const size_t i = std::min<size_t>(static_cast<size_t>(it - mCumulative.begin()), mValues.size() - 1);
        return mValues[i];
    }
    }
    return 0.0;
}

double Sampler::mean() const
{
    switch (mKind) {
    case DistKind::None: return 0.0;
    case DistKind::Fixed: return mA;
    case DistKind::Uniform: return mA + mB / 2;
    case DistKind::Triangular: return (mA + mB + mC) / 3;
    case DistKind::Exponential: return mA;
    case DistKind::Normal: {
        if (mB == 0)
            return mA;
        const double alpha = -mA / mB;
        const double phi = std::exp(-alpha * alpha / 2) / std::sqrt(2 * kPi);
        const double tail = 0.5 * std::erfc(alpha / std::sqrt(2.0));
        return mA + mB * phi / tail;
    }
    case DistKind::Lognormal: return mC;
    case DistKind::Gamma: return mA * mB;
    case DistKind::Erlang: return mA * mK;
    case DistKind::Empirical: {
        double m = 0, prev = 0;
        for (size_t i = 0; i < mValues.size(); ++i) {
            m += mValues[i] * (mCumulative[i] - prev);
            prev = mCumulative[i];
        }
        return m;
    }
    }
    return 0.0;
}

} // namespace oi::sim
