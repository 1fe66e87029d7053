// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/sqlitestore.h"

#include "model/atomicwrite.h"

#include "model/enumnames.h"
#include "model/sqlitedb.h"
#include "model/sqlitejson.h"
#include "model/sqlitemigration.h"
#include "model/sqliteread.h"
#include "model/sqliteschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace oi::model {

using sql::Db;
using sql::Stmt;
namespace js = sqljson;

namespace {

// A class scope so lupdate files these strings under "SqliteStore".
struct SqliteStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStore)
};

// Index v-1 upgrades schema v to v+1.
const std::vector<SqliteMigrationStep> &builtInSteps()
{
    static const std::vector<SqliteMigrationStep> steps { &upgradeSqliteV1ToV2,
        [](sql::Db &db, QString *error) { return db.exec(sqlschema::kUpgradeV2ToV3, error); },
        [](sql::Db &db, QString *error) { return db.exec(sqlschema::kUpgradeV3ToV4, error); } };
    return steps;
}

// Every insert below checks `ok` once at the end: a failed statement marks itself failed.
struct Writer
{
    Db &db;
    bool ok = true;
    void check(Stmt &s) { ok = ok && s.ok() && !s.failed(); }
};

void writeHeader(Writer &w, const Project &p)
{
    Stmt s(w.db, "INSERT INTO project VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    s.bind(1, p.name)
        .bind(2, p.client)
        .bind(3, p.author)
        .bind(4, p.description)
        .bind(5, toString(p.timeUnit))
        .bind(6, p.created)
        .bind(7, p.modified)
        .bind(8, p.simulation.horizon)
        .bind(9, p.simulation.warmup)
        .bind(10, p.simulation.replications)
        .bind(11, QString::number(p.simulation.seed))
        .bind(12, js::fromPriorityWeights(p.priorityWeights))
        .bind(13, p.currency);
    s.run();
    w.check(s);
}

void writeEntities(Writer &w, const Project &p)
{
    Stmt st(w.db, "INSERT INTO strategies VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (std::size_t i = 0; i < p.strategies.size(); ++i) {
        const Strategy &x = p.strategies[i];
        st.bind(1, qint64(i))
            .bind(2, x.id)
            .bind(3, x.title)
            .bind(4, x.statement)
            .bind(5, x.owner)
            .bind(6, js::fromGoals(x.goals))
            .run();
    }
    w.check(st);
    Stmt pe(w.db, "INSERT INTO personas VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (std::size_t i = 0; i < p.personas.size(); ++i) {
        const Persona &x = p.personas[i];
        pe.bind(1, qint64(i))
            .bind(2, x.id)
            .bind(3, x.name)
            .bind(4, x.description)
            .bind(5, js::fromNeeds(x.needs))
            .bind(6, js::fromStrings(x.jobsToBeDone))
            .bind(7, x.customersCustomer)
            .run();
    }
    w.check(pe);
    Stmt jo(w.db, "INSERT INTO journeys VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    Stmt sp(w.db,
        "INSERT INTO steps VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
        "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)");
    for (std::size_t i = 0; i < p.journeys.size(); ++i) {
        const Journey &x = p.journeys[i];
        jo.bind(1, qint64(i))
            .bind(2, x.id)
            .bind(3, x.name)
            .bind(4, x.persona)
            .bind(5, x.description)
            .bind(6, js::fromStages(x.stages))
            .run();
        for (std::size_t k = 0; k < x.steps.size(); ++k) {
            const Step &s = x.steps[k];
            sp.bind(1, qint64(i))
                .bind(2, qint64(k))
                .bind(3, s.id)
                .bind(4, s.stage)
                .bind(5, s.title)
                .bind(6, s.customerAction)
                .bind(7, s.touchpoint)
                .bind(8, toString(s.channel))
                .bind(9, int(s.customerInitiated))
                .bind(10, s.emotion);
            if (s.emotionToBe)
                sp.bind(11, *s.emotionToBe);
            else
                sp.bindNull(11);
            sp.bind(12, toString(s.evidence))
                .bind(13, js::fromPainPoints(s.painPoints))
                .bind(14, js::fromStrings(s.opportunities))
                .bind(15, int(s.momentOfTruth))
                .bind(16, js::fromMetrics(s.metrics))
                .bind(17, js::fromStrings(s.frontRoles))
                .bind(18, js::fromStrings(s.backRoles))
                .bind(19, js::fromStrings(s.processes))
                .bind(20, js::fromStrings(s.requirements))
                .bind(21, js::fromStrings(s.serves))
                .run();
        }
    }
    w.check(jo);
    w.check(sp);
    Stmt ro(w.db, "INSERT INTO roles VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    for (std::size_t i = 0; i < p.roles.size(); ++i) {
        const Role &x = p.roles[i];
        ro.bind(1, qint64(i))
            .bind(2, x.id)
            .bind(3, x.name)
            .bind(4, x.department)
            .bind(5, toString(x.office))
            .bind(6, toString(x.change))
            .bind(7, x.strategy)
            .bind(8, x.headcount);
        if (x.shifts)
            ro.bind(9, js::fromShifts(x.shifts));
        else
            ro.bindNull(9);
        ro.bind(10, js::fromCrossTraining(x.crossTrained)).bind(11, x.costPerHour).run();
    }
    w.check(ro);
    Stmt re(w.db, "INSERT INTO responsibilities VALUES (?1, ?2, ?3, ?4, ?5)");
    auto optText = [](Stmt &s, int col, const QString &v) { v.isEmpty() ? s.bindNull(col) : s.bind(col, v); };
    for (std::size_t i = 0; i < p.responsibilities.size(); ++i) {
        const Responsibility &x = p.responsibilities[i];
        re.bind(1, qint64(i)).bind(2, x.id).bind(3, x.text);
        optText(re, 4, x.asIs);
        optText(re, 5, x.toBe);
        re.run();
    }
    w.check(re);
}

void writeProcesses(Writer &w, const Project &p)
{
    Stmt pr(w.db, "INSERT INTO processes VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    Stmt no(w.db, "INSERT INTO nodes VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    Stmt fl(w.db, "INSERT INTO flows VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    auto optText = [](Stmt &s, int col, const QString &v) { v.isEmpty() ? s.bindNull(col) : s.bind(col, v); };
    for (std::size_t i = 0; i < p.processes.size(); ++i) {
        const Process &x = p.processes[i];
        pr.bind(1, qint64(i))
            .bind(2, x.id)
            .bind(3, x.name)
            .bind(4, x.description)
            .bind(5, x.strategy)
            .bind(6, js::fromLanes(x.lanes));
        optText(pr, 7, x.variantOf);
        pr.bind(8, x.valuePerCase).bind(9, x.costPerAbandonment).bind(10, js::fromInterrupts(x.interrupts)).run();
        for (std::size_t k = 0; k < x.nodes.size(); ++k) {
            const Node &n = x.nodes[k];
            no.bind(1, qint64(i))
                .bind(2, qint64(k))
                .bind(3, n.id)
                .bind(4, n.name)
                .bind(5, toString(n.type))
                .bind(6, n.role);
            optText(no, 7, js::fromDistribution(n.duration));
            no.bind(8, n.priority);
            optText(no, 9, js::fromDistribution(n.arrivals));
            optText(no, 10, js::fromRates(n.rateCalendar));
            optText(no, 11, js::fromDistribution(n.patience));
            const std::optional<Bounds> &b = n.bounds;
            no.bind(12, b ? std::optional(b->x) : std::nullopt)
                .bind(13, b ? std::optional(b->y) : std::nullopt)
                .bind(14, b ? std::optional(b->w) : std::nullopt)
                .bind(15, b ? std::optional(b->h) : std::nullopt);
            optText(no, 16, n.lane);
            no.run();
        }
        for (std::size_t k = 0; k < x.flows.size(); ++k) {
            const Flow &f = x.flows[k];
            fl.bind(1, qint64(i))
                .bind(2, qint64(k))
                .bind(3, f.from)
                .bind(4, f.to)
                .bind(5, f.probability)
                .bind(6, f.label);
            optText(fl, 7, f.id);
            const std::optional<Point> &at = f.labelPosition;
            fl.bind(8, js::fromPoints(f.waypoints))
                .bind(9, at ? std::optional(at->x) : std::nullopt)
                .bind(10, at ? std::optional(at->y) : std::nullopt)
                .run();
        }
    }
    w.check(pr);
    w.check(no);
    w.check(fl);
    Stmt rq(w.db, "INSERT INTO requirements VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (std::size_t i = 0; i < p.requirements.size(); ++i) {
        const Requirement &x = p.requirements[i];
        rq.bind(1, qint64(i))
            .bind(2, x.id)
            .bind(3, toString(x.kind))
            .bind(4, x.text)
            .bind(5, toString(x.priority))
            .bind(6, x.acceptance)
            .bind(7, js::fromStrings(x.steps))
            .bind(8, js::fromStrings(x.nodes))
            .run();
    }
    w.check(rq);
    Stmt sc(w.db, "INSERT INTO scenarios VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    for (std::size_t i = 0; i < p.scenarios.size(); ++i) {
        const Scenario &x = p.scenarios[i];
        sc.bind(1, qint64(i))
            .bind(2, x.id)
            .bind(3, x.name)
            .bind(4, x.description)
            .bind(5, js::fromHeadcounts(x.headcount))
            .bind(6, x.arrivalMultiplier)
            .bind(7, js::fromDurations(x.durations));
        if (x.crossTraining)
            sc.bind(8, int(*x.crossTraining));
        else
            sc.bindNull(8);
        sc.bind(9, js::fromAddedSkills(x.addCrossTraining))
            .bind(10, js::fromVariants(x.variants))
            .bind(11, js::fromReassignments(x.reassign))
            .bind(12, js::fromStaffing(x.staffing))
            .bind(13, js::fromArrivalChanges(x.arrivals))
            .bind(14, js::fromDiversions(x.divert))
            .run();
    }
    w.check(sc);
}

void writeSpecParts(Writer &w, const Project &p)
{
    Stmt de(w.db, "INSERT INTO decisions VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (std::size_t i = 0; i < p.decisions.size(); ++i) {
        const Decision &x = p.decisions[i];
        de.bind(1, qint64(i))
            .bind(2, x.id)
            .bind(3, x.subject)
            .bind(4, toString(x.verdict))
            .bind(5, x.note)
            .bind(6, x.by)
            .bind(7, x.date)
            .run();
    }
    w.check(de);
    Stmt po(w.db, "INSERT INTO poc_scenarios VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (std::size_t i = 0; i < p.pocScenarios.size(); ++i) {
        const PocScenario &x = p.pocScenarios[i];
        po.bind(1, qint64(i))
            .bind(2, x.id)
            .bind(3, x.title)
            .bind(4, x.journey)
            .bind(5, x.process)
            .bind(6, js::fromPocSteps(x.steps))
            .run();
    }
    w.check(po);
    Stmt ve(w.db, "INSERT INTO vendors VALUES (?1, ?2, ?3, ?4)");
    for (std::size_t i = 0; i < p.vendors.size(); ++i) {
        const Vendor &x = p.vendors[i];
        ve.bind(1, qint64(i)).bind(2, x.id).bind(3, x.name).bind(4, js::fromVendorScores(x.scores)).run();
    }
    w.check(ve);
}

void problem(Problems *problems, const QString &fileName, const QString &message)
{
    if (!problems)
        return;
    Problem p;
    p.file = fileName;
    p.message = message;
    problems->push_back(std::move(p));
}

} // namespace

namespace sqlitedetail {

bool openDocument(Db &db, const QString &fileName, bool writable, int *version, QString *error, int newest)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        db.close();
        return false;
    };
    if (!QFileInfo(fileName).isFile())
        return fail(SqliteStore::tr("the file does not exist."));
    QString why;
    if (!db.open(fileName, writable, false, &why))
        return fail(SqliteStore::tr("cannot open the file: %1.").arg(why));
    qint64 appId = -1;
    {
        Stmt s(db, "PRAGMA application_id");
        if (s.next())
            appId = s.integer(0);
        if (!s.ok() || s.failed())
            return fail(SqliteStore::tr("not an Outside-In Studio document (not an SQLite database, or damaged: %1).")
                            .arg(db.lastError()));
    }
    if (appId != kSqliteApplicationId)
        return fail(SqliteStore::tr("an SQLite database, but not an Outside-In Studio document."));
    {
        // We write tables and indexes only. A view where a table should be runs whatever query it
        // holds (a recursive one never ends), and a trigger or virtual table runs code on writes.
        Stmt s(db,
            "SELECT type, name FROM sqlite_master WHERE type IN ('view', 'trigger') "
            "OR (type = 'table' AND sql LIKE 'CREATE VIRTUAL%') LIMIT 1");
        if (s.next())
            return fail(SqliteStore::tr("the document holds a %1 named %2, which Outside-In Studio never writes; "
                                        "a file changed by another program is not opened.")
                            .arg(s.text(0), s.text(1)));
        if (!s.ok() || s.failed())
            return fail(SqliteStore::tr("the document is damaged (%1).").arg(db.lastError()));
    }
    {
        Stmt s(db, "PRAGMA quick_check");
        const bool fine = s.next() && s.text(0) == QLatin1String("ok");
        // The first finding is enough to name: a damaged file can list a hundred.
        const QStringList found = s.ok() && !s.failed() ? s.text(0).split(u'\n', Qt::SkipEmptyParts) : QStringList();
        const QString first
            = found.isEmpty() || !found.front().startsWith(QLatin1String("***")) ? found.value(0) : found.value(1);
        if (!fine)
            return fail(SqliteStore::tr("the document is damaged or truncated (%1).")
                            .arg(found.isEmpty() ? db.lastError() : first));
    }
    int found = 0;
    {
        Stmt s(db, "SELECT version FROM schema_version");
        if (s.next())
            found = int(s.integer(0));
        if (found < 1)
            return fail(SqliteStore::tr("the document is damaged: it has no schema version."));
    }
    if (version)
        *version = found; // also when too new: callers refuse to overwrite such a file
    if (found > newest)
        return fail(SqliteStore::tr("the document has schema version %1, written by a newer Outside-In Studio; "
                                    "this version reads up to %2.")
                        .arg(found)
                        .arg(newest));
    if (version)
        *version = found;
    return true;
}

} // namespace sqlitedetail

