// SPDX-License-Identifier: GPL-3.0-or-later
// Durations fitted by maximum likelihood to every family the engine samples that suits times
// (fixed, exponential, lognormal, gamma, triangular), picked by AIC (the simplest family within 2
// of the lowest), scored by the Kolmogorov–Smirnov distance; when even the best family is far from
// the data, the observed values are kept as an empirical distribution.
#pragma once

#include "model/distribution.h"

#include <QtGlobal>

#include <vector>

namespace oi::model::eventlog {

struct FitCandidate
{
    Distribution distribution;
    double logLikelihood = 0;
    int parameters = 0;
    double aic = 0; // 2 × parameters − 2 × log-likelihood: lower is better
    double ks = 0; // largest gap between the observed and the fitted cumulative share, 0..1
};

struct DurationFit
{
    enum class Why {
        NoData, // nothing observed: fixed 0
        TooFew, // under three values: fixed at their mean
        Constant, // every value the same
        BestAic, // the family with the lowest AIC (the simplest within 2 of it)
        Empirical, // no family within the KS bound: the observed values
    };
    Distribution chosen;
    Why why = Why::NoData;
    qint64 samples = 0;
    double ks = 0; // of the chosen distribution
    double aic = 0; // of the chosen family (not for Empirical)
    double ksBound = 0; // above this the best family was not kept
    std::vector<FitCandidate> candidates; // every family fitted, lowest AIC first
};

/** `values` are durations in the project's time unit, at least 0. */
DurationFit fitDuration(std::vector<double> values);

/** `v` to four significant digits: a draft reads "12.35", not "12.345678901234". */
double fourDigits(double v);

/** The share of draws of `d` that are at most `x` (the engine's parameterisation, model/distribution.h). */
double cumulative(const Distribution &d, double x);

} // namespace oi::model::eventlog
