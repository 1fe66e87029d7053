// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/sqlitedb.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace oi::model::sql {

Db::~Db()
{
    close();
}

bool Db::open(const QString &fileName, bool writable, bool create, QString *error)
{
    close();
    int flags = writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
    if (create)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(fileName.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = m_db ? lastError() : QString::fromUtf8(sqlite3_errstr(rc));
        close();
        return false;
    }
    sqlite3_busy_timeout(m_db, 2000);
    // Files come from elsewhere: schema objects (views, triggers) may not call functions with side
    // effects, and the file cannot be made to corrupt itself through this connection.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    // No value of a project is near this; a larger one is refused as it is read (SQLITE_TOOBIG),
    // instead of becoming gigabytes of text in memory.
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    return true;
}

void Db::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool Db::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return false;
}

QString Db::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

Stmt::Stmt(Db &db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_stmt = nullptr;
        m_failed = true;
    }
}

Stmt::~Stmt()
{
    sqlite3_finalize(m_stmt);
}

void Stmt::check(int rc)
{
    // A value that could not be bound would be written as NULL: the statement counts as failed.
    if (rc != SQLITE_OK)
        m_failed = true;
}

Stmt &Stmt::bind(int index, const QString &text)
{
    if (m_stmt) {
        const QByteArray utf8 = text.toUtf8();
        check(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    }
    return *this;
}

Stmt &Stmt::bind(int index, double value)
{
    if (m_stmt)
        check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Stmt &Stmt::bind(int index, qint64 value)
{
    if (m_stmt)
        check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Stmt &Stmt::bindNull(int index)
{
    if (m_stmt)
        check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

bool Stmt::run()
{
    if (!m_stmt || m_failed)
        return false;
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        m_failed = true;
        return false;
    }
    return true;
}

bool Stmt::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_failed = true;
    return false;
}

QString Stmt::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
}

double Stmt::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}
qint64 Stmt::integer(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}
bool Stmt::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}
int Stmt::type(int col) const
{
    return sqlite3_column_type(m_stmt, col);
}
QString Stmt::columnName(int col) const
{
    const char *name = m_stmt ? sqlite3_column_name(m_stmt, col) : nullptr;
    return name ? QString::fromUtf8(name) : QString();
}
std::optional<double> Stmt::optReal(int col) const
{
    if (isNull(col))
        return std::nullopt;
    return real(col);
}

} // namespace oi::model::sql
