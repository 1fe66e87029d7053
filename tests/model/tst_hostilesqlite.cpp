// SPDX-License-Identifier: GPL-3.0-or-later
// .oistudio files made or changed by something else: views and triggers planted in them, a header
// declaring a 2 GB database, values and row counts no project has. Each is refused with a sentence,
// in bounded time and memory (the limits are in docs/file-format.md).
#include "support/fullproject.h"

#include "model/projectio.h"
#include "model/sqlitedb.h"
#include "model/sqlitestore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/resource.h>

using namespace oi::model;

namespace {
bool execSql(const QString &file, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(file.toUtf8().constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok)
        qWarning("%s", sqlite3_errmsg(db));
    sqlite3_close(db);
    return ok;
}

QString firstError(const Problems &problems)
{
    for (const Problem &p : problems)
        if (p.isError())
            return p.toString();
    return {};
}

// Every column the reader selects from steps, so the view reads as the table would.
constexpr const char *kStepColumns
    = "journey_pos, pos, id, stage, title, customer_action, touchpoint, channel, customer_initiated, emotion, "
      "emotion_to_be, evidence, pain_points, opportunities, moment_of_truth, metrics, front_roles, back_roles, "
      "processes, requirements, serves";
} // namespace

class TestHostileSqlite : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;

    QString document(const char *name)
    {
        const QString file = mDir.filePath(QLatin1String(name));
        QFile::remove(file);
        QString error;
        return writeProject(testing::fullProject(), file, &error) ? file : QString();
    }

    /** Reads `file`, which must be refused within 10 s with an error containing `fragment`. */
    void expectRefused(const QString &file, const QString &fragment)
    {
        QElapsedTimer timer;
        timer.start();
        Problems problems;
        const auto project = readProject(file, &problems);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!project);
        const QString error = firstError(problems);
        QVERIFY2(error.contains(fragment), qPrintable(error));
        QVERIFY2(!error.contains(u'\n'), qPrintable(error)); // one sentence, not a hundred findings
        struct rusage usage
        {
        };
        QVERIFY(getrusage(RUSAGE_SELF, &usage) == 0);
        QVERIFY2(usage.ru_maxrss < 1024 * 1024, qPrintable(QString::number(usage.ru_maxrss))); // KB: under 1 GB
    }

private slots:
    void viewsInPlaceOfTablesAreRefused()
    {
        // A view that reads as the steps table did: without the check it would be believed.
        const QString file = document("view.oistudio");
        const QByteArray plant = "CREATE TABLE steps_real AS SELECT * FROM steps; DROP TABLE steps; "
                                 "CREATE VIEW steps AS SELECT "
            + QByteArray(kStepColumns) + " FROM steps_real;";
        QVERIFY(execSql(file, plant.constData()));
        expectRefused(file, QStringLiteral("view named steps"));

        // One that never ends: a recursive query behind the name of a table.
        const QString endless = document("endless.oistudio");
        QVERIFY(execSql(endless,
            "DROP TABLE requirements; CREATE VIEW requirements(pos, id, kind, text, priority, acceptance, steps, "
            "nodes) AS WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n) "
            "SELECT i, 'r' || i, 'functional', 'x', 'must', '', '[]', '[]' FROM n"));
        expectRefused(endless, QStringLiteral("view named requirements"));
    }

    void triggersAreRefusedAndNeverRun()
    {
        const QString file = document("trigger.oistudio");
        QVERIFY(execSql(file,
            "CREATE TABLE witness (n INTEGER); CREATE TRIGGER spy AFTER UPDATE ON schema_version "
            "BEGIN INSERT INTO witness VALUES (1); END;"));
        expectRefused(file, QStringLiteral("trigger named spy"));
        // Nor does an upgrade of it run the trigger: refused before any statement writes.
        QString error;
        QVERIFY(!migrateSqliteFile(file, &error));
        QVERIFY2(error.contains(QLatin1String("trigger")), qPrintable(error));
    }

    void aDeclared2GbDatabaseIsDamageNotAWait()
    {
        const QString file = document("pages.oistudio");
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray header = f.read(100);
        const qint64 pageSize = (quint8(header[16]) << 8) | quint8(header[17]);
        const quint32 pages = quint32((2LL << 30) / pageSize);
        for (int i = 0; i < 4; ++i)
            header[28 + i] = char((pages >> (8 * (3 - i))) & 0xff);
        header.replace(92, 4, header.mid(24, 4)); // "valid for" this change counter: the size is believed
        QVERIFY(f.seek(0));
        QCOMPARE(f.write(header), qint64(100));
        f.close();
        expectRefused(file, QStringLiteral("damaged"));

        // The same with the file really that long (sparse: no disk used).
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(qint64(pages) * pageSize));
        f.close();
        expectRefused(file, QStringLiteral("damaged"));
        QFile::remove(file);
    }

    void valuesPastTheLimitAreRefused()
    {
        const QString file = document("long.oistudio");
        const QByteArray sql = "UPDATE project SET description = CAST(zeroblob("
            + QByteArray::number(sql::kMaxValueBytes + 1) + ") AS TEXT)";
        QVERIFY(execSql(file, sql.constData()));
        expectRefused(file, QStringLiteral("too big"));
        QFile::remove(file);
    }

    // Found by the fuzzer: read as "", written to YAML as "", which the YAML reader refuses as no id,
    // so the converted file did not read back.
    void emptyIdsInScenarioChangesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("variant missing") << QByteArray("UPDATE scenarios SET variants = '[{\"process\":\"pr\"}]'")
                                         << QStringLiteral("\u201cvariant\u201d should be an id");
        QTest::newRow("reassigned to nobody")
            << QByteArray("UPDATE scenarios SET reassign = '[{\"node\":\"pr/t\",\"role\":\"\"}]'")
            << QStringLiteral("\u201crole\u201d should be an id");
    }

    void emptyIdsInScenarioChangesAreRefused()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, fragment);
        const QString file = document("empty-id.oistudio");
        QVERIFY(execSql(file, sql.constData()));
        expectRefused(file, fragment);
    }

    void rowsPastTheLimitAreRefused()
    {
        const QString file = document("rows.oistudio");
        const QByteArray sql = "WITH RECURSIVE n(i) AS (SELECT 1000 UNION ALL SELECT i + 1 FROM n LIMIT "
            + QByteArray::number(sql::kMaxRows)
            + ") INSERT INTO strategies SELECT i, 's' || i, '', '', '', '[]' FROM n";
        QVERIFY(execSql(file, sql.constData()));
        expectRefused(file, QString::number(sql::kMaxRows));
        QFile::remove(file);
    }
};

QTEST_GUILESS_MAIN(TestHostileSqlite)
#include "tst_hostilesqlite.moc"
