// SPDX-License-Identifier: GPL-3.0-or-later
// Version 1 -> 2: a v1 file, in YAML and in SQLite, opens with the same meaning in both formats,
// saves as v2, and a v2 document goes YAML -> SQLite -> YAML as identical text.
#include "model/projectio.h"
#include "model/sqliteschema.h"
#include "model/sqlitestore.h"
#include "model/yamlreader.h"
#include "model/yamlwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace oi::model;

namespace {

const char *kV1Yaml = R"(format: outsidein/1
project: {name: Old, time_unit: minute}
personas:
  - id: p
    needs: [Fast help, Fast help, "¿Qué?"]
journeys:
  - id: j
    persona: p
    stages: [{id: s, name: S}]
    steps:
      - {id: st, stage: s, title: Calls, pain_points: [Slow]}
roles:
  - {id: clerk, responsibilities_as_is: [Enter orders, Chase data], headcount: 1}
  - {id: sales, responsibilities_as_is: [Sell], responsibilities_to_be: [Sell, Enter orders, Coach], headcount: 1}
processes:
  - id: pr
    lanes: [clerk, sales]
    nodes:
      - {id: in, type: start, arrivals: {dist: exponential, mean: 5}, x: 10, y: 20}
      - {id: t, type: task, role: clerk, duration: {dist: fixed, value: 1}, x: 100}
      - {id: e, type: end}
    flows:
      - {from: in, to: t}
      - {from: in, to: t, label: again}
      - {from: t, to: e}
)";

bool exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK)
        qWarning() << message;
    sqlite3_free(message);
    return rc == SQLITE_OK;
}

