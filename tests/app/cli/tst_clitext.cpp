// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein-cli export` and `rename`: the machine and text formats, written atomically, with
// exit codes other people's scripts depend on.
#include "support/runprogram.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kSample = QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    const oi::test::ProgramRun r = oi::test::runProgram(QStringLiteral(OI_CLI_PATH), args);
    return { r.code, r.outText(), r.errText() };
}

QByteArray readAll(const QString &fileName)
{
    QFile f(fileName);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCliText : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;

private slots:
    void exportsAJourneyAsJsonAndMermaid()
    {
        const QString json = mDir.filePath(QStringLiteral("help.json"));
        Run r = cli({ QStringLiteral("export"), QStringLiteral("journey"), kSample, QStringLiteral("-o"), json,
            QStringLiteral("--journey"), QStringLiteral("help-me-now") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject doc = QJsonDocument::fromJson(readAll(json)).object();
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("outsidein-journey"));
        QCOMPARE(doc.value(QStringLiteral("journey")).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("help-me-now"));

        // The format from --format when the name does not say it.
        const QString mermaid = mDir.filePath(QStringLiteral("first-journey.txt"));
        r = cli({ QStringLiteral("export"), QStringLiteral("journey"), kSample, QStringLiteral("-o"), mermaid,
            QStringLiteral("--format"), QStringLiteral("mermaid") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(readAll(mermaid).startsWith("journey\n"));
    }

    void exportRefusesWhatItCannotWrite_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        const QString out = mDir.filePath(QStringLiteral("x.json"));
        QTest::newRow("unknown kind") << QStringList { QStringLiteral("roadmap"), kSample, QStringLiteral("-o"), out }
                                      << 2 << "unknown KIND \"roadmap\"";
        QTest::newRow("no output") << QStringList { QStringLiteral("journey"), kSample } << 2 << "-o OUT";
        QTest::newRow("a picture")
            << QStringList { QStringLiteral("journey"), kSample, QStringLiteral("-o"), mDir.filePath(QStringLiteral("x.png")) }
            << 2 << "outsidein " + kSample + " --export journey";
        QTest::newRow("no such journey")
            << QStringList { QStringLiteral("journey"), kSample, QStringLiteral("-o"), out, QStringLiteral("--journey"),
                   QStringLiteral("nope") }
            << 2 << "no journey \"nope\"";
        QTest::newRow("unwritable")
            << QStringList { QStringLiteral("journey"), kSample, QStringLiteral("-o"), QStringLiteral("/proc/x.json") }
            << 2 << "/proc/x.json";
        QTest::newRow("missing project")
            << QStringList { QStringLiteral("journey"), QStringLiteral("/nonexistent.oi.yaml"), QStringLiteral("-o"), out }
            << 2 << "/nonexistent.oi.yaml";
    }

    void exportRefusesWhatItCannotWrite()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        const Run r = cli(QStringList { QStringLiteral("export") } + args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("x.json"))));
    }

    void renameFollowsEveryReference()
    {
        const QString copy = mDir.filePath(QStringLiteral("rename.oi.yaml"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(kSample, copy));
        const QString renamed = mDir.filePath(QStringLiteral("renamed.oi.yaml"));
        Run r = cli({ QStringLiteral("rename"), copy, QStringLiteral("--kind"), QStringLiteral("role"),
            QStringLiteral("--from"), QStringLiteral("service-agent"), QStringLiteral("--to"), QStringLiteral("concierge"),
            QStringLiteral("-o"), renamed });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("references")), qPrintable(r.out));
        const QByteArray text = readAll(renamed);
        QVERIFY(!text.contains("service-agent"));
        QVERIFY(text.contains("concierge"));
        QCOMPARE(readAll(copy), readAll(kSample)); // -o leaves the input alone
        // The renamed file validates exactly as before: clean.
        r = cli({ QStringLiteral("validate"), renamed });
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));

        // In place, for a node.
        r = cli({ QStringLiteral("rename"), copy, QStringLiteral("--kind"), QStringLiteral("node"), QStringLiteral("--from"),
            QStringLiteral("support/triage"), QStringLiteral("--to"), QStringLiteral("first-fix") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(readAll(copy).contains("support/first-fix"));
        QCOMPARE(cli({ QStringLiteral("validate"), copy }).code, 0);
    }

    void renameRefusesATakenId()
    {
        const QString copy = mDir.filePath(QStringLiteral("taken.oi.yaml"));
        QVERIFY(QFile::copy(kSample, copy));
        const Run r = cli({ QStringLiteral("rename"), copy, QStringLiteral("--kind"), QStringLiteral("role"),
            QStringLiteral("--from"), QStringLiteral("service-agent"), QStringLiteral("--to"), QStringLiteral("dispatcher") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("already taken")), qPrintable(r.err));
        QCOMPARE(readAll(copy), readAll(kSample));
        QCOMPARE(cli({ QStringLiteral("rename"), copy, QStringLiteral("--kind"), QStringLiteral("colour"),
                     QStringLiteral("--from"), QStringLiteral("a"), QStringLiteral("--to"), QStringLiteral("b") })
                     .code,
            2);
    }
};

QTEST_GUILESS_MAIN(TestCliText)
#include "tst_clitext.moc"
