// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace oi::sim {

/**
 * MSER-5 (White 1997; Franklin & White 2008): batch the series in means of 5 and return the
 * number of leading observations to delete, d, minimising the squared standard error of the
 * remaining mean, searched over the first half of the batches.
 */
int mser5Truncation(const std::vector<double> &series);

} // namespace oi::sim
