// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/projectio.h"
#include "model/yamlmigration.h"
#include "model/yamlreader.h"
#include "model/yamlwriter.h"
#include "support/fullproject.h"

#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace oi::model;
using oi::model::testing::fullProject;

namespace {

QString dump(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

const Problem *findProblem(const Problems &problems, const QString &needle)
{
    for (const Problem &p : problems)
        if (p.toString().contains(needle))
            return &p;
    return nullptr;
}

} // namespace

class TestYamlIo : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTrips()
    {
        const Project original = fullProject();
        const QByteArray text = projectToYaml(original);
        Problems problems;
        auto back = projectFromYaml(text, QStringLiteral("mem.oi.yaml"), &problems);
        QVERIFY2(back, qPrintable(dump(problems)));
        QVERIFY2(problems.empty(), qPrintable(dump(problems) + u'\n' + QString::fromUtf8(text)));
        QVERIFY2(*back == original, text.constData());
        QCOMPARE(projectToYaml(*back), text);
    }

    void tandemBenchmarkLoads()
    {
        Problems problems;
        auto p = readProject(QStringLiteral(OI_TEST_DATA "/tandem.oi.yaml"), &problems);
        QVERIFY2(p, qPrintable(dump(problems)));
        QVERIFY2(problems.empty(), qPrintable(dump(problems)));
        QCOMPARE(p->name, QStringLiteral("Tandem benchmark"));
        QCOMPARE(p->roles.size(), std::size_t(5));
        QCOMPARE(p->roles[2].headcount, 3);
        QCOMPARE(p->processes.size(), std::size_t(1));
        const Process &pr = p->processes[0];
        QCOMPARE(pr.nodes.size(), std::size_t(7));
        QCOMPARE(pr.flows.size(), std::size_t(6));
        QCOMPARE(pr.nodes[0].type, NodeType::Start);
        QCOMPARE(pr.nodes[0].arrivals.kind, DistKind::Exponential);
        QCOMPARE(pr.nodes[0].arrivals.mean, 0.4166666666666667);
        QCOMPARE(pr.nodes[1].role, QStringLiteral("s1"));
        QCOMPARE(pr.nodes[6].type, NodeType::End);
        // Writing it again, reading, writing: the text is stable.
        const QByteArray once = projectToYaml(*p);
        auto again = projectFromYaml(once, QString(), &problems);
        QVERIFY(again);
        QCOMPARE(projectToYaml(*again), once);
        QVERIFY(once.contains("mean: 0.4166666666666667}"));
    }

