// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/sqliteread.h"

#include "model/enumnames.h"
#include "model/sqlitedb.h"
#include "model/sqlitejson.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

#include <cmath>
#include <limits>

namespace oi::model::sqlitedetail {

using sql::Db;
using sql::Stmt;
namespace js = sqljson;

namespace {

// A class scope so lupdate files these strings under "SqliteStore".
struct SqliteStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStore)
};

QString quoted(const QString &s)
{
    return u'\u201c' + s + u'\u201d';
}

class Reader
{
public:
    Reader(Db &db, const QString &fileName, Problems &problems)
        : m_db(db)
        , m_file(fileName)
        , m_problems(problems)
    {
    }

    bool ok() const { return m_ok; }
    Db &db() { return m_db; }

    void report(const QString &entity, const QString &field, const QString &message)
    {
        Problem p;
        p.file = m_file;
        p.entity = entity;
        p.field = field;
        p.message = message;
        m_problems.push_back(std::move(p));
        m_ok = false;
    }

    /** Runs `sql` and calls `row` per result row; a missing table or column is one error. */
    template<typename Row> void each(const char *table, const char *sql, Row &&row)
    {
        Stmt s(m_db, sql);
        if (!s.ok()) {
            report(SqliteStore::tr("table %1").arg(QLatin1String(table)), QString(),
                SqliteStore::tr("the table is missing or lacks a column (%1), so the document is damaged.")
                    .arg(m_db.lastError()));
            return;
        }
        while (s.next()) {
            if (++m_rows > sql::kMaxRows) {
                report(SqliteStore::tr("table %1").arg(QLatin1String(table)), QString(),
                    SqliteStore::tr("the document holds more than %1 rows; documents are read up to that many.")
                        .arg(sql::kMaxRows));
                return;
            }
            row(s);
        }
        if (s.failed())
            report(SqliteStore::tr("table %1").arg(QLatin1String(table)), QString(),
                SqliteStore::tr("the table cannot be read (%1), so the document is damaged.").arg(m_db.lastError()));
    }

private:
    Db &m_db;
    const QString &m_file;
    Problems &m_problems;
    bool m_ok = true;
    qint64 m_rows = 0;
};

// One result row: typed reads that report, instead of defaulting, whatever does not fit.
class Row
{
public:
    Row(Reader &r, const Stmt &s, const char *table, qint64 pos, const QString &id)
        : m_r(r)
        , m_s(s)
    {
        m_entity = SqliteStore::tr("table %1, row %2")
                       .arg(QLatin1String(table), id.isEmpty() ? u'#' + QString::number(pos + 1) : quoted(id));
    }

    QString text(int c) const { return m_s.text(c); }

    qint64 integer(int c)
    {
        if (m_s.type(c) != SQLITE_INTEGER)
            bad(c, SqliteStore::tr("should hold a whole number, not %1.").arg(describe(c)));
        return m_s.integer(c);
    }
    int whole(int c)
    {
        const qint64 v = integer(c);
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
            bad(c, SqliteStore::tr("holds %1, which is too large.").arg(v));
            return 0;
        }
        return int(v);
    }
    std::optional<int> optWhole(int c)
    {
        if (m_s.isNull(c))
            return std::nullopt;
        return whole(c);
    }
    bool flag(int c)
    {
        const qint64 v = integer(c);
        if (v != 0 && v != 1 && m_s.type(c) == SQLITE_INTEGER)
            bad(c, SqliteStore::tr("should hold 0 or 1, not %1.").arg(v));
        return v != 0;
    }
    double real(int c)
    {
        if (m_s.type(c) != SQLITE_INTEGER && m_s.type(c) != SQLITE_FLOAT)
            bad(c, SqliteStore::tr("should hold a number, not %1.").arg(describe(c)));
        else if (!std::isfinite(m_s.real(c))) // the YAML reader refuses .inf too
            bad(c, SqliteStore::tr("should hold a finite number, not %1.").arg(describe(c)));
        return m_s.real(c);
    }
    std::optional<double> optReal(int c)
    {
        if (m_s.isNull(c))
            return std::nullopt;
        return real(c);
    }
    template<typename Enum> Enum choice(int c, Enum fallback)
    {
        const std::optional<Enum> v = enumFromString<Enum>(m_s.text(c));
        if (!v)
            bad(c,
                SqliteStore::tr("holds %1, which is not one of: %2.")
                    .arg(describe(c), enumNames<Enum>().join(QStringLiteral(", "))));
        return v.value_or(fallback);
    }
    template<typename T> T json(int c, T (*parse)(const QString &, QString *))
    {
        QString why;
        T value = parse(m_s.text(c), &why);
        if (!why.isEmpty())
            bad(c, why);
        return value;
    }

