// SPDX-License-Identifier: GPL-3.0-or-later
// The executables as a user or a script meets them: --help, --version, exit codes.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void versionAndHelp_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("cli") << QStringLiteral(OI_CLI_PATH);
        QTest::newRow("gui") << QStringLiteral(OI_GUI_PATH);
    }

    void versionAndHelp()
    {
        QFETCH(QString, program);
        QProcess p;
        p.start(program, {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QLatin1String("0.1.0")));

        p.start(program, {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QLatin1String("Usage")));
    }

    void unknownCommandIsAUsageError()
    {
        QProcess p;
        p.start(QStringLiteral(OI_CLI_PATH), {QStringLiteral("frobnicate")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("frobnicate")));
    }

    void validateGivesExitCodes()
    {
        QProcess p;
        p.start(QStringLiteral(OI_CLI_PATH),
                {QStringLiteral("validate"), QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);

        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.oi.yaml"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("format: outsidein/1\nroles:\n  - {id: a, name: A, headcount: -2}\n  - {id: a, name: B}\n");
        f.close();
        p.start(QStringLiteral(OI_CLI_PATH), {QStringLiteral("validate"), bad});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).contains(QLatin1String("bad.oi.yaml")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
