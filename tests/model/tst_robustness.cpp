// SPDX-License-Identifier: GPL-3.0-or-later
// Damaged input never crashes or hangs the model: thousands of mutated YAML texts and corrupted
// .oistudio files must each end in a project or in located problems.
#include "model/projectio.h"
#include "model/validator.h"
#include "model/yamlreader.h"
#include "model/yamlwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace oi::model;

namespace {
QByteArray sampleText()
{
    QFile f(QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray mutate(QByteArray text, std::mt19937 &rng)
{
    static const char kChars[] = ":[]{}-\n #&*!|>'\",?%@`\t0.5e";
    const int edits = std::uniform_int_distribution<int>(1, 6)(rng);
    for (int e = 0; e < edits && !text.isEmpty(); ++e) {
        const auto pos = std::uniform_int_distribution<qsizetype>(0, text.size() - 1)(rng);
        switch (std::uniform_int_distribution<int>(0, 3)(rng)) {
        case 0: text.remove(pos, std::uniform_int_distribution<int>(1, 40)(rng)); break;
        case 1: text.insert(pos, kChars[std::uniform_int_distribution<std::size_t>(0, sizeof kChars - 2)(rng)]); break;
        case 2: text[pos] = kChars[std::uniform_int_distribution<std::size_t>(0, sizeof kChars - 2)(rng)]; break;
        default: text.truncate(pos); break;
        }
    }
    return text;
}
} // namespace

class TestRobustness : public QObject
{
    Q_OBJECT

private slots:
    void mutatedYamlNeverCrashes()
    {
        const QByteArray original = sampleText();
        QVERIFY(!original.isEmpty());
        std::mt19937 rng(20260323);
        int loaded = 0, refused = 0, clean = 0;
        for (int i = 0; i < 800; ++i) {
            const QByteArray text = mutate(original, rng);
            Problems problems;
            auto project = projectFromYaml(text, QStringLiteral("m.oi.yaml"), &problems);
            for (const Problem &p : problems) {
                QVERIFY2(!p.message.isEmpty() && p.file == QLatin1String("m.oi.yaml"), qPrintable(p.toString()));
                QVERIFY2(p.line >= 0 && p.column >= 0, qPrintable(p.toString()));
            }
            if (!project) {
                ++refused;
                QVERIFY2(hasErrors(problems), text.constData());
                continue;
            }
            ++loaded;
            const Problems found = validate(*project);
            if (problems.empty() && !hasErrors(found))
                ++clean;
            // Whatever was loaded writes and reads back to the same project.
            const QByteArray again = projectToYaml(*project);
            Problems second;
            auto back = projectFromYaml(again, QString(), &second);
            QVERIFY(back);
            QVERIFY2(!hasErrors(second), qPrintable(second.empty() ? QString() : second.front().toString()));
            QVERIFY(*back == *project);
        }
        qInfo("mutations: %d loaded (%d clean), %d refused with an error", loaded, clean, refused);
        QVERIFY(loaded > 0 && refused > 0);
    }

    void corruptedDatabaseNeverCrashes()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.oistudio"));
        Problems problems;
        auto sample = projectFromYaml(sampleText(), QString(), &problems);
        QVERIFY(sample);
        QString error;
        QVERIFY(writeProject(*sample, good, &error));
        QFile g(good);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QByteArray bytes = g.readAll();
        std::mt19937 rng(7);
        int refused = 0;
        for (int i = 0; i < 200; ++i) {
            QByteArray bad = bytes;
            const int hits = std::uniform_int_distribution<int>(1, 20)(rng);
            for (int h = 0; h < hits; ++h)
                bad[std::uniform_int_distribution<qsizetype>(0, bad.size() - 1)(rng)] =
                    char(std::uniform_int_distribution<int>(0, 255)(rng));
            const QString file = dir.filePath(QStringLiteral("bad.oistudio"));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bad);
            f.close();
            Problems p;
            auto project = readProject(file, &p);
            if (!project) {
                ++refused;
                // A damaged page is one error; damaged values are one error per cell.
                QVERIFY(!p.empty());
                for (const Problem &one : p) {
                    QVERIFY(one.isError());
                    QCOMPARE(one.file, file);
                    QVERIFY(!one.message.isEmpty());
                }
            }
        }
        qInfo("corrupted databases: %d of 200 refused with errors, the rest still readable", refused);
        QVERIFY(refused > 0);
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