private:
    void bad(int c, const QString &message) { m_r.report(m_entity, m_s.columnName(c), message); }

    QString describe(int c) const
    {
        switch (m_s.type(c)) {
        case SQLITE_NULL: return SqliteStore::tr("nothing (NULL)");
        case SQLITE_INTEGER: return QString::number(m_s.integer(c));
        case SQLITE_FLOAT: return QString::number(m_s.real(c), 'g', 15);
        case SQLITE_BLOB: return SqliteStore::tr("binary data");
        default: break;
        }
        const QString t = m_s.text(c);
        return quoted(t.size() > 40 ? t.left(40) + u'\u2026' : t);
    }

    Reader &m_r;
    const Stmt &m_s;
    QString m_entity;
};

void readHeader(Reader &r, Project &p)
{
    bool found = false;
    r.each("project",
        "SELECT name, client, author, description, time_unit, created, modified, sim_horizon, "
        "sim_warmup, sim_replications, sim_seed, priority_weights, currency FROM project",
        [&](const Stmt &s) {
            if (found)
                return;
            found = true;
            Row row(r, s, "project", 0, p.name = s.text(0));
            p.client = s.text(1);
            p.author = s.text(2);
            p.description = s.text(3);
            p.timeUnit = row.choice(4, TimeUnit::Minute);
            p.created = s.text(5);
            p.modified = s.text(6);
            p.simulation.horizon = row.real(7);
            p.simulation.warmup = row.real(8);
            p.simulation.replications = row.whole(9);
            bool seedOk = false;
            p.simulation.seed = s.text(10).toULongLong(&seedOk);
            if (!seedOk)
                r.report(SqliteStore::tr("table project"), QStringLiteral("sim_seed"),
                    SqliteStore::tr("should hold a whole number of at least 0, not %1.").arg(quoted(s.text(10))));
            p.priorityWeights = row.json(11, js::toPriorityWeights);
            p.currency = s.text(12);
        });
    if (!found && r.ok())
        r.report(SqliteStore::tr("table project"), QString(), SqliteStore::tr("the project row is missing."));
}

void readEntities(Reader &r, Project &p)
{
    r.each("strategies", "SELECT pos, id, title, statement, owner, goals FROM strategies ORDER BY pos",
        [&](const Stmt &s) {
            Row row(r, s, "strategies", s.integer(0), s.text(1));
            p.strategies.push_back({ s.text(1), s.text(2), s.text(3), s.text(4), row.json(5, js::toGoals) });
        });
    r.each("personas",
        "SELECT pos, id, name, description, needs, jobs_to_be_done, customers_customer "
        "FROM personas ORDER BY pos",
        [&](const Stmt &s) {
            Row row(r, s, "personas", s.integer(0), s.text(1));
            p.personas.push_back(
                { s.text(1), s.text(2), s.text(3), row.json(4, js::toNeeds), row.json(5, js::toStrings), s.text(6) });
        });
    // Steps name their journey by its pos, which a hand-made file may number with gaps.
    QHash<qint64, std::size_t> journeyAt;
    r.each("journeys", "SELECT pos, id, name, persona, description, stages FROM journeys ORDER BY pos",
        [&](const Stmt &s) {
            Row row(r, s, "journeys", s.integer(0), s.text(1));
            journeyAt.insert(s.integer(0), p.journeys.size());
            p.journeys.push_back({ s.text(1), s.text(2), s.text(3), s.text(4), row.json(5, js::toStages), {} });
        });
    r.each("steps",
        "SELECT journey_pos, pos, id, stage, title, customer_action, touchpoint, channel, "
        "customer_initiated, emotion, emotion_to_be, evidence, pain_points, opportunities, "
        "moment_of_truth, metrics, front_roles, back_roles, processes, requirements, serves "
        "FROM steps ORDER BY journey_pos, pos",
        [&](const Stmt &s) {
            Row row(r, s, "steps", s.integer(1), s.text(2));
            Step x;
            x.id = s.text(2);
            x.stage = s.text(3);
            x.title = s.text(4);
            x.customerAction = s.text(5);
            x.touchpoint = s.text(6);
            x.channel = row.choice(7, Channel::Other);
            x.customerInitiated = row.flag(8);
            x.emotion = row.whole(9);
            x.emotionToBe = row.optWhole(10);
            x.evidence = row.choice(11, Evidence::Assumption);
            x.painPoints = row.json(12, js::toPainPoints);
            x.opportunities = row.json(13, js::toStrings);
            x.momentOfTruth = row.flag(14);
            x.metrics = row.json(15, js::toMetrics);
            x.frontRoles = row.json(16, js::toStrings);
            x.backRoles = row.json(17, js::toStrings);
            x.processes = row.json(18, js::toStrings);
            x.requirements = row.json(19, js::toStrings);
            x.serves = row.json(20, js::toStrings);
            const qint64 j = row.integer(0);
            if (!journeyAt.contains(j))
                r.report(SqliteStore::tr("table steps, row %1").arg(quoted(x.id)), QStringLiteral("journey_pos"),
                    SqliteStore::tr("refers to journey position %1, but there is no such journey.").arg(j));
            else
                p.journeys[journeyAt.value(j)].steps.push_back(std::move(x));
        });
    r.each("roles",
        "SELECT pos, id, name, department, office, change, strategy, headcount, shifts, cross_trained, "
        "cost_per_hour FROM roles ORDER BY pos",
        [&](const Stmt &s) {
            Row row(r, s, "roles", s.integer(0), s.text(1));
            Role x;
            x.id = s.text(1);
            x.name = s.text(2);
            x.department = s.text(3);
            x.office = row.choice(4, Office::Back);
            x.change = row.choice(5, ChangeKind::Unchanged);
            x.strategy = s.text(6);
            x.headcount = row.whole(7);
            x.shifts = row.json(8, js::toShifts);
            x.crossTrained = row.json(9, js::toCrossTraining);
            x.costPerHour = row.optReal(10);
            p.roles.push_back(std::move(x));
        });
    r.each("responsibilities", "SELECT pos, id, text, as_is, to_be FROM responsibilities ORDER BY pos",
        [&](const Stmt &s) {
            p.responsibilities.push_back({ s.text(1), s.text(2), s.text(3), s.text(4) });
        });
}