    void fileWriteAndRead()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("x.oi.yaml"));
        QString error;
        QVERIFY2(writeProject(fullProject(), file, &error), qPrintable(error));
        Problems problems;
        auto back = readProject(file, &problems);
        QVERIFY2(back, qPrintable(dump(problems)));
        QVERIFY(*back == fullProject());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("loads");       // a project comes back despite the problem
        QTest::addColumn<bool>("isError");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("needle");

        const QByteArray head = "format: outsidein/1\nproject:\n  name: X\n";
        QTest::newRow("malformed") << QByteArray("format: outsidein/1\nroles: [\n  {id: a\n")
                                   << false << true << 4 << 1 << QStringLiteral("not valid YAML");
        QTest::newRow("bad indentation") << QByteArray("project:\n  name: X\n bad: 1\n")
                                          << false << true << 3 << 2 << QStringLiteral("not valid YAML");
        QTest::newRow("empty") << QByteArray("") << false << true << 0 << 0
                               << QStringLiteral("empty");
        QTest::newRow("top is a list") << QByteArray("- a\n- b\n") << false << true << 1 << 1
                                       << QStringLiteral("should be a map");
        QTest::newRow("newer format") << QByteArray("format: outsidein/3\n") << false << true << 1 << 9
                                      << QStringLiteral("newer");
        QTest::newRow("foreign format") << QByteArray("format: bpmn/2\n") << false << true << 1 << 9
                                        << QStringLiteral("not an Outside-In Studio format");
        QTest::newRow("no format") << QByteArray("project: {name: X}\n") << true << false << 1 << 1
                                   << QStringLiteral("no format header");
        QTest::newRow("missing project") << QByteArray("format: outsidein/1\n") << true << true << 1 << 1
                                         << QStringLiteral("project name: the file has no project section");
        QTest::newRow("wrong type headcount")
            << head + "roles:\n  - {id: a, headcount: three}\n" << true << true << 5 << 24
            << QStringLiteral("role a headcount: should be a whole number, not \u201cthree\u201d");
        QTest::newRow("fractional headcount")
            << head + "roles:\n  - {id: a, headcount: 2.5}\n" << true << true << 5 << 24
            << QStringLiteral("whole number");
        QTest::newRow("list instead of text")
            << head + "roles:\n  - id: a\n    name: [x]\n" << true << true << 6 << 11
            << QStringLiteral("role a name: should be text, not a list");
        QTest::newRow("unknown office")
            << head + "roles:\n  - {id: a, office: middle}\n" << true << true << 5 << 21
            << QStringLiteral("\u201cmiddle\u201d is not a known value; use one of: front, back, field");
        QTest::newRow("unknown dist")
            << head + "processes:\n  - id: p\n    nodes:\n      - {id: s, type: start, arrivals: {dist: poison, mean: 1}}\n"
            << true << true << 7 << 47 << QStringLiteral("process p/node s arrivals.dist:");
        QTest::newRow("missing dist parameter")
            << head + "processes:\n  - id: p\n    nodes:\n      - {id: t, type: task, duration: {dist: uniform, min: 1}}\n"
            << true << true << 7 << 39 << QStringLiteral("duration.max: is required");
        QTest::newRow("missing id")
            << head + "roles:\n  - {name: Nobody}\n" << true << true << 5 << 5
            << QStringLiteral("role #1 id: is required");
        QTest::newRow("missing node type")
            << head + "processes:\n  - id: p\n    nodes:\n      - {id: t}\n"
            << true << true << 7 << 9 << QStringLiteral("process p/node t type: is required");
        QTest::newRow("unknown key is a warning")
            << head + "roles:\n  - id: a\n    headcout: 3\n" << true << false << 6 << 5
            << QStringLiteral("role a headcout: is not a known key");
        QTest::newRow("duplicate key")
            << head + "roles:\n  - id: a\n    name: A\n    name: B\n" << true << true << 7 << 5
            << QStringLiteral("appears twice");
        QTest::newRow("list expected")
            << head + "roles: {id: a}\n" << true << true << 4 << 8 << QStringLiteral("roles: should be a list");
        QTest::newRow("item not a map")
            << head + "roles:\n  - agent\n" << true << true << 5 << 5
            << QStringLiteral("roles[0]: should be a map");
        QTest::newRow("bad boolean")
            << head + "scenarios:\n  - {id: s, cross_training: maybe}\n" << true << true << 5 << 29
            << QStringLiteral("should be true or false");
        QTest::newRow("bad number in empirical")
            << head + "processes:\n  - id: p\n    nodes:\n      - {id: t, type: task, duration: {dist: empirical, values: [1, x]}}\n"
            << true << true << 7 << 69 << QStringLiteral("numbers only");
        QTest::newRow("negative seed")
            << head + "simulation: {seed: -4}\n" << true << true << 4 << 20
            << QStringLiteral("simulation.seed");
        QTest::newRow("infinite number")
            << head + "roles:\n  - {id: a, shifts: {period: .inf, capacity: []}}\n" << true << true << 5 << 30
            << QStringLiteral("should be a number");
    }

    void badInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, loads);
        QFETCH(bool, isError);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, needle);
        Problems problems;
        auto p = projectFromYaml(text, QStringLiteral("bad.oi.yaml"), &problems);
        QCOMPARE(bool(p), loads);
        const Problem *found = findProblem(problems, needle);
        QVERIFY2(found, qPrintable(QStringLiteral("no problem containing \"") + needle + QStringLiteral("\" in:\n") + dump(problems)));
        QCOMPARE(found->isError(), isError);
        QCOMPARE(found->file, QStringLiteral("bad.oi.yaml"));
        QVERIFY2(found->line == line && found->column == column, qPrintable(found->toString()));
    }

    void unreadableFile()
    {
        Problems problems;
        QVERIFY(!readProject(QStringLiteral("/nonexistent/dir/x.oi.yaml"), &problems));
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY(problems[0].toString().startsWith(QStringLiteral("/nonexistent/dir/x.oi.yaml: error: ")));
        problems.clear();
        QVERIFY(!readProject(QStringLiteral("x.txt"), &problems));
        QVERIFY(problems[0].message.contains(QStringLiteral("unknown file type")));
    }

    void migrationStepsRunInOrder()
    {
        // A pretend outsidein/2 that renamed `roles` to `functions` and outsidein/3 that added a key.
        const std::vector<YamlMigrationStep> steps = {
            [](YAML::Node &root, QString *) {
                root["functions"] = root["roles"];
                root.remove("roles");
                return true;
            },
            [](YAML::Node &root, QString *) {
                root["v3"] = true;
                return true;
            },
        };
        YAML::Node root = YAML::Load("format: outsidein/1\nroles: [{id: a}]\n");
        QString error;
        QVERIFY(migrateYaml(root, 1, 3, steps, &error));
        QVERIFY(!root["roles"]);
        QCOMPARE(root["functions"][0]["id"].as<std::string>(), std::string("a"));
        QVERIFY(root["v3"].as<bool>());

        YAML::Node other = YAML::Load("format: outsidein/1\n");
        QVERIFY(!migrateYaml(other, 1, 4, steps, &error));
        QVERIFY(error.contains(QStringLiteral("outsidein/3 to outsidein/4")));
        QVERIFY(migrateYaml(other, 1, &error));  // current version: nothing to do
        QCOMPARE(parseFormatVersion(QStringLiteral("outsidein/12")), std::optional<int>(12));
        QCOMPARE(parseFormatVersion(QStringLiteral("outsidein/")), std::nullopt);
        QCOMPARE(parseFormatVersion(QStringLiteral("other/1")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestYamlIo)
#include "tst_yamlio.moc"
