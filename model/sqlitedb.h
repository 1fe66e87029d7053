// SPDX-License-Identifier: GPL-3.0-or-later
// A thin RAII layer over the sqlite3 C API for the .oistudio store: errors become QStrings,
// never exceptions or crashes. Internal to model/.
#pragma once

#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace oi::model::sql {

/** The longest text or blob a connection reads or writes (documented in docs/file-format.md). */
inline constexpr int kMaxValueBytes = 64 << 20;
/** The most rows a document's tables may hold together, so reading stays within time and memory. */
inline constexpr qint64 kMaxRows = 1'000'000;

class Db
{
public:
    Db() = default;
    ~Db();
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;

    bool open(const QString &fileName, bool writable, bool create, QString *error);
    void close();
    bool exec(const char *sql, QString *error);
    QString lastError() const;
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

class Stmt
{
public:
    Stmt(Db &db, const char *sql);
    ~Stmt();
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    Stmt &bind(int index, const QString &text);
    Stmt &bind(int index, double value);
    Stmt &bind(int index, qint64 value);
    Stmt &bind(int index, int value) { return bind(index, qint64(value)); }
    Stmt &bindNull(int index);
    Stmt &bind(int index, const std::optional<double> &v) { return v ? bind(index, *v) : bindNull(index); }

    /** Runs an INSERT/UPDATE, then resets for the next row; false on error. */
    bool run();
    /** Advances to the next result row; false at the end or on error (see failed()). */
    bool next();
    bool failed() const { return m_failed; }

    QString text(int col) const;
    double real(int col) const;
    qint64 integer(int col) const;
    bool isNull(int col) const;
    /** SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL of the current row. */
    int type(int col) const;
    /** The column's name as written in the SELECT, for error messages. */
    QString columnName(int col) const;
    std::optional<double> optReal(int col) const;

private:
    void check(int rc);

    Db &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

} // namespace oi::model::sql
