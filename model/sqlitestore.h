// SPDX-License-Identifier: GPL-3.0-or-later
// The `.oistudio` document: the project in an SQLite database (see docs/file-format.md).
#pragma once

#include "problem.h"
#include "project.h"

#include <QString>

#include <memory>

namespace oi::model {

/** The schema version this build writes; older databases are migrated on open. */
inline constexpr int kSqliteSchemaVersion = 1;

std::unique_ptr<Project> readSqliteProject(const QString &fileName, Problems *problems);
bool writeSqliteProject(const Project &project, const QString &fileName, QString *error);

} // namespace oi::model
