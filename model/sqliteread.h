// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the tables of an opened, current-version .oistudio into a Project. Internal to model/.
#pragma once

#include "model/problem.h"
#include "model/project.h"

namespace oi::model {

namespace sql {
class Db;
}

namespace sqlitedetail {
/**
 * Reads every table. Nothing is guessed: a missing table or column, an unknown enum spelling, a
 * non-number where a number is stored or JSON that does not fit each give one error naming the
 * table, the row's entity id and the column. Returns false when anything was reported.
 */
bool readTables(sql::Db &db, const QString &fileName, Project &project, Problems &problems);
} // namespace sqlitedetail

} // namespace oi::model
