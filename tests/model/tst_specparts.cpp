// SPDX-License-Identifier: GPL-3.0-or-later
// The vendor specification's parts of the document (issue 15): executives' decisions,
// proof-of-concept scenarios, vendors with scores and the priority weights. Read and written in
// YAML and SQLite alike, upgraded from schema 3, checked strictly, renamed and unlinked with what
// they name.
#include "model/deleteentity.h"
#include "model/projectio.h"
#include "model/renameid.h"
#include "model/sqlitestore.h"
#include "model/validator.h"
#include "model/yamlreader.h"
#include "model/yamlwriter.h"

#include "support/fullproject.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace oi::model;

namespace {

bool execSql(const QString &file, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(file.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK)
        qWarning() << message;
    sqlite3_free(message);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

QString messages(const Problems &problems, bool specOnly = false)
{
    QStringList out;
    const auto isSpec = [](const Problem &p) {
        return p.entity.startsWith(QLatin1String("decision")) || p.entity.startsWith(QLatin1String("poc scenario"))
            || p.entity.startsWith(QLatin1String("vendor")) || p.field.startsWith(QLatin1String("priority_weights"));
    };
    for (const Problem &p : problems)
        if (p.severity == Problem::Severity::Error && (!specOnly || isSpec(p)))
            out << p.entity + u' ' + p.field + u' ' + p.message;
    return out.join(u'\n');
}

} // namespace

class TestSpecParts : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsInBothFormats()
    {
        const Project p = oi::model::testing::fullProject();
        const QByteArray yaml = projectToYaml(p);
        QVERIFY(yaml.contains("decisions:"));
        QVERIFY(yaml.contains("poc_scenarios:"));
        QVERIFY(yaml.contains("priority_weights: {must: 5"));
        Problems problems;
        auto again = projectFromYaml(yaml, QString(), &problems);
        QVERIFY2(again && problems.empty(), qPrintable(messages(problems)));
        QCOMPARE(again->decisions, p.decisions);
        QCOMPARE(again->pocScenarios, p.pocScenarios);
        QCOMPARE(again->vendors, p.vendors);
        QCOMPARE(again->priorityWeights, p.priorityWeights);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("spec.oistudio"));
        QString error;
        QVERIFY2(writeProject(p, file, &error), qPrintable(error));
        auto fromSqlite = readProject(file, &problems);
        QVERIFY2(fromSqlite, qPrintable(messages(problems)));
        QVERIFY(*fromSqlite == p);
    }

    void oddIdsRoundTripThroughYaml()
    {
        // What an SQLite document may hold must read back from the YAML it is converted to.
        Project p;
        p.name = QStringLiteral("x");
        p.vendors = { { QStringLiteral("~"), QStringLiteral("null"),
            { { QStringLiteral("~"), 1 }, { QStringLiteral("null"), 2 }, { QString(), 0 },
                { QStringLiteral("a: b"), 3 }, { QStringLiteral("#x"), 1 }, { QStringLiteral("- y"), 2 } } } };
        p.decisions = { { QString(), QString(), Decision::Reject, QStringLiteral("~"), {}, {} } };
        p.pocScenarios = { { QStringLiteral("null"), {}, {}, {}, { {}, {} } } };
        Problems problems;
        auto again = projectFromYaml(projectToYaml(p), QString(), &problems);
        QVERIFY2(again && !hasErrors(problems), qPrintable(messages(problems) + QString::fromUtf8(projectToYaml(p))));
        QCOMPARE(again->vendors, p.vendors);
        QCOMPARE(again->decisions, p.decisions);
        QCOMPARE(again->pocScenarios, p.pocScenarios);
    }

    void defaultWeightsAreNotWritten()
    {
        Project p;
        p.name = QStringLiteral("x");
        QVERIFY(!projectToYaml(p).contains("priority_weights"));
    }

    void upgradesSchemaThreeDocuments()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("v3.oistudio"));
        Project p = oi::model::testing::fullProject();
        p.decisions.clear();
        p.pocScenarios.clear();
        p.vendors.clear();
        p.priorityWeights = {};
        QString error;
        QVERIFY(writeProject(p, file, &error));
        // What the previous release wrote: no spec tables, no weights or currency column.
        QVERIFY(execSql(file,
            "DROP TABLE decisions; DROP TABLE poc_scenarios; DROP TABLE vendors; "
            "ALTER TABLE project DROP COLUMN priority_weights; ALTER TABLE project DROP COLUMN currency; "
            "UPDATE schema_version SET version = 3"));
        Problems problems;
        auto read = readProject(file, &problems);
        QVERIFY2(read, qPrintable(messages(problems)));
        QVERIFY(*read == p);
        QVERIFY(migrateSqliteFile(file, &error));
        QVERIFY(execSql(file, "INSERT INTO decisions VALUES (0, 'd', 'role/r1', 'approve', NULL, NULL, NULL)"));
        read = readProject(file, &problems);
        QVERIFY(read);
        QCOMPARE(read->decisions.size(), std::size_t(1));
        QCOMPARE(read->decisions[0].verdict, Decision::Approve);
    }

    void sqliteRefusesWhatYamlRefuses()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bad.oistudio"));
        QString error;
        QVERIFY(writeProject(oi::model::testing::fullProject(), file, &error));
        QVERIFY(execSql(file, "UPDATE decisions SET verdict = 'maybe' WHERE id = 'd1'"));
        Problems problems;
        QVERIFY(!readProject(file, &problems));
        QVERIFY2(
            messages(problems).contains(QStringLiteral("approve, reject, question")), qPrintable(messages(problems)));
        QVERIFY(writeProject(oi::model::testing::fullProject(), file, &error));
        QVERIFY(execSql(file, "UPDATE vendors SET scores = '[{\"requirement\":\"q1\",\"score\":1.5}]'"));
        problems.clear();
        QVERIFY(!readProject(file, &problems));
        QVERIFY(messages(problems).contains(QStringLiteral("whole number")));
    }

    void yamlReaderSaysWhatIsWrong()
    {
        const QByteArray text = R"(format: outsidein/2
project: {name: X}
decisions:
  - {id: d, verdict: perhaps}
vendors:
  - {id: v, scores: {q: high}}
)";
        Problems problems;
        projectFromYaml(text, QStringLiteral("x.oi.yaml"), &problems);
        const QString all = messages(problems);
        QVERIFY2(all.contains(QStringLiteral("subject")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("perhaps")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("scores.q")), qPrintable(all));
    }

    void validatedStrictly()
    {
        Project p = oi::model::testing::fullProject();
        QVERIFY2(messages(validate(p), true).isEmpty(), qPrintable(messages(validate(p), true)));
        p.decisions.push_back({ QStringLiteral("d1"), QStringLiteral("persona/p1"), Decision::Reject, {}, {},
            QStringLiteral("30/11/2026") });
        p.decisions.push_back({ QStringLiteral("d3"), QStringLiteral("strategy/nope"), Decision::Reject, {}, {}, {} });
        p.pocScenarios[0].journey = QStringLiteral("nowhere");
        p.pocScenarios[0].steps[0].task = QStringLiteral("pr/ghost");
        p.pocScenarios[0].steps[0].minutes = -1;
        p.vendors[0].scores.push_back({ QStringLiteral("q1"), 4 });
        p.vendors[1].scores.push_back({ QStringLiteral("ghost"), 1 });
        p.priorityWeights.must = -1;
        const QString all = messages(validate(p), true);
        for (const char *expected : { "decision d1 id the id \u201cd1\u201d is used by another decision",
                 "is not a subject", "30/11/2026", "no strategy has the id \u201cnope\u201d",
                 "no journey has the id \u201cnowhere\u201d", "pr/ghost", "minutes allowed cannot be negative",
                 "scored twice", "not 4", "no requirement has the id \u201cghost\u201d", "priority_weights.must" })
            QVERIFY2(all.contains(QString::fromUtf8(expected)), qPrintable(expected + (u'\n' + all)));
    }

    void renamesFollowEveryReference()
    {
        Project p = oi::model::testing::fullProject();
        QString error;
        QVERIFY(renameId(p, IdKind::Strategy, QStringLiteral("s1"), QStringLiteral("serve"), &error) > 0);
        QCOMPARE(p.decisions[0].subject, QStringLiteral("strategy/serve"));
        QVERIFY(renameId(p, IdKind::Scenario, QStringLiteral("to-be"), QStringLiteral("future"), &error) > 0);
        QCOMPARE(p.decisions[1].subject, QStringLiteral("scenario/future"));
        QVERIFY(renameId(p, IdKind::Journey, QStringLiteral("j1"), QStringLiteral("journey"), &error) > 0);
        QCOMPARE(p.pocScenarios[0].journey, QStringLiteral("journey"));
        QVERIFY(renameId(p, IdKind::Node, QStringLiteral("pr/t"), QStringLiteral("task"), &error) > 0);
        QCOMPARE(p.pocScenarios[0].steps[0].task, QStringLiteral("pr/task"));
        QVERIFY(renameId(p, IdKind::Process, QStringLiteral("pr"), QStringLiteral("proc"), &error) > 0);
        QCOMPARE(p.pocScenarios[0].steps[0].task, QStringLiteral("proc/task"));
        QVERIFY(renameId(p, IdKind::Process, QStringLiteral("pr2"), QStringLiteral("proc2"), &error) > 0);
        QCOMPARE(p.pocScenarios[0].process, QStringLiteral("proc2"));
        QVERIFY(renameId(p, IdKind::Role, QStringLiteral("r1"), QStringLiteral("rep"), &error) > 0);
        QCOMPARE(p.pocScenarios[0].steps[0].role, QStringLiteral("rep"));
        QVERIFY(renameId(p, IdKind::Requirement, QStringLiteral("q1"), QStringLiteral("offline"), &error) > 0);
        QCOMPARE(p.pocScenarios[0].steps[0].requirement, QStringLiteral("offline"));
        QCOMPARE(p.vendors[0].scores[0].requirement, QStringLiteral("offline"));
        QVERIFY2(messages(validate(p), true).isEmpty(), qPrintable(messages(validate(p), true)));
    }

    void deletesUnlinkEveryReference()
    {
        Project p = oi::model::testing::fullProject();
        const References refs = referencesTo(p, IdKind::Requirement, QStringLiteral("q1"));
        QVERIFY2(refs.referrers.join(u',').contains(QStringLiteral("vendor \u201cAcme CRM\u201d")),
            qPrintable(refs.referrers.join(u',')));
        QString error;
        QVERIFY(deleteEntity(p, IdKind::Requirement, QStringLiteral("q1"), true, &error));
        QVERIFY(p.vendors[0].scores.empty());
        QVERIFY(p.pocScenarios[0].steps[0].requirement.isEmpty());
        QVERIFY(deleteEntity(p, IdKind::Strategy, QStringLiteral("s1"), true, &error));
        QCOMPARE(p.decisions.size(), std::size_t(1)); // the verdict on s1 has nothing to apply to
        QVERIFY(deleteEntity(p, IdKind::Journey, QStringLiteral("j1"), true, &error));
        QVERIFY(p.pocScenarios[0].journey.isEmpty());
        QVERIFY2(messages(validate(p), true).isEmpty(), qPrintable(messages(validate(p), true)));
    }
};

QTEST_GUILESS_MAIN(TestSpecParts)
#include "tst_specparts.moc"