bool migrateSqliteFile(const QString &fileName, int to, const std::vector<SqliteMigrationStep> &steps, QString *error)
{
    Db db;
    int version = 0;
    if (!sqlitedetail::openDocument(db, fileName, true, &version, error, std::max(to, kSqliteSchemaVersion)))
        return false;
    if (version >= to)
        return true;
    if (!db.exec("BEGIN IMMEDIATE", error))
        return false;
    for (int v = version; v < to; ++v) {
        const auto index = std::size_t(v - 1);
        if (index >= steps.size() || !steps[index]) {
            if (error)
                *error = SqliteStore::tr("no upgrade is known from schema version %1 to %2.").arg(v).arg(v + 1);
            db.exec("ROLLBACK", nullptr);
            return false;
        }
        if (!steps[index](db, error)) {
            db.exec("ROLLBACK", nullptr);
            return false;
        }
    }
    Stmt s(db, "UPDATE schema_version SET version = ?1");
    s.bind(1, to).run();
    if (s.failed() || !db.exec("COMMIT", error)) {
        db.exec("ROLLBACK", nullptr);
        return false;
    }
    return true;
}

bool migrateSqliteFile(const QString &fileName, QString *error)
{
    return migrateSqliteFile(fileName, kSqliteSchemaVersion, builtInSteps(), error);
}

