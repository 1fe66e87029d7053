// SPDX-License-Identifier: GPL-3.0-or-later
// A scenario comparison as JSON for scripts (ids, the project's time unit) and as text for people
// (names, durations in the unit that reads best, %, per day, "no significant difference").
#pragma once

#include "model/comparison.h"
#include "model/project.h"

#include <QJsonObject>
#include <QString>

namespace oi::model {

/**
 * {"scenarios": [ids], "baseline": id, "replications", "seed", "horizon", "warmup", "time_unit",
 *  "kpis": [{"process", "process_name", "kpi", "unit", "ran": {scenario: process},
 *            "values": {scenario: {"mean", "ci95", "n"}},
 *            "differences": [{"from", "to", "mean", "ci95", "n", "significant"}]}]}
 * Numbers that do not exist (nothing measured) are null.
 */
QJsonObject comparisonToJson(const Comparison &comparison, const Project &project);

/** One table per process: a row per KPI, a column per scenario, then each later one − the baseline. */
QString formatComparisonText(const Comparison &comparison, const Project &project);

/** The row label of a KPI, as the text table and the studio's comparison table read it ("mean cycle time"). */
QString comparedKpiLabel(ComparedKpi kpi);
/** A scenario's value in a KPI's row; `baseline`, the row's first mean, chooses the row's unit (per hour or day). */
QString comparedValueText(ComparedKpi kpi, TimeUnit unit, double baseline, const sim::Stat &value);
/** A change against the baseline: signed, with its interval, and ", no significant difference" when it spans zero. */
QString comparedChangeText(ComparedKpi kpi, TimeUnit unit, double baseline, const PairedDifference &difference);

} // namespace oi::model