void readProcesses(Reader &r, Project &p)
{
    r.each("processes",
        "SELECT pos, id, name, description, strategy, lanes, variant_of, value_per_case, cost_per_abandonment, "
        "interrupts FROM processes ORDER BY pos",
        [&](const Stmt &s) {
            Row row(r, s, "processes", s.integer(0), s.text(1));
            Process x;
            x.id = s.text(1);
            x.name = s.text(2);
            x.description = s.text(3);
            x.strategy = s.text(4);
            x.lanes = row.json(5, js::toLanes);
            x.variantOf = s.text(6);
            x.valuePerCase = row.optReal(7);
            x.costPerAbandonment = row.optReal(8);
            x.interrupts = row.json(9, js::toInterrupts);
            p.processes.push_back(std::move(x));
        });
    // Nodes and flows name their process by position; the row label uses "process/node".
    auto owner = [&](qint64 pos) -> Process * {
        return pos >= 0 && std::size_t(pos) < p.processes.size() ? &p.processes[std::size_t(pos)] : nullptr;
    };
    auto missingOwner = [&](const char *table, const QString &id, qint64 pos) {
        r.report(SqliteStore::tr("table %1, row %2").arg(QLatin1String(table), quoted(id)),
            QStringLiteral("process_pos"),
            SqliteStore::tr("refers to process position %1, but there is no such process.").arg(pos));
    };
    r.each("nodes",
        "SELECT process_pos, pos, id, name, type, role, duration, priority, arrivals, "
        "rate_calendar, patience, x, y, w, h, lane FROM nodes ORDER BY process_pos, pos",
        [&](const Stmt &s) {
            Process *process = owner(s.integer(0));
            const QString id = (process ? process->id + u'/' : QString()) + s.text(2);
            Row row(r, s, "nodes", s.integer(1), id);
            Node n;
            n.id = s.text(2);
            n.name = s.text(3);
            n.type = row.choice(4, NodeType::Task);
            n.role = s.text(5);
            if (!s.isNull(6))
                n.duration = row.json(6, js::toDistribution);
            n.priority = row.whole(7);
            if (!s.isNull(8))
                n.arrivals = row.json(8, js::toDistribution);
            n.rateCalendar = row.json(9, js::toRates);
            if (!s.isNull(10))
                n.patience = row.json(10, js::toDistribution);
            const auto x = row.optReal(11), y = row.optReal(12), w = row.optReal(13), h = row.optReal(14);
            if (x || y || w || h)
                n.bounds = Bounds { x.value_or(0), y.value_or(0), w.value_or(0), h.value_or(0) };
            n.lane = s.text(15);
            row.integer(0);
            if (process)
                process->nodes.push_back(std::move(n));
            else
                missingOwner("nodes", id, s.integer(0));
        });
    r.each("flows",
        "SELECT process_pos, pos, from_node, to_node, probability, label, id, waypoints, label_x, label_y "
        "FROM flows ORDER BY process_pos, pos",
        [&](const Stmt &s) {
            Process *process = owner(s.integer(0));
            const QString id = (process ? process->id : QString())
                + (s.isNull(6) ? QStringLiteral("/flow #") + QString::number(s.integer(1) + 1)
                               : QStringLiteral("/flow ") + s.text(6));
            Row row(r, s, "flows", s.integer(1), id);
            Flow f;
            f.id = s.text(6);
            f.from = s.text(2);
            f.to = s.text(3);
            f.probability = row.optReal(4);
            f.label = s.text(5);
            f.waypoints = row.json(7, js::toPoints);
            const auto lx = row.optReal(8), ly = row.optReal(9);
            if (lx || ly)
                f.labelPosition = Point { lx.value_or(0), ly.value_or(0) };
            row.integer(0);
            if (process)
                process->flows.push_back(std::move(f));
            else
                missingOwner("flows", id, s.integer(0));
        });
}

