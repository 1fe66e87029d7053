// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/mser.h"

#include <cstddef>
#include <limits>

namespace oi::sim {

using std::size_t;

int mser5Truncation(const std::vector<double> &series)
{
    constexpr size_t kBatch = 5;
    std::vector<double> batches;
    for (size_t i = 0; i + kBatch <= series.size(); i += kBatch) {
        double sum = 0;
        for (size_t j = 0; j < kBatch; ++j)
            sum += series[i + j];
        batches.push_back(sum / kBatch);
    }
    const size_t n = batches.size();
    if (n < 4)
        return 0;
    // Suffix sums make every candidate d O(1).
    std::vector<double> sum(n + 1, 0.0), sumSq(n + 1, 0.0);
    for (size_t i = n; i-- > 0;) {
        sum[i] = sum[i + 1] + batches[i];
        sumSq[i] = sumSq[i + 1] + batches[i] * batches[i];
    }
    size_t best = 0;
    double bestValue = std::numeric_limits<double>::infinity();
    for (size_t d = 0; d <= n / 2; ++d) {
        const double m = static_cast<double>(n - d);
        const double mean = sum[d] / m;
        const double value = (sumSq[d] - m * mean * mean) / (m * m);
        if (value < bestValue) {
            bestValue = value;
            best = d;
        }
    }
    return static_cast<int>(best * kBatch);
}

} // namespace oi::sim
