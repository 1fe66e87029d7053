// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace oi::model {

enum class DistKind { None, Fixed, Uniform, Triangular, Exponential, Normal, Lognormal, Gamma, Erlang, Empirical };

/**
 * A probability distribution as written in the file. Only the fields of `kind` are meaningful:
 * fixed{value}, uniform{min,max}, triangular{min,mode,max}, exponential{mean}, normal{mean,sd}
 * (truncated at 0), lognormal{mean,sd} (of the variable itself), gamma{mean,sd}, erlang{k,mean},
 * empirical{values[,weights]}.
 */
struct Distribution
{
    DistKind kind = DistKind::None;
    double value = 0.0;
    double min = 0.0;
    double mode = 0.0;
    double max = 0.0;
    double mean = 0.0;
    double sd = 0.0;
    int k = 1;
    std::vector<double> values;
    std::vector<double> weights;

    bool isSet() const { return kind != DistKind::None; }
    bool operator==(const Distribution &) const = default;

    static Distribution fixed(double v)
    {
        Distribution d;
        d.kind = DistKind::Fixed;
        d.value = v;
        return d;
    }
    static Distribution exponential(double m)
    {
        Distribution d;
        d.kind = DistKind::Exponential;
        d.mean = m;
        return d;
    }
};

} // namespace oi::model
