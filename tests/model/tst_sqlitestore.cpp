// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/fullproject.h"
#include "model/projectio.h"
#include "model/runstore.h"
#include "model/sqlitedb.h"
#include "model/sqlitestore.h"
#include "model/yamlwriter.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <csignal>
#include <sys/resource.h>

using namespace oi::model;

namespace {

QString dump(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

bool execSql(const QString &file, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(file.toUtf8().constData(), &db) == SQLITE_OK
              && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

QStringList shippedYamlFiles()
{
    QStringList files;
    for (const char *dir : {"/resources/samples", "/resources/templates"}) {
        const QDir d(QStringLiteral(OI_SOURCE_DIR) + QLatin1String(dir));
        for (const QString &name : d.entryList({QStringLiteral("*.oi.yaml")}, QDir::Files, QDir::Name))
            files << d.filePath(name);
    }
    files << QStringLiteral(OI_TEST_DATA "/validator-base.oi.yaml")
          << QStringLiteral(OI_TEST_DATA "/tandem.oi.yaml");
    return files;
}

} // namespace

class TestSqliteStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void everyFieldRoundTrips()
    {
        const Project original = testing::fullProject();
        QString error;
        QVERIFY2(writeProject(original, path("full.oistudio"), &error), qPrintable(error));
        QVERIFY(!QFile::exists(path("full.oistudio.tmp")));
        Problems problems;
        auto back = readProject(path("full.oistudio"), &problems);
        QVERIFY2(back, qPrintable(dump(problems)));
        QVERIFY(problems.empty());
        QCOMPARE(projectToYaml(*back), projectToYaml(original));
        QVERIFY(*back == original);
    }

    void shippedFilesRoundTripAsText_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : shippedYamlFiles())
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }

    // YAML -> model -> SQLite -> model -> YAML gives identical text.
    void shippedFilesRoundTripAsText()
    {
        QFETCH(QString, file);
        Problems problems;
        auto project = readProject(file, &problems);
        QVERIFY2(project, qPrintable(dump(problems)));
        const QByteArray yaml = projectToYaml(*project);
        QString error;
        QVERIFY2(writeProject(*project, path("rt.oistudio"), &error), qPrintable(error));
        auto back = readProject(path("rt.oistudio"), &problems);
        QVERIFY2(back, qPrintable(dump(problems)));
        QCOMPARE(projectToYaml(*back), yaml);
    }

    void runsAreAppendedListedAndSurviveSaves()
    {
        const QString file = path("runs.oistudio");
        QString error;
        QVERIFY(writeProject(testing::fullProject(), file, &error));
        QVERIFY(listRuns(file, &error).empty());
        qint64 id1 = 0, id2 = 0;
        const RunRecord a{0, QStringLiteral("2026-03-01T10:00:00Z"), QStringLiteral("as-is"),
                          QStringLiteral("{\"replications\":10}"), QStringLiteral("{\"events\":123}")};
        RunRecord b = a;
        b.scenario = QStringLiteral("to-be");
        QVERIFY2(appendRun(file, a, &error, &id1), qPrintable(error));
        QVERIFY2(appendRun(file, b, &error, &id2), qPrintable(error));
        QVERIFY(id2 > id1);
        // Saving the project again keeps the history.
        Project changed = testing::fullProject();
        changed.name = QStringLiteral("Renamed");
        QVERIFY2(writeProject(changed, file, &error), qPrintable(error));
        const auto runs = listRuns(file, &error);
        QCOMPARE(runs.size(), std::size_t(2));
        QCOMPARE(runs[0].id, id1);
        QCOMPARE(runs[0].scenario, QStringLiteral("as-is"));
        QCOMPARE(runs[1].scenario, QStringLiteral("to-be"));
        QCOMPARE(runs[1].resultsJson, a.resultsJson);
        Problems problems;
        QCOMPARE(readProject(file, &problems)->name, QStringLiteral("Renamed"));
    }

    void badFilesGiveOneClearError_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an Outside-In Studio document");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("not an Outside-In Studio document");
        QTest::newRow("foreign database") << QStringLiteral("foreign") << QStringLiteral("not an Outside-In Studio document");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("damaged");
        QTest::newRow("newer") << QStringLiteral("newer") << QStringLiteral("newer Outside-In Studio");
    }

    void badFilesGiveOneClearError()
    {
        QFETCH(QString, kind);
        QFETCH(QString, fragment);
        const QString file = m_dir.filePath(kind + QStringLiteral(".oistudio"));
        QString error;
        if (kind != QLatin1String("missing") && kind != QLatin1String("foreign"))
            QVERIFY(writeProject(testing::fullProject(), file, &error));
        if (kind == QLatin1String("text") || kind == QLatin1String("empty")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            if (kind == QLatin1String("text"))
                f.write("format: outsidein/1\nproject: {name: not a database}\n");
        } else if (kind == QLatin1String("foreign")) {
            QVERIFY(execSql(file, "CREATE TABLE customers (id INTEGER); INSERT INTO customers VALUES (1);"));
        } else if (kind == QLatin1String("truncated")) {
            QFile f(file);
            QVERIFY(f.size() > 8192);
            QVERIFY(f.resize(f.size() / 2));
        } else if (kind == QLatin1String("newer")) {
            QVERIFY(execSql(file, "UPDATE schema_version SET version = 99"));
        }
        Problems problems;
        QVERIFY(!readProject(file, &problems));
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY2(problems[0].message.contains(fragment), qPrintable(problems[0].toString()));
        QCOMPARE(problems[0].file, file);
        QVERIFY(!appendRun(file, RunRecord{}, &error));
        QVERIFY(!error.isEmpty());
    }

    // A value edited by hand (or by another tool) must not load as a silent default: each gives one
    // error naming the file, the table, the row's entity id and the column.
    void badValuesAreErrors_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("fragment");
        auto row = [](const char *name, const char *sql, const char *entity, const char *column, const char *fragment) {
            QTest::newRow(name) << QString::fromUtf8(sql) << QString::fromUtf8(entity) << QString::fromUtf8(column)
                                << QString::fromUtf8(fragment);
        };
        const char *roleR1 = "table roles, row \u201cr1\u201d";
        row("unknown office", "UPDATE roles SET office = 'moon' WHERE id = 'r1'", roleR1, "office",
            "holds \u201cmoon\u201d, which is not one of: front, back, field.");
        row("unknown change kind", "UPDATE roles SET change = 'zzz' WHERE id = 'r1'", roleR1, "change",
            "\u201czzz\u201d, which is not one of: unchanged, moved");
        row("unknown node type", "UPDATE nodes SET type = 'bogus' WHERE id = 't'", "table nodes, row \u201cpr/t\u201d",
            "type", "\u201cbogus\u201d, which is not one of: start, end, task");
        row("unknown channel", "UPDATE steps SET channel = 'fax' WHERE id = 'st1'", "table steps, row \u201cst1\u201d",
            "channel", "\u201cfax\u201d, which is not one of");
        row("unknown evidence", "UPDATE steps SET evidence = 'rumour' WHERE id = 'st1'", "table steps, row \u201cst1\u201d",
            "evidence", "\u201crumour\u201d, which is not one of");
        row("unknown requirement kind", "UPDATE requirements SET kind = 'wish' WHERE id = 'q1'",
            "table requirements, row \u201cq1\u201d", "kind", "\u201cwish\u201d, which is not one of");
        row("unknown priority", "UPDATE requirements SET priority = 5 WHERE id = 'q1'",
            "table requirements, row \u201cq1\u201d", "priority", "holds \u201c5\u201d, which is not one of: must, should");
        row("unknown time unit", "UPDATE project SET time_unit = 'week'", "table project, row \u201cEverything\u201d",
            "time_unit", "\u201cweek\u201d, which is not one of: minute, hour, day.");
        row("text headcount", "UPDATE roles SET headcount = 'lots' WHERE id = 'r1'", roleR1, "headcount",
            "should hold a whole number, not \u201clots\u201d.");
        row("fractional emotion", "UPDATE steps SET emotion = 1.5 WHERE id = 'st1'", "table steps, row \u201cst1\u201d",
            "emotion", "should hold a whole number, not 1.5.");
        row("flag out of range", "UPDATE steps SET moment_of_truth = 7 WHERE id = 'st1'", "table steps, row \u201cst1\u201d",
            "moment_of_truth", "should hold 0 or 1, not 7.");
        row("text probability", "UPDATE flows SET probability = 'high' WHERE pos = 1", "table flows, row \u201cpr/flow t-e\u201d",
            "probability", "should hold a number, not \u201chigh\u201d.");
        row("text multiplier", "UPDATE scenarios SET arrival_multiplier = 'x'", "table scenarios, row \u201cto-be\u201d",
            "arrival_multiplier", "should hold a number");
        row("infinite horizon", "UPDATE project SET sim_horizon = 1e999", "table project", "sim_horizon",
            "should hold a finite number, not inf.");
        row("text seed", "UPDATE project SET sim_seed = 'abc'", "table project", "sim_seed", "whole number");
        row("malformed JSON", "UPDATE roles SET shifts = '{not json' WHERE id = 'r1'", roleR1, "shifts",
            "is not valid JSON (");
        row("JSON member of wrong type", "UPDATE roles SET cross_trained = '[{\"role\":5}]' WHERE id = 'r1'", roleR1,
            "cross_trained", "item 1: the member \u201crole\u201d should be text, not a number.");
        row("JSON object for a list", "UPDATE personas SET needs = '{\"a\":1}'", "table personas, row \u201cp1\u201d",
            "needs", "should be a JSON list");
        row("JSON list item not text", "UPDATE steps SET pain_points = '[\"ok\", 1]' WHERE id = 'st1'",
            "table steps, row \u201cst1\u201d", "pain_points", "item 1: should be an object, not text.");
        row("JSON item not an object", "UPDATE strategies SET goals = '[1]'", "table strategies, row \u201cs1\u201d",
            "goals", "item 1: should be an object, not a number.");
        row("JSON unknown distribution", "UPDATE nodes SET duration = '{\"dist\":\"weird\",\"mean\":1}' WHERE id = 't'",
            "table nodes, row \u201cpr/t\u201d", "duration", "\u201cweird\u201d is not a distribution");
        row("JSON fractional headcount", "UPDATE scenarios SET headcount = '[{\"role\":\"r1\",\"headcount\":2.5}]'",
            "table scenarios, row \u201cto-be\u201d", "headcount", "\u201cheadcount\u201d should be a whole number");
        row("JSON text for a number", "UPDATE roles SET shifts = '{\"period\":\"day\",\"capacity\":[]}' WHERE id = 'r1'",
            roleR1, "shifts", "\u201cperiod\u201d should be a number, not text.");
        row("empty JSON", "UPDATE roles SET cross_trained = '' WHERE id = 'r1'", roleR1, "cross_trained",
            "is empty, but should hold JSON.");
    }

    void badValuesAreErrors()
    {
        QFETCH(QString, sql);
        QFETCH(QString, entity);
        QFETCH(QString, column);
        QFETCH(QString, fragment);
        const QString file = path("bad-value.oistudio");
        QFile::remove(file);
        QString error;
        QVERIFY2(writeProject(testing::fullProject(), file, &error), qPrintable(error));
        Problems problems;
        QVERIFY2(readProject(file, &problems), qPrintable(dump(problems)));  // the file was good
        QVERIFY(execSql(file, sql.toUtf8().constData()));
        problems.clear();
        QVERIFY(!readProject(file, &problems));
        QVERIFY2(problems.size() == 1, qPrintable(dump(problems)));
        const Problem &p = problems[0];
        QVERIFY(p.isError());
        QCOMPARE(p.file, file);
        QVERIFY2(p.entity.startsWith(entity), qPrintable(p.toString()));
        QCOMPARE(p.field, column);
        QVERIFY2(p.message.contains(fragment), qPrintable(p.toString()));
    }

    void everyBadValueIsListed()
    {
        const QString file = path("bad-values.oistudio");
        QString error;
        QVERIFY(writeProject(testing::fullProject(), file, &error));
        QVERIFY(execSql(file, "UPDATE roles SET office = 'moon', headcount = 'lots' WHERE id = 'r1';"
                              "UPDATE nodes SET type = 'bogus' WHERE id = 't'"));
        Problems problems;
        QVERIFY(!readProject(file, &problems));
        QVERIFY2(problems.size() == 3, qPrintable(dump(problems)));
    }

    void missingTableOrColumnIsNamed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("dropped nodes") << QStringLiteral("DROP TABLE nodes") << QStringLiteral("table nodes")
                                       << QStringLiteral("no such table: nodes");
        QTest::newRow("dropped project") << QStringLiteral("DROP TABLE project") << QStringLiteral("table project")
                                         << QStringLiteral("no such table: project");
        QTest::newRow("dropped column") << QStringLiteral("ALTER TABLE roles DROP COLUMN office")
                                        << QStringLiteral("table roles") << QStringLiteral("no such column: office");
        QTest::newRow("no project row") << QStringLiteral("DELETE FROM project") << QStringLiteral("table project")
                                        << QStringLiteral("the project row is missing");
    }

    void missingTableOrColumnIsNamed()
    {
        QFETCH(QString, sql);
        QFETCH(QString, entity);
        QFETCH(QString, fragment);
        const QString file = path("dropped.oistudio");
        QFile::remove(file);
        QString error;
        QVERIFY(writeProject(testing::fullProject(), file, &error));
        QVERIFY(execSql(file, sql.toUtf8().constData()));
        Problems problems;
        QVERIFY(!readProject(file, &problems));
        QVERIFY2(problems.size() == 1, qPrintable(dump(problems)));
        QCOMPARE(problems[0].file, file);
        QCOMPARE(problems[0].entity, entity);
        QVERIFY2(problems[0].message.contains(fragment), qPrintable(problems[0].toString()));
        QVERIFY2(!problems[0].message.contains(QLatin1String("not an error")), qPrintable(problems[0].toString()));
    }

    void saveRefusesToOverwriteNewerDocument()
    {
        const QString file = path("newer-target.oistudio");
        QString error;
        QVERIFY(writeProject(testing::fullProject(), file, &error));
        QVERIFY(execSql(file, "UPDATE schema_version SET version = 7"));
        QVERIFY(!writeProject(testing::fullProject(), file, &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    }

    void failedSaveLeavesPreviousFile()
    {
        const QString file = path("keep.oistudio");
        QString error;
        QVERIFY(writeProject(testing::fullProject(), file, &error));
        const QByteArray before = [&] {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        // A full disk, as the process sees it: no file may grow past 8 KB while saving.
        struct rlimit old {};
        QVERIFY(getrlimit(RLIMIT_FSIZE, &old) == 0);
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit tiny = old;
        tiny.rlim_cur = 8 * 1024;
        QVERIFY(setrlimit(RLIMIT_FSIZE, &tiny) == 0);
        Project other = testing::fullProject();
        other.name = QStringLiteral("Other");
        const bool saved = writeProject(other, file, &error);
        setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY(!saved);
        QVERIFY2(error.contains(file), qPrintable(error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // byte for byte
        // No temporary file is left behind.
        const QStringList left = QDir(QFileInfo(file).absolutePath()).entryList({ QStringLiteral(".keep.oistudio*") },
            QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    }

    void leftoversOfOtherSavesDoNotCollide()
    {
        const QString file = path("leftover.oistudio");
        QString error;
        QVERIFY(writeProject(testing::fullProject(), file, &error));
        // What a crashed save of an older studio left behind, in the way of a fixed temporary name.
        QVERIFY(QDir().mkpath(file + QStringLiteral(".tmp/blocker")));
        Project other = testing::fullProject();
        other.name = QStringLiteral("Other");
        QVERIFY2(writeProject(other, file, &error), qPrintable(error));
        Problems problems;
        auto back = readProject(file, &problems);
        QVERIFY(back);
        QCOMPARE(back->name, QStringLiteral("Other"));
    }

    void journeyPositionsMayHaveGaps()
    {
        const QString file = path("gaps.oistudio");
        QString error;
        Project project = testing::fullProject();
        Journey second = project.journeys.front();
        second.id = QStringLiteral("second");
        for (Step &step : second.steps)
            step.id += QStringLiteral("-2");
        project.journeys.push_back(second);
        project.requirements.clear(); // they would link the first journey's steps only
        QVERIFY(writeProject(project, file, &error));
        // A hand-made file numbers its journeys 0, 10, 20…
        QVERIFY(execSql(file, "UPDATE steps SET journey_pos = journey_pos * 10; UPDATE journeys SET pos = pos * 10"));
        Problems problems;
        auto back = readProject(file, &problems);
        QVERIFY2(back, qPrintable(dump(problems)));
        QCOMPARE(back->journeys, project.journeys);
    }

    void foreignFilesCannotRunTheirSchema()
    {
        const QString file = path("defensive.oistudio");
        QString error;
        QVERIFY(writeProject(testing::fullProject(), file, &error));
        sql::Db db;
        QVERIFY(db.open(file, false, false, &error));
        sql::Stmt trusted(db, "PRAGMA trusted_schema");
        QVERIFY(trusted.next());
        QCOMPARE(trusted.integer(0), 0);
    }

    // A real upgrade, end to end: this test pretends the current schema is 2 and that version 1
    // named the roles' headcount column `staff` and spelled offices in capitals. Reading a
    // version-2 file upgrades a copy with the step and gives the project as written; the user's
    // file is left exactly as it was.
    void readingUpgradesAnOlderSchema()
    {
        const QString file = path("old-schema.oistudio");
        QString error;
        const Project original = testing::fullProject();
        QVERIFY(writeProject(original, file, &error));
        QVERIFY(execSql(file, "ALTER TABLE roles RENAME COLUMN headcount TO staff;"
                              "UPDATE roles SET office = upper(office);"));
        QFile::setPermissions(file, QFileDevice::ReadOwner);  // opening must not need to write
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        const QDateTime modified = QFileInfo(file).lastModified();

        Problems problems;
        QVERIFY(!readProject(file, &problems));  // this build's own schema has no `staff`
        QVERIFY2(dump(problems).contains(QLatin1String("no such column: headcount")), qPrintable(dump(problems)));

        // A pretend next schema whose step from this build's undoes the damage; earlier steps are not needed.
        constexpr int next = kSqliteSchemaVersion + 1;
        std::vector<SqliteMigrationStep> steps(std::size_t(kSqliteSchemaVersion - 1), nullptr);
        steps.push_back([](sql::Db &db, QString *e) {
            return db.exec("ALTER TABLE roles RENAME COLUMN staff TO headcount;"
                           "UPDATE roles SET office = lower(office);", e);
        });
        problems.clear();
        auto upgraded = sqlitedetail::readSqliteProject(file, &problems, next, steps);
        QVERIFY2(upgraded, qPrintable(dump(problems)));
        QVERIFY(problems.empty());
        QVERIFY(*upgraded == original);
        QCOMPARE(upgraded->roles[0].headcount, original.roles[0].headcount);
        QCOMPARE(upgraded->roles[0].office, original.roles[0].office);

        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == before);
        f.close();
        QCOMPARE(QFileInfo(file).lastModified(), modified);

        // Upgrading in place (as appendRun does) changes the file and records the new version.
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY2(migrateSqliteFile(file, next, steps, &error), qPrintable(error));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT version FROM schema_version", -1, &st, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(st, 0), next);
        sqlite3_finalize(st);
        sqlite3_close(db);
        problems.clear();
        QVERIFY2(sqlitedetail::readSqliteProject(file, &problems, next, steps), qPrintable(dump(problems)));
    }

    void migrationStepsRunInOneTransaction()
    {
        const QString file = path("migrate.oistudio");
        QString error;
        QVERIFY(writeProject(testing::fullProject(), file, &error));
        QVERIFY(execSql(file, "UPDATE schema_version SET version = 0"));  // pretend: pre-history
        QVERIFY(!migrateSqliteFile(file, 1, {}, &error));                  // version 0 is damaged
        QVERIFY(execSql(file,
            (QByteArray("UPDATE schema_version SET version = ") + QByteArray::number(kSqliteSchemaVersion)).constData()));
        // A fake step to the next version is refused as "newer" by this build afterwards, so only
        // check that a failing step rolls everything back.
        std::vector<SqliteMigrationStep> failing(std::size_t(kSqliteSchemaVersion - 1), nullptr);
        failing.push_back([](sql::Db &, QString *e) {
            *e = QStringLiteral("boom");
            return false;
        });
        QVERIFY(!migrateSqliteFile(file, kSqliteSchemaVersion + 1, failing, &error));
        QCOMPARE(error, QStringLiteral("boom"));
        Problems problems;
        QVERIFY2(readProject(file, &problems), qPrintable(dump(problems)));
    }
};

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "tst_sqlitestore.moc"
