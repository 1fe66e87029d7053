// SPDX-License-Identifier: GPL-3.0-or-later
// The `.oistudio` document: the project in an SQLite database (schema in docs/file-format.md).
#pragma once

#include "model/problem.h"
#include "model/project.h"

#include <QString>

#include <memory>
#include <vector>

namespace oi::model {

namespace sql {
class Db;
}

/** The schema version this build writes; older databases are migrated when opened for writing. */
inline constexpr int kSqliteSchemaVersion = 4;
/** PRAGMA application_id of every .oistudio file ("OIST"), so foreign databases are told apart. */
inline constexpr int kSqliteApplicationId = 0x4f495354;

std::unique_ptr<Project> readSqliteProject(const QString &fileName, Problems *problems);

/**
 * Writes the whole project in one transaction into `<file>.tmp`, copies the run history of the
 * existing file across, then renames over `fileName`: a crash at any point leaves the last good
 * file. Returns false and sets `error` on failure.
 */
bool writeSqliteProject(const Project &project, const QString &fileName, QString *error);

/** Rewrites a database from schema version `from` to `from + 1` inside the caller's transaction. */
using SqliteMigrationStep = bool (*)(sql::Db &db, QString *error);

/**
 * Opens `fileName`, checks it is ours and not newer, and upgrades it to `to` with `steps`
 * (steps[v-1] upgrades v to v+1) in one transaction. The built-in overload uses this build's steps.
 */
bool migrateSqliteFile(const QString &fileName, int to, const std::vector<SqliteMigrationStep> &steps, QString *error);
bool migrateSqliteFile(const QString &fileName, QString *error);

namespace sqlitedetail {
/**
 * Opens an existing .oistudio and checks identity, integrity and version: one clear error for
 * missing, truncated, foreign and newer files. `version` receives the schema version found.
 */
bool openDocument(sql::Db &db, const QString &fileName, bool writable, int *version, QString *error,
    int newest = kSqliteSchemaVersion);

/**
 * readSqliteProject() as if this build wrote schema `current` and upgraded with `steps`, so the
 * upgrade path can be tested before the first real migration exists.
 */
std::unique_ptr<Project> readSqliteProject(
    const QString &fileName, Problems *problems, int current, const std::vector<SqliteMigrationStep> &steps);
} // namespace sqlitedetail

} // namespace oi::model