std::unique_ptr<Project> readSqliteProject(const QString &fileName, Problems *problems)
{
    return sqlitedetail::readSqliteProject(fileName, problems, kSqliteSchemaVersion, builtInSteps());
}

std::unique_ptr<Project> sqlitedetail::readSqliteProject(
    const QString &fileName, Problems *problems, int current, const std::vector<SqliteMigrationStep> &steps)
{
    Db db;
    int version = 0;
    QString error;
    if (!sqlitedetail::openDocument(db, fileName, false, &version, &error, current)) {
        problem(problems, fileName, error);
        return nullptr;
    }
    QTemporaryDir scratch;
    if (version < current) {
        // Reading never changes the user's file: an older document is upgraded in a copy.
        db.close();
        const QString copy = scratch.filePath(QStringLiteral("upgrade.oistudio"));
        // The copy keeps the original's permissions; a read-only original must still be upgradable.
        const bool copied = QFile::copy(fileName, copy)
            && QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!copied || !migrateSqliteFile(copy, current, steps, &error)
            || !sqlitedetail::openDocument(db, copy, false, &version, &error, current)) {
            problem(problems, fileName, error.isEmpty() ? SqliteStore::tr("cannot upgrade the document.") : error);
            return nullptr;
        }
    }
    auto project = std::make_unique<Project>();
    Problems found;
    if (!sqlitedetail::readTables(db, fileName, *project, found)) {
        if (problems)
            problems->insert(problems->end(), found.begin(), found.end());
        return nullptr;
    }
    return project;
}

