// SPDX-License-Identifier: GPL-3.0-or-later
// Simulation run history kept inside a .oistudio document (table `runs`).
#pragma once

#include <QString>

#include <vector>

namespace oi::model {

struct RunRecord
{
    qint64 id = 0; // assigned by appendRun; ascending in creation order
    QString created; // ISO 8601
    QString scenario; // scenario id, empty for the base model
    QString settingsJson; // the run settings as JSON text
    QString resultsJson; // the results as JSON text (the CLI's JSON format)
    bool operator==(const RunRecord &) const = default;
};

/**
 * Appends a run to an existing .oistudio in place, in one transaction (SQLite's journal makes
 * it all-or-nothing; the project tables are not touched). `run.id` is ignored; `newId`, when
 * given, receives the id assigned. Returns false with `error` for a missing, foreign, damaged or
 * newer file. An older schema is upgraded first.
 */
bool appendRun(const QString &fileName, const RunRecord &run, QString *error, qint64 *newId = nullptr);

/** All runs in id order; empty with `error` set when the file cannot be read. */
std::vector<RunRecord> listRuns(const QString &fileName, QString *error = nullptr);

/**
 * Removes the run `id` from the document, in one transaction; the project tables are not touched.
 * False with `error` when the file cannot be written or has no such run.
 */
bool deleteRun(const QString &fileName, qint64 id, QString *error);

} // namespace oi::model
