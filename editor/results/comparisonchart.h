// SPDX-License-Identifier: GPL-3.0-or-later
// One KPI of a comparison as a chart: the scenarios' means side by side, each with its interval.
#pragma once

#include "editor/results/resultscharts.h"

#include "model/comparison.h"
#include "model/project.h"

namespace oi::editor::results {

/** Row `index` of `comparison.kpis`, the scenarios named `labels`, in the units the table reads. */
BuiltChart comparisonChart(
    const model::Comparison &comparison, std::size_t index, const QStringList &labels, const model::Project &project);

} // namespace oi::editor::results
