// SPDX-License-Identifier: GPL-3.0-or-later
// Files from elsewhere are bounded: alias bombs, deep nesting and oversized files are refused with a
// sentence naming the limit, in bounded time and memory, instead of exhausting the machine.
#include "model/problem.h"
#include "model/yamllimits.h"
#include "model/yamlreader.h"

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
        QTest::newRow("dash runs") << QByteArray("format: outsidein/1\nroles:\n") + QByteArray("- ").repeated(20000) + "x\n";
    }

    void deepNestingIsRefusedBeforeParsing()
    {
        QFETCH(QByteArray, text);
        const QString why = refusal(text);
        QVERIFY2(why.contains(QLatin1String("deeper than")), qPrintable(why));
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
};

QTEST_MAIN(TestHostileYaml)
#include "tst_hostileyaml.moc"
