// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/eventlog/fitting.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

namespace oi::model::eventlog {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kMinusInfinity = -std::numeric_limits<double>::infinity();

double digamma(double x)
{
    double r = 0;
    while (x < 6) {
        r -= 1 / x;
        x += 1;
    }
    const double f = 1 / (x * x);
    return r + std::log(x) - 0.5 / x
        - f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f * (1.0 / 132)))));
}

double trigamma(double x)
{
    double r = 0;
    while (x < 6) {
        r += 1 / (x * x);
        x += 1;
    }
    const double f = 1 / (x * x);
    return r + 1 / x + f / 2 + (1 / (x * x * x)) * (1.0 / 6 - f * (1.0 / 30 - f * (1.0 / 42 - f * (1.0 / 30))));
}

// The regularised lower incomplete gamma function P(a, x): series below a + 1, continued fraction above.
double lowerGamma(double a, double x)
{
    if (x <= 0)
        return 0;
    const double logPrefix = a * std::log(x) - x - std::lgamma(a);
    if (x < a + 1) {
        double term = 1 / a, sum = term;
        for (int n = 1; n < 1000 && std::abs(term) > std::abs(sum) * 1e-15; ++n) {
            term *= x / (a + n);
            sum += term;
        }
        return std::min(1.0, sum * std::exp(logPrefix));
    }
    constexpr double tiny = 1e-300;
    double b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
    for (int i = 1; i < 1000; ++i) {
        const double an = -i * (i - a);
        b += 2;
        d = an * d + b;
        d = std::abs(d) < tiny ? tiny : d;
        c = b + an / c;
        c = std::abs(c) < tiny ? tiny : c;
        d = 1 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1) < 1e-15)
            break;
    }
    return std::max(0.0, 1 - std::exp(logPrefix) * h);
}

double rounded(double v)
{
    return fourDigits(v);
}

double ksDistance(const std::vector<double> &sorted, const Distribution &d)
{
    const double n = double(sorted.size());
    double worst = 0;
    for (size_t i = 0; i < sorted.size();) {
        // Ties are one step of the observed cumulative share.
        size_t j = i;
        while (j < sorted.size() && sorted[j] == sorted[i])
            ++j;
        // Below a value the fitted share is its left limit: a fixed time or an empirical value is a
        // step there, and comparing the share before it with the step's top made a perfect fit 100 % apart.
        const double f = cumulative(d, sorted[i]);
        const double below = cumulative(d, std::nextafter(sorted[i], -std::numeric_limits<double>::infinity()));
        worst = std::max({ worst, std::abs(f - double(j) / n), std::abs(double(i) / n - below) });
        i = j;
    }
    return worst;
}

FitCandidate candidate(Distribution d, double logLikelihood, int parameters, const std::vector<double> &sorted)
{
    FitCandidate c;
    c.distribution = std::move(d);
    c.logLikelihood = logLikelihood;
    c.parameters = parameters;
    c.aic = 2.0 * parameters - 2.0 * logLikelihood;
    c.ks = ksDistance(sorted, c.distribution);
    return c;
}

Distribution lognormal(double mean, double sd)
{
    Distribution d;
    d.kind = DistKind::Lognormal;
    d.mean = rounded(mean);
    d.sd = rounded(sd);
    return d;
}

Distribution gamma(double mean, double sd)
{
    Distribution d;
    d.kind = DistKind::Gamma;
    d.mean = rounded(mean);
    d.sd = rounded(sd);
    return d;
}

