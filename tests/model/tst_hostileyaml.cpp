// SPDX-License-Identifier: GPL-3.0-or-later
// Files from elsewhere are bounded: alias bombs, deep nesting and oversized files are refused with a
// sentence naming the limit, in bounded time and memory, instead of exhausting the machine.
#include "model/problem.h"
#include "model/projectio.h"
#include "model/validator.h"
#include "model/yamllimits.h"
#include "model/yamlreader.h"
#include "model/yamlwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace oi::model;

namespace {
QString refusal(const QByteArray &text)
{
    Problems problems;
    const auto project = projectFromYaml(text, QStringLiteral("hostile.oi.yaml"), &problems);
    if (project || problems.empty())
        return {};
    return problems.front().message;
}
} // namespace

class TestHostileYaml : public QObject
{
    Q_OBJECT
private slots:
    void aliasBombIsRefused()
    {
        // 1 MB of text once, used by 3 000 personas: 3 GB when read, 1 MB on disk.
        QByteArray text = "format: outsidein/1\nproject: {name: Bomb}\nstrategies:\n  - id: s\n    title: &big \"";
        text += QByteArray(1 << 20, 'x');
        text += "\"\npersonas:\n";
        for (int i = 0; i < 3000; ++i)
            text += "  - {id: p" + QByteArray::number(i) + ", name: *big}\n";
        const QString why = refusal(text);
        QVERIFY2(why.contains(QLatin1String("more than 64 MB of text")), qPrintable(why));
        QVERIFY(why.contains(QLatin1String("aliases")));
    }