bool writeSqliteProject(const Project &project, const QString &fileName, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = SqliteStore::tr("Cannot save %1: %2").arg(fileName, why);
        return false;
    };
    bool keepRuns = false;
    if (QFileInfo::exists(fileName)) {
        Db old;
        QString why;
        int version = 0;
        keepRuns = sqlitedetail::openDocument(old, fileName, false, &version, &why);
        if (!keepRuns && version > kSqliteSchemaVersion)
            return fail(why); // a newer studio's document: overwriting it would lose what this one cannot read
    }
    // A unique temporary name beside the file, so two saves (or a crash's leftover) never collide.
    QString why;
    const bool written = writeThroughTemporaryFile(
        fileName,
        [&](const QString &tmp, QString *) {
            Db db;
            if (!db.open(tmp, true, true, &why))
                return false;
            const QByteArray pragma = "PRAGMA application_id = " + QByteArray::number(kSqliteApplicationId);
            bool ok = db.exec(pragma.constData(), &why);
            if (ok && keepRuns) {
                Stmt attach(db, "ATTACH DATABASE ?1 AS old");
                attach.bind(1, fileName).run();
                ok = !attach.failed();
                if (!ok)
                    why = db.lastError();
            }
            ok = ok && db.exec("BEGIN", &why) && db.exec(sqlschema::kSchemaV2, &why)
                && db.exec(sqlschema::kUpgradeV2ToV3, &why) && db.exec(sqlschema::kUpgradeV3ToV4, &why);
            if (ok) {
                Stmt v(db, "INSERT INTO schema_version VALUES (?1)");
                v.bind(1, kSqliteSchemaVersion).run();
                Writer w { db };
                w.check(v);
                writeHeader(w, project);
                writeEntities(w, project);
                writeProcesses(w, project);
                writeSpecParts(w, project);
                ok = w.ok;
                if (!ok)
                    why = db.lastError();
            }
            if (ok && keepRuns)
                ok = db.exec("INSERT INTO runs SELECT id, created, scenario, settings_json, results_json "
                             "FROM old.runs",
                    &why);
            ok = ok && db.exec("COMMIT", &why);
            return ok;
        },
        &why);
    if (!written)
        return fail(why);
    return true;
}

} // namespace oi::model