std::optional<FitCandidate> fitTriangular(const std::vector<double> &x)
{
    const size_t n = x.size();
    const double range = x.back() - x.front();
    // The bounds lie just beyond the extremes, where the density may still be above zero.
    const double a = std::max(0.0, x.front() - range / double(n));
    const double b = x.back() + range / double(n);
    if (x.front() <= a || b <= a)
        return std::nullopt;
    std::vector<double> below(n + 1, 0), above(n + 1, 0); // sums of log(x - a) before i, log(b - x) from i
    for (size_t i = 0; i < n; ++i)
        below[i + 1] = below[i] + std::log(x[i] - a);
    for (size_t i = n; i-- > 0;)
        above[i] = above[i + 1] + std::log(b - x[i]);
    double best = kMinusInfinity;
    size_t mode = 0;
    for (size_t k = 0; k < n; ++k) {
        const double c = x[k];
        const double ll = below[k] - double(k) * std::log(c - a) + above[k] - double(n - k) * std::log(b - c);
        if (ll > best) {
            best = ll;
            mode = k;
        }
    }
    Distribution d;
    d.kind = DistKind::Triangular;
    d.min = rounded(a);
    d.mode = rounded(x[mode]);
    d.max = rounded(b);
    d.min = std::min(d.min, d.mode);
    d.max = std::max(d.max, d.mode);
    if (d.min >= d.max)
        return std::nullopt;
    const double ll = double(n) * std::log(2.0) - double(n) * std::log(b - a) + best;
    return candidate(d, ll, 3, x);
}

Distribution empirical(const std::vector<double> &sorted)
{
    Distribution d;
    d.kind = DistKind::Empirical;
    std::vector<double> distinct = sorted;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    if (distinct.size() <= 100) {
        for (const double v : distinct) {
            d.values.push_back(rounded(v));
            d.weights.push_back(double(
                std::upper_bound(sorted.begin(), sorted.end(), v) - std::lower_bound(sorted.begin(), sorted.end(), v)));
        }
        return d;
    }
    // A hundred equally likely values, each the middle of its hundredth of the data.
    for (int j = 0; j < 100; ++j)
        d.values.push_back(rounded(sorted[size_t((j + 0.5) / 100.0 * double(sorted.size()))]));
    return d;
}

} // namespace

double fourDigits(double v)
{
    if (v == 0 || !std::isfinite(v))
        return v;
    const double scale = std::pow(10.0, 3 - std::floor(std::log10(std::abs(v))));
    return std::round(v * scale) / scale;
}

double cumulative(const Distribution &d, double x)
{
    switch (d.kind) {
    case DistKind::None: return 1;
    case DistKind::Fixed: return x >= d.value ? 1 : 0;
    case DistKind::Uniform:
        return d.max <= d.min ? (x >= d.min ? 1 : 0) : std::clamp((x - d.min) / (d.max - d.min), 0.0, 1.0);
    case DistKind::Triangular:
        if (x <= d.min)
            return 0;
        if (x >= d.max)
            return 1;
        if (x <= d.mode)
            return (x - d.min) * (x - d.min) / ((d.max - d.min) * (d.mode - d.min));
        return 1 - (d.max - x) * (d.max - x) / ((d.max - d.min) * (d.max - d.mode));
    case DistKind::Exponential: return x <= 0 ? 0 : 1 - std::exp(-x / d.mean);
    case DistKind::Normal: return 0.5 * std::erfc(-(x - d.mean) / (d.sd * std::sqrt(2.0)));
    case DistKind::Lognormal: {
        if (x <= 0)
            return 0;
        const double sigma2 = std::log(1 + d.sd * d.sd / (d.mean * d.mean));
        const double mu = std::log(d.mean) - sigma2 / 2;
        return 0.5 * std::erfc(-(std::log(x) - mu) / std::sqrt(2 * sigma2));
    }
    case DistKind::Gamma: {
        const double shape = d.mean * d.mean / (d.sd * d.sd), scale = d.sd * d.sd / d.mean;
        return lowerGamma(shape, x / scale);
    }
    case DistKind::Erlang: return lowerGamma(d.k, x * d.k / d.mean);
    case DistKind::Empirical: {
        double total = 0, below = 0;
        for (size_t i = 0; i < d.values.size(); ++i) {
            const double w = d.weights.empty() ? 1 : d.weights[i];
            total += w;
            below += d.values[i] <= x ? w : 0;
        }
        return total > 0 ? below / total : 1;
    }
    }
    return 1;
}

