// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/sqlitemigration.h"

#include "model/enumnames.h"
#include "model/migrationv2.h"
#include "model/sqlitedb.h"
#include "model/sqlitejson.h"
#include "model/sqliteschema.h"

#include <QCoreApplication>

#include <vector>

namespace oi::model {

using sql::Db;
using sql::Stmt;
namespace js = sqljson;

namespace {

struct SqliteStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStore)
};

// Collects the first failure with its table and row, so an old file that cannot be upgraded says where.
struct Upgrade
{
    Db &db;
    QString *error;
    bool ok = true;

    bool fail(const QString &table, const QString &row, const QString &why)
    {
        if (ok && error)
            *error = SqliteStore::tr("cannot upgrade table %1, row %2: %3").arg(table, row, why);
        ok = false;
        return false;
    }
    bool failed(Stmt &s)
    {
        if (s.ok() && !s.failed())
            return false;
        if (ok && error)
            *error = SqliteStore::tr("cannot upgrade the document: %1").arg(db.lastError());
        ok = false;
        return true;
    }
    QStringList strings(const QString &table, const QString &row, const QString &json)
    {
        QString why;
        const QStringList list = js::toStrings(json, &why);
        if (!why.isEmpty())
            fail(table, row, why);
        return list;
    }
};

void upgradeNeeds(Upgrade &u)
{
    QSet<QString> taken;
    std::vector<std::pair<qint64, QString>> rows;
    {
        Stmt s(u.db, "SELECT pos, id, needs FROM personas ORDER BY pos");
        while (s.next()) {
            std::vector<Need> needs;
            for (const QString &text : u.strings(QStringLiteral("personas"), s.text(1), s.text(2)))
                needs.push_back({ v2::idFromText(text, QStringLiteral("need"), taken), text });
            rows.emplace_back(s.integer(0), js::fromNeeds(needs));
        }
        if (u.failed(s))
            return;
    }
    Stmt up(u.db, "UPDATE personas SET needs = ?2 WHERE pos = ?1");
    for (const auto &[pos, json] : rows)
        up.bind(1, pos).bind(2, json).run();
    u.failed(up);
}

void upgradePainPoints(Upgrade &u)
{
    std::vector<std::tuple<qint64, qint64, QString>> rows;
    {
        Stmt s(u.db, "SELECT journey_pos, pos, id, pain_points FROM steps");
        while (s.next()) {
            std::vector<PainPoint> pains;
            for (const QString &text : u.strings(QStringLiteral("steps"), s.text(2), s.text(3)))
                pains.push_back({ text, std::nullopt });
            rows.emplace_back(s.integer(0), s.integer(1), js::fromPainPoints(pains));
        }
        if (u.failed(s))
            return;
    }
    Stmt up(u.db, "UPDATE steps SET pain_points = ?3 WHERE journey_pos = ?1 AND pos = ?2");
    for (const auto &[journey, pos, json] : rows)
        up.bind(1, journey).bind(2, pos).bind(3, json).run();
    u.failed(up);
}

void upgradeResponsibilities(Upgrade &u)
{
    std::vector<v2::RoleResponsibilities> lists;
    {
        Stmt s(u.db, "SELECT id, responsibilities_as_is, responsibilities_to_be FROM roles ORDER BY pos");
        while (s.next())
            lists.push_back({ s.text(0), u.strings(QStringLiteral("roles"), s.text(0), s.text(1)),
                u.strings(QStringLiteral("roles"), s.text(0), s.text(2)) });
        if (u.failed(s))
            return;
    }
    Stmt in(u.db, "INSERT INTO responsibilities VALUES (?1, ?2, ?3, ?4, ?5)");
    qint64 pos = 0;
    for (const Responsibility &r : v2::responsibilitiesFromRoles(lists)) {
        in.bind(1, pos++).bind(2, r.id).bind(3, r.text);
        r.asIs.isEmpty() ? in.bindNull(4) : in.bind(4, r.asIs);
        r.toBe.isEmpty() ? in.bindNull(5) : in.bind(5, r.toBe);
        in.run();
    }
    if (u.failed(in))
        return;
    u.ok = u.db.exec("ALTER TABLE roles DROP COLUMN responsibilities_as_is", u.error)
        && u.db.exec("ALTER TABLE roles DROP COLUMN responsibilities_to_be", u.error);
}

void upgradeLanes(Upgrade &u)
{
    std::vector<std::pair<qint64, QString>> rows;
    {
        Stmt s(u.db, "SELECT pos, id, lanes FROM processes");
        while (s.next()) {
            std::vector<Lane> lanes;
            for (const QString &role : u.strings(QStringLiteral("processes"), s.text(1), s.text(2)))
                lanes.push_back({ role, std::nullopt });
            rows.emplace_back(s.integer(0), js::fromLanes(lanes));
        }
        if (u.failed(s))
            return;
    }
    Stmt up(u.db, "UPDATE processes SET lanes = ?2 WHERE pos = ?1");
    for (const auto &[pos, json] : rows)
        up.bind(1, pos).bind(2, json).run();
    u.failed(up);
}

void upgradeDiagram(Upgrade &u)
{
    struct Shape
    {
        qint64 process, pos;
        Bounds b;
    };
    std::vector<Shape> shapes;
    {
        Stmt s(u.db, "SELECT process_pos, pos, type, x, y FROM nodes WHERE x IS NOT NULL OR y IS NOT NULL");
        while (s.next()) {
            const NodeType type = enumFromString<NodeType>(s.text(2)).value_or(NodeType::Task);
            shapes.push_back({ s.integer(0), s.integer(1), v2::boundsAt(type, s.real(3), s.real(4)) });
        }
        if (u.failed(s))
            return;
    }
    Stmt up(u.db, "UPDATE nodes SET x = ?3, y = ?4, w = ?5, h = ?6 WHERE process_pos = ?1 AND pos = ?2");
    for (const Shape &sh : shapes)
        up.bind(1, sh.process).bind(2, sh.pos).bind(3, sh.b.x).bind(4, sh.b.y).bind(5, sh.b.w).bind(6, sh.b.h).run();
    if (u.failed(up))
        return;
    std::vector<std::tuple<qint64, qint64, QString>> ids;
    {
        Stmt s(u.db, "SELECT process_pos, pos, from_node, to_node FROM flows ORDER BY process_pos, pos");
        QSet<QString> taken;
        qint64 process = -1;
        while (s.next()) {
            if (s.integer(0) != process) {
                process = s.integer(0);
                taken.clear();
            }
            ids.emplace_back(
                process, s.integer(1), v2::idFromText(s.text(2) + u'-' + s.text(3), QStringLiteral("flow"), taken));
        }
        if (u.failed(s))
            return;
    }
    Stmt fl(u.db, "UPDATE flows SET id = ?3 WHERE process_pos = ?1 AND pos = ?2");
    for (const auto &[process, pos, id] : ids)
        fl.bind(1, process).bind(2, pos).bind(3, id).run();
    u.failed(fl);
}

} // namespace

bool upgradeSqliteV1ToV2(Db &db, QString *error)
{
    if (!db.exec(sqlschema::kUpgradeV1ToV2, error))
        return false;
    Upgrade u { db, error };
    for (void (*step)(Upgrade &) :
        { &upgradeNeeds, &upgradePainPoints, &upgradeResponsibilities, &upgradeLanes, &upgradeDiagram }) {
        step(u);
        if (!u.ok)
            return false;
    }
    return true;
}

} // namespace oi::model