    void deepNestingIsRefusedBeforeParsing_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("flow lists") << QByteArray("format: outsidein/1\nproject: ") + QByteArray(100000, '[');
        QTest::newRow("flow maps") << QByteArray("format: outsidein/1\nproject: ") + QByteArray("{a: ").repeated(50000);
        QByteArray block = "format: outsidein/1\nproject:\n";
        for (int i = 0; i < 400; ++i)
            block += QByteArray(2 * i + 2, ' ') + "k" + QByteArray::number(i) + ":\n";
        QTest::newRow("block maps") << block;
        QTest::newRow("dash runs") << QByteArray("format: outsidein/1\nroles:\n") + QByteArray("- ").repeated(20000)
                + "x\n";
    }

    void deepNestingIsRefusedBeforeParsing()
    {
        QFETCH(QByteArray, text);
        const QString why = refusal(text);
        QVERIFY2(why.contains(QLatin1String("deeper than")), qPrintable(why));
    }

    // Brackets count as nesting only where a collection may begin: in plain text, block scalars,
    // quotes and comments they are text. The fuzzer found a journey whose persona id
    // "parent[[[[…" the studio saved and then refused to open as nested too deep.
    void bracketsInTextAreNotNesting_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray many(300, '[');
        QTest::newRow("plain") << "title: parent" + many + "\nnext: also" + many + "\n";
        QTest::newRow("plain in a list") << "- R&D " + many + "\n- x: a#" + many + "\n";
        QTest::newRow("block scalar") << "description: |\n  " + many + "\n\n  " + many + "\nnext: x\n";
        QTest::newRow("folded in a list") << "- description: >-\n    " + many + "\n  id: x\n- |\n  " + many + "\n";
        QTest::newRow("single quoted") << "name: 'it''s " + many + "\n  " + many + "'\n";
        QTest::newRow("double quoted") << "name: \"5\\\" screen " + many + "\"\n";
        QTest::newRow("comment") << "a: 1 # " + many + "\n";
    }

    void bracketsInTextAreNotNesting()
    {
        QFETCH(QByteArray, text);
        QVERIFY2(checkYamlText(text).isEmpty(), text.left(80).constData());
    }

    void nestingAfterPropertiesAndSeparatorsStillCounts_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray deep(300, '[');
        QTest::newRow("after an anchor") << "key: &a " + deep + "\n";
        QTest::newRow("after a tag") << "key: !!seq " + deep + "\n";
        QTest::newRow("list item") << "- " + deep + "\n";
        QTest::newRow("after a comma") << "k: [a, " + deep + "\n";
        QTest::newRow("after a quoted key") << "{\"a\":" + deep + "\n";
        QTest::newRow("after a block scalar") << "d: |\n  text\nk: " + deep + "\n";
    }

    void nestingAfterPropertiesAndSeparatorsStillCounts()
    {
        QFETCH(QByteArray, text);
        QVERIFY2(checkYamlText(text).contains(QLatin1String("128")), text.left(80).constData());
    }

    void textsWithBracketsSaveAndReadBack()
    {
        Project project;
        project.name = QStringLiteral("Brackets");
        Persona persona;
        persona.id = QStringLiteral("parent") + QString(200, u'[');
        persona.name = QString(200, u'{') + QStringLiteral(" \" ' # & *");
        persona.description = QStringLiteral("line one [\nline two {\n") + QString(200, u'[');
        project.personas.push_back(persona);
        Problems problems;
        const auto back = projectFromYaml(projectToYaml(project), QStringLiteral("again.oi.yaml"), &problems);
        QVERIFY2(back && !hasErrors(problems), qPrintable(problems.empty() ? QString() : problems.front().toString()));
        QVERIFY(back->personas == project.personas);
    }

    void quotedBracketsAreText()
    {
        QByteArray text = "format: outsidein/1\nproject: {name: \"" + QByteArray(1000, '[') + "\"}\n";
        QVERIFY(checkYamlText(text).isEmpty());
    }

    void limitsNameWhatTheyRefuse()
    {
        YamlLimits small;
        small.fileBytes = 100;
        small.nodes = 50;
        QVERIFY(checkYamlText(QByteArray(200, 'a'), small).contains(QLatin1String("MB")));
        QByteArray list = "[";
        for (int i = 0; i < 100; ++i)
            list += QByteArray::number(i) + ", ";
        list += "]";
        const QString why = checkYamlTree(YAML::Load(list.toStdString()), small);
        QVERIFY2(why.contains(QLatin1String("more than 50 values")), qPrintable(why));
        QVERIFY(checkYamlTree(YAML::Load("[1, 2, 3]"), small).isEmpty());
    }

    void aHundredMegabyteScalarIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("huge.oi.yaml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("format: outsidein/2\nproject: {name: x, time_unit: minute, description: \"");
        const QByteArray chunk(1 << 20, 'x');
        for (int i = 0; i < 100; ++i)
            f.write(chunk);
        f.write("\"}\n");
        f.close();
        QElapsedTimer timer;
        timer.start();
        Problems problems;
        QVERIFY(!readProject(file, &problems));
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY2(!problems.empty() && problems.front().message.contains(QLatin1String("64 MB")),
            qPrintable(problems.empty() ? QString() : problems.front().toString()));
    }

    // An id that prints as another one (a right-to-left override) or breaks a line of every list
    // that shows it: read as typed, then named by the validator with the character's code.
    void invisibleCharactersInIdsAreErrors()
    {
        const QByteArray text = R"(format: outsidein/2
project: {name: Hostile, time_unit: minute}
roles:
  - {id: "clerk\x01", name: Clerk, office: back, headcount: 1}
journeys:
  - id: "journey\u2028two"
    name: J
    stages: [{id: "s\u202Eevil", name: S}]
    steps: [{id: "step\u200B", stage: "s\u202Eevil", title: T}]
processes:
  - id: p
    name: P
    nodes:
      - {id: "in\t", type: start, arrivals: {dist: exponential, mean: 5}}
      - {id: out, type: end}
    flows: [{from: "in\t", to: out}]
)";
        Problems problems;
        const auto project = projectFromYaml(text, QStringLiteral("hostile.oi.yaml"), &problems);
        QVERIFY(project);
        QCOMPARE(project->roles.front().id, QStringLiteral("clerk\x01"));
        const Problems found = validate(*project);
        QStringList codes;
        for (const Problem &p : found)
            if (p.isError() && p.message.contains(QLatin1String("invisible character")))
                codes << p.message.section(u' ', 6, 6);
        codes.sort();
        QCOMPARE(codes,
            QStringList({ QStringLiteral("U+0001;"), QStringLiteral("U+0009;"), QStringLiteral("U+200B;"),
                QStringLiteral("U+2028;"), QStringLiteral("U+202E;") }));
    }
};

QTEST_MAIN(TestHostileYaml)
#include "tst_hostileyaml.moc"
