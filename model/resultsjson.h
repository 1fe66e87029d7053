// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON form of simulation results: the CLI's output, the input of `merge`, and what the
// studio stores in its run history. Field names follow the CLI contract of issue 4; the extra
// "layout" and "replication_data" carry every per-replication sum, so shards merge exactly.
#pragma once

#include "simulation/bottleneck.h"
#include "simulation/results.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace oi::model {

/** STAT = {mean, ci95, n[, p50, p90, p95]}; non-finite numbers become null. */
QJsonObject statToJson(const sim::Stat &stat);

/** The whole result; `withReplications` false leaves out replication_data (smaller, not mergeable). */
QJsonObject resultsToJson(const sim::Results &results, bool withReplications = true);

/**
 * Reads what resultsToJson wrote (with replication data) back into layout, settings and
 * perReplication, then recomputes the summary with sim::summarize. Returns false and sets
 * `error` (naming the field) for anything missing or malformed.
 */
bool resultsFromJson(const QJsonObject &json, sim::Results *results, QString *error);

/**
 * Combines shards of one run (same scenario, engine version, shift-end policy, visit limit,
 * model fingerprint, seed, horizon and warm-up; disjoint replication indices) into the result a
 * single run of all replications would give. Otherwise returns false with a sentence saying what
 * differs.
 */
bool mergeResults(const std::vector<sim::Results> &shards, sim::Results *merged, QString *error);

/** "finish" or "hand-back", as in the CLI's --shift-end. */
QString shiftEndName(sim::ShiftEndPolicy policy);

QJsonArray sweepToJson(const std::vector<sim::SweepRow> &rows);

} // namespace oi::model