// Decisions, proof-of-concept scenarios and vendors (schema v4); ranges and references are the
// validator's, as for a YAML file.
void readSpecParts(Reader &r, Project &p)
{
    r.each("decisions", "SELECT pos, id, subject, verdict, note, decided_by, date FROM decisions ORDER BY pos",
        [&](const Stmt &s) {
            Row row(r, s, "decisions", s.integer(0), s.text(1));
            p.decisions.push_back(
                { s.text(1), s.text(2), row.choice(3, Decision::Question), s.text(4), s.text(5), s.text(6) });
        });
    r.each("poc_scenarios", "SELECT pos, id, title, journey, process, steps FROM poc_scenarios ORDER BY pos",
        [&](const Stmt &s) {
            Row row(r, s, "poc_scenarios", s.integer(0), s.text(1));
            p.pocScenarios.push_back({ s.text(1), s.text(2), s.text(3), s.text(4), row.json(5, js::toPocSteps) });
        });
    r.each("vendors", "SELECT pos, id, name, scores FROM vendors ORDER BY pos", [&](const Stmt &s) {
        Row row(r, s, "vendors", s.integer(0), s.text(1));
        p.vendors.push_back({ s.text(1), s.text(2), row.json(3, js::toVendorScores) });
    });
}

void readRest(Reader &r, Project &p)
{
    r.each("requirements",
        "SELECT pos, id, kind, text, priority, acceptance, steps, nodes "
        "FROM requirements ORDER BY pos",
        [&](const Stmt &s) {
            Row row(r, s, "requirements", s.integer(0), s.text(1));
            p.requirements.push_back({ s.text(1), row.choice(2, RequirementKind::ProcessControl), s.text(3),
                row.choice(4, Priority::Should), s.text(5), row.json(6, js::toStrings), row.json(7, js::toStrings) });
        });
    r.each("scenarios",
        "SELECT pos, id, name, description, headcount, arrival_multiplier, durations, "
        "cross_training, add_cross_training, variants, reassign, staffing, arrivals, divert "
        "FROM scenarios ORDER BY pos",
        [&](const Stmt &s) {
            Row row(r, s, "scenarios", s.integer(0), s.text(1));
            Scenario x;
            x.id = s.text(1);
            x.name = s.text(2);
            x.description = s.text(3);
            x.headcount = row.json(4, js::toHeadcounts);
            x.arrivalMultiplier = row.real(5);
            x.durations = row.json(6, js::toDurations);
            if (!s.isNull(7))
                x.crossTraining = row.flag(7);
            x.addCrossTraining = row.json(8, js::toAddedSkills);
            x.variants = row.json(9, js::toVariants);
            x.reassign = row.json(10, js::toReassignments);
            x.staffing = row.json(11, js::toStaffing);
            x.arrivals = row.json(12, js::toArrivalChanges);
            x.divert = row.json(13, js::toDiversions);
            p.scenarios.push_back(std::move(x));
        });
    readSpecParts(r, p);
}

} // namespace

bool readTables(Db &db, const QString &fileName, Project &project, Problems &problems)
{
    Reader r(db, fileName, problems);
    readHeader(r, project);
    readEntities(r, project);
    readProcesses(r, project);
    readRest(r, project);
    return r.ok();
}

} // namespace oi::model::sqlitedetail
