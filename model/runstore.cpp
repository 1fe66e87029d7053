// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/runstore.h"

#include "model/sqlitedb.h"
#include "model/sqlitestore.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace oi::model {

bool appendRun(const QString &fileName, const RunRecord &run, QString *error, qint64 *newId)
{
    if (!migrateSqliteFile(fileName, error))
        return false;
    sql::Db db;
    if (!sqlitedetail::openDocument(db, fileName, true, nullptr, error))
        return false;
    sql::Stmt s(db,
        "INSERT INTO runs (created, scenario, settings_json, results_json) "
        "VALUES (?1, ?2, ?3, ?4)");
    s.bind(1, run.created).bind(2, run.scenario).bind(3, run.settingsJson).bind(4, run.resultsJson);
    if (!s.run()) {
        if (error)
            *error = db.lastError();
        return false;
    }
    if (newId)
        *newId = sqlite3_last_insert_rowid(db.handle());
    return true;
}

std::vector<RunRecord> listRuns(const QString &fileName, QString *error)
{
    std::vector<RunRecord> runs;
    sql::Db db;
    if (!sqlitedetail::openDocument(db, fileName, false, nullptr, error))
        return runs;
    sql::Stmt s(db, "SELECT id, created, scenario, settings_json, results_json FROM runs ORDER BY id");
    while (s.next())
        runs.push_back({ s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4) });
    if (s.failed() && error)
        *error = db.lastError();
    return runs;
}

bool deleteRun(const QString &fileName, qint64 id, QString *error)
{
    if (!migrateSqliteFile(fileName, error))
        return false;
    sql::Db db;
    if (!sqlitedetail::openDocument(db, fileName, true, nullptr, error))
        return false;
    sql::Stmt s(db, "DELETE FROM runs WHERE id = ?1");
    s.bind(1, id);
    if (!s.run()) {
        if (error)
            *error = db.lastError();
        return false;
    }
    if (sqlite3_changes(db.handle()) == 0) {
        if (error)
            *error = QCoreApplication::translate("RunStore", "%1 has no run %2").arg(fileName).arg(id);
        return false;
    }
    return true;
}

} // namespace oi::model