// The same document as kV1Yaml, written with the version-1 schema as the previous release did.
bool writeV1Sqlite(const QString &file)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(file.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    const QByteArray id = "PRAGMA application_id = " + QByteArray::number(kSqliteApplicationId);
    const bool ok = exec(db, id.constData()) && exec(db, sqlschema::kSchemaV1)
        && exec(db, R"sql(
INSERT INTO schema_version VALUES (1);
INSERT INTO project VALUES ('Old', '', '', '', 'minute', '', '', 0, 0, 0, '1');
INSERT INTO personas VALUES (0, 'p', '', '', '["Fast help","Fast help","¿Qué?"]', '[]', '');
INSERT INTO journeys VALUES (0, 'j', '', 'p', '', '[{"id":"s","name":"S"}]');
INSERT INTO steps VALUES (0, 0, 'st', 's', 'Calls', '', '', 'other', 0, 0, NULL, 'assumption', '["Slow"]', '[]', 0,
  '[]', '[]', '[]', '[]', '[]');
INSERT INTO roles VALUES (0, 'clerk', '', '', 'back', '["Enter orders","Chase data"]', '[]', 'unchanged', '', 1, NULL, '[]');
INSERT INTO roles VALUES (1, 'sales', '', '', 'back', '["Sell"]', '["Sell","Enter orders","Coach"]', 'unchanged', '', 1,
  NULL, '[]');
INSERT INTO processes VALUES (0, 'pr', '', '', '', '["clerk","sales"]');
INSERT INTO nodes VALUES (0, 0, 'in', '', 'start', '', NULL, 0,
  '{"dist":"exponential","value":0,"min":0,"mode":0,"max":0,"mean":5,"sd":0,"k":1,"values":[],"weights":[]}',
  NULL, NULL, 10, 20);
INSERT INTO nodes VALUES (0, 1, 't', '', 'task', 'clerk',
  '{"dist":"fixed","value":1,"min":0,"mode":0,"max":0,"mean":0,"sd":0,"k":1,"values":[],"weights":[]}', 0,
  NULL, NULL, NULL, 100, NULL);
INSERT INTO nodes VALUES (0, 2, 'e', '', 'end', '', NULL, 0, NULL, NULL, NULL, NULL, NULL);
INSERT INTO flows VALUES (0, 0, 'in', 't', NULL, '');
INSERT INTO flows VALUES (0, 1, 'in', 't', NULL, 'again');
INSERT INTO flows VALUES (0, 2, 't', 'e', NULL, '');
)sql");
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestMigrationV2 : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;

private slots:
    void yamlVersionOneMeansTheSame()
    {
        Problems problems;
        auto p = projectFromYaml(kV1Yaml, QStringLiteral("old.oi.yaml"), &problems);
        QVERIFY(p);
        QVERIFY(problems.empty());
        const Persona &persona = p->personas.front();
        QCOMPARE(persona.needs.size(), std::size_t(3));
        QCOMPARE(persona.needs[0].id, QStringLiteral("fast-help"));
        QCOMPARE(persona.needs[1].id, QStringLiteral("fast-help-2"));
        QCOMPARE(persona.needs[2].id, QStringLiteral("que")); // accents folded, punctuation dropped
        QCOMPARE(persona.needs[0].text, QStringLiteral("Fast help"));
        // One responsibility moves from the clerk to sales; one is kept; one retired; one new.
        auto r = [&](const char *text) {
            for (const Responsibility &x : p->responsibilities)
                if (x.text == QLatin1String(text))
                    return x;
            return Responsibility {};
        };
        QCOMPARE(p->responsibilities.size(), std::size_t(4));
        QCOMPARE(r("Enter orders").asIs, QStringLiteral("clerk"));
        QCOMPARE(r("Enter orders").toBe, QStringLiteral("sales"));
        QCOMPARE(r("Chase data").toBe, QString());
        QCOMPARE(r("Sell").asIs, QStringLiteral("sales"));
        QCOMPARE(r("Sell").toBe, QStringLiteral("sales"));
        QCOMPARE(r("Coach").asIs, QString());
        QCOMPARE(r("Coach").toBe, QStringLiteral("sales"));
        const Process &pr = p->processes.front();
        QCOMPARE(pr.nodes[0].bounds, std::optional(Bounds { 10, 20, 36, 36 }));
        QCOMPARE(pr.nodes[1].bounds, std::optional(Bounds { 100, 0, 100, 80 }));
        QVERIFY(!pr.nodes[2].bounds);
        QCOMPARE(pr.flows[0].id, QStringLiteral("in-t"));
        QCOMPARE(pr.flows[1].id, QStringLiteral("in-t-2")); // two flows between the same nodes, told apart
        QCOMPARE(pr.flows[2].id, QStringLiteral("t-e"));
        QCOMPARE(p->journeys.front().steps.front().painPoints,
            (std::vector<PainPoint> { { QStringLiteral("Slow"), std::nullopt } }));

        // It saves as version 2 and reads back as the same project.
        const QByteArray v2 = projectToYaml(*p);
        QVERIFY(v2.startsWith("format: outsidein/2\n"));
        QVERIFY(!v2.contains("responsibilities_as_is"));
        auto again = projectFromYaml(v2, QString(), &problems);
        QVERIFY(again && *again == *p);
    }

    void sqliteVersionOneUpgradesLikeYaml()
    {
        const QString file = mDir.filePath(QStringLiteral("old.oistudio"));
        QVERIFY(writeV1Sqlite(file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        Problems problems;
        auto fromSqlite = readProject(file, &problems);
        QVERIFY2(fromSqlite, problems.empty() ? "" : qPrintable(problems.front().toString()));
        auto fromYaml = projectFromYaml(kV1Yaml, QString(), &problems);
        QVERIFY(fromYaml);
        QCOMPARE(projectToYaml(*fromSqlite), projectToYaml(*fromYaml));
        QVERIFY(*fromSqlite == *fromYaml);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == before); // reading never upgrades the user's file in place
    }

    void versionTwoRoundTripsAsIdenticalText()
    {
        for (const char *name : { "samples/subscription-broadband.oi.yaml", "templates/telecom-subscription.oi.yaml" }) {
            QFile in(QStringLiteral(OI_SOURCE_DIR "/resources/") + QLatin1String(name));
            QVERIFY(in.open(QIODevice::ReadOnly));
            Problems problems;
            auto p = projectFromYaml(in.readAll(), in.fileName(), &problems);
            QVERIFY(p);
            const QString db = mDir.filePath(QStringLiteral("rt.oistudio"));
            QString error;
            QVERIFY2(writeProject(*p, db, &error), qPrintable(error));
            auto back = readProject(db, &problems);
            QVERIFY(back);
            QCOMPARE(QString::fromUtf8(projectToYaml(*back)), QString::fromUtf8(projectToYaml(*p)));
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrationV2)
#include "tst_migrationv2.moc"