DurationFit fitDuration(std::vector<double> values)
{
    DurationFit fit;
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v) || v < 0; }),
        values.end());
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    fit.samples = qint64(n);
    if (n == 0) {
        fit.chosen = Distribution::fixed(0);
        return fit;
    }
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / double(n);
    if (n < 3 || values.back() - values.front() <= 1e-9 * std::max(1.0, mean)) {
        fit.why = n < 3 ? DurationFit::Why::TooFew : DurationFit::Why::Constant;
        fit.chosen = Distribution::fixed(rounded(mean));
        fit.ks = ksDistance(values, fit.chosen);
        return fit;
    }

    if (mean > 0)
        fit.candidates.push_back(
            candidate(Distribution::exponential(rounded(mean)), -double(n) * std::log(mean) - double(n), 1, values));
    // Lognormal and gamma live above zero; a few zeros (times to the second) count as half the shortest time.
    const size_t zeros = size_t(std::upper_bound(values.begin(), values.end(), 0.0) - values.begin());
    if (zeros < n && zeros * 100 <= n) {
        const double floor = values[zeros] / 2;
        double sumLog = 0, sumLog2 = 0;
        for (const double v : values) {
            const double l = std::log(std::max(v, floor));
            sumLog += l;
            sumLog2 += l * l;
        }
        const double mu = sumLog / double(n);
        const double sigma2 = std::max(sumLog2 / double(n) - mu * mu, 1e-12);
        const double llLog = -sumLog - double(n) / 2 * std::log(2 * kPi * sigma2) - double(n) / 2;
        const double lnMean = std::exp(mu + sigma2 / 2);
        fit.candidates.push_back(
            candidate(lognormal(lnMean, lnMean * std::sqrt(std::exp(sigma2) - 1)), llLog, 2, values));

        const double s = std::log(mean) - mu;
        if (s > 0) {
            double k = (3 - s + std::sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
            for (int i = 0; i < 100; ++i) {
                const double step = (std::log(k) - digamma(k) - s) / (1 / k - trigamma(k));
                const double next = k - step > 0 ? k - step : k / 2;
                const bool done = std::abs(next - k) < 1e-12 * k;
                k = next;
                if (done)
                    break;
            }
            const double theta = mean / k;
            const double llGamma = (k - 1) * sumLog - double(n) * mean / theta - double(n) * std::lgamma(k)
                - double(n) * k * std::log(theta);
            fit.candidates.push_back(candidate(gamma(mean, std::sqrt(k) * theta), llGamma, 2, values));
        }
    }
    if (const auto t = fitTriangular(values))
        fit.candidates.push_back(*t);
    std::stable_sort(fit.candidates.begin(), fit.candidates.end(),
        [](const FitCandidate &a, const FitCandidate &b) { return a.aic < b.aic; });

    // Within 2 of the lowest AIC the data cannot tell families apart: the one with fewer parameters
    // reads better (an exponential, not the gamma of shape 1.01 that chance made a little likelier).
    const FitCandidate *best = fit.candidates.empty() ? nullptr : &fit.candidates.front();
    for (const FitCandidate &c : fit.candidates)
        if (c.aic <= fit.candidates.front().aic + 2 && c.parameters < best->parameters)
            best = &c;
    // A family further from the data than the 1 % Kolmogorov bound (and 5 points) is no fit.
    fit.ksBound = std::max(0.05, 1.63 / std::sqrt(double(n)));
    if (best && (best->ks <= fit.ksBound || n < 30)) {
        fit.why = DurationFit::Why::BestAic;
        fit.chosen = best->distribution;
        fit.ks = best->ks;
        fit.aic = best->aic;
        return fit;
    }
    fit.why = DurationFit::Why::Empirical;
    fit.chosen = empirical(values);
    fit.ks = ksDistance(values, fit.chosen);
    return fit;
}

} // namespace oi::model::eventlog
