// SPDX-License-Identifier: GPL-3.0-or-later
// The upgrade steps of the .oistudio schema. Internal to model/.
#pragma once

#include <QString>

namespace oi::model {

namespace sql {
class Db;
}

/** Schema v1 -> v2, inside the caller's transaction; the same decisions as outsidein/1 -> /2. */
bool upgradeSqliteV1ToV2(sql::Db &db, QString *error);

} // namespace oi::model
