// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestore.h"

#include <QCoreApplication>

namespace oi::model {

// Temporary until the SQLite document lands (next commit): a clear error, never a silent no-op.
std::unique_ptr<Project> readSqliteProject(const QString &fileName, Problems *problems)
{
    if (problems) {
        Problem p;
        p.file = fileName;
        p.message = QCoreApplication::translate("SqliteStore",
                                                "reading .oistudio files is not available yet.");
        problems->push_back(p);
    }
    return nullptr;
}

bool writeSqliteProject(const Project &, const QString &fileName, QString *error)
{
    if (error)
        *error = QCoreApplication::translate("SqliteStore",
                                             "Cannot save %1: .oistudio files are not available yet.")
                     .arg(fileName);
    return false;
}

} // namespace oi::model
