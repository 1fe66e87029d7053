// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein-cli export bpmn` and `import-bpmn` as scripts use them: exit codes, warnings on stderr
// as file:line:column, the files written.
#include "support/runprogram.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kSample = QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml");
const QString kMiwg = QStringLiteral(OI_SOURCE_DIR "/tests/data/bpmn-miwg");

oi::test::ProgramRun cli(const QStringList &args)
{
    return oi::test::runProgram(QStringLiteral(OI_CLI_PATH), args);
}

QByteArray readAll(const QString &fileName)
{
    QFile f(fileName);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString &fileName, const QByteArray &data)
{
    QFile f(fileName);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}
} // namespace

class TestCliBpmn : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;

    QString path(const char *name) const { return mDir.filePath(QLatin1StringView(name)); }

private slots:
    void exportsEveryProcessOrTheOnesNamed()
    {
        const QString all = path("all.bpmn");
        auto r = cli({ QStringLiteral("export"), QStringLiteral("bpmn"), kSample, QStringLiteral("-o"), all });
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray xml = readAll(all);
        QVERIFY(xml.startsWith("<?xml"));
        QCOMPARE(xml.count("<bpmn:process "), 5);

        const QString two = path("two.bpmn");
        r = cli({ QStringLiteral("export"), QStringLiteral("bpmn"), kSample, QStringLiteral("--process"),
            QStringLiteral("support"), QStringLiteral("--process"), QStringLiteral("renewal"), QStringLiteral("-o"),
            two });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(readAll(two).count("<bpmn:process "), 2);

        // An unknown process is a usage error naming the ones there are; nothing is written.
        const QString none = path("none.bpmn");
        r = cli({ QStringLiteral("export"), QStringLiteral("bpmn"), kSample, QStringLiteral("--process"),
            QStringLiteral("nope"), QStringLiteral("-o"), none });
        QCOMPARE(r.code, 2);
        QVERIFY(r.errText().contains(QStringLiteral("onboarding")));
        QVERIFY(!QFile::exists(none));
        // Processes are XML, not a journey's formats or a picture.
        r = cli({ QStringLiteral("export"), QStringLiteral("bpmn"), kSample, QStringLiteral("-o"), path("p.json") });
        QCOMPARE(r.code, 2);
        r = cli({ QStringLiteral("export"), QStringLiteral("bpmn"), kSample, QStringLiteral("-o"), path("p.svg") });
        QCOMPARE(r.code, 2);
        // A project with no process has nothing to export.
        const QString empty = path("empty.oi.yaml");
        QVERIFY(write(empty, "format: outsidein/2\nproject:\n  name: Empty\n"));
        r = cli({ QStringLiteral("export"), QStringLiteral("bpmn"), empty, QStringLiteral("-o"), path("e.bpmn") });
        QCOMPARE(r.code, 1);
    }

    void importsWithWarningsOnStderr()
    {
        const QString out = path("c10.oi.yaml");
        const QString in = kMiwg + QStringLiteral("/C.1.0.bpmn");
        const auto r = cli({ QStringLiteral("import-bpmn"), in, QStringLiteral("-o"), out });
        QCOMPARE(r.code, 0);
        QVERIFY(r.outText().contains(QStringLiteral("Imported 2 processes")));
        const QStringList lines = r.errText().split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        static const QRegularExpression warning(QStringLiteral("^.+/C\\.1\\.0\\.bpmn:\\d+:\\d+: warning: .+"));
        for (const QString &line : lines)
            QVERIFY2(warning.match(line).hasMatch(), qPrintable(line));
        QVERIFY(r.errText().contains(QStringLiteral("messageFlow sid-915AC9A0-CD35-4DF2-93F7-4535397622F8")));
        // The project written reads back, and our export of it imports again with nothing left out:
        // what is still said is only what the simulation needs (the MIWG files carry no BPSim data).
        const QString again = path("c10.bpmn");
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("bpmn"), out, QStringLiteral("-o"), again }).code, 0);
        const auto back
            = cli({ QStringLiteral("import-bpmn"), again, QStringLiteral("-o"), path("c10-again.oi.yaml") });
        QCOMPARE(back.code, 0);
        for (const QString &line : back.errText().split(u'\n', Qt::SkipEmptyParts))
            QVERIFY2(line.contains(QStringLiteral("before simulating")), qPrintable(line));
    }

    void importsIntoAnExistingProject()
    {
        const QString project = path("into.oi.yaml");
        QVERIFY(QFile::copy(kSample, project));
        QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner);
        const QString bpmn = path("support.bpmn");
        QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("bpmn"), kSample, QStringLiteral("--process"),
                         QStringLiteral("support"), QStringLiteral("-o"), bpmn })
                     .code,
            0);
        const auto r = cli({ QStringLiteral("import-bpmn"), bpmn, QStringLiteral("--into"), project });
        QCOMPARE(r.code, 0);
        QVERIFY(r.errText().contains(QStringLiteral("added as support-2")));
        const QByteArray yaml = readAll(project);
        QVERIFY(yaml.contains("  - id: support-2\n"));
        // Lanes met the project's roles by name: no role was added.
        QCOMPARE(yaml.count("\n  - id: service-agent\n"), 1);
        QVERIFY(!yaml.contains("service-agent-2"));
        QCOMPARE(cli({ QStringLiteral("validate"), project }).code, 0);
    }

    void refusesWhatIsNotBpmn()
    {
        const QString svg = path("picture.bpmn");
        QVERIFY(write(svg, "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"));
        auto r = cli({ QStringLiteral("import-bpmn"), svg, QStringLiteral("-o"), path("x.oi.yaml") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.errText().contains(QStringLiteral("picture.bpmn:2:1: error: This is not a BPMN 2.0 file")));
        QVERIFY(!QFile::exists(path("x.oi.yaml")));

        const QString broken = path("broken.bpmn");
        QVERIFY(write(
            broken, "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n<bpmn:process>\n"));
        r = cli({ QStringLiteral("import-bpmn"), broken, QStringLiteral("-o"), path("y.oi.yaml") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("error: The file is not well-formed XML")), r.err.constData());

        const QString dtd = path("dtd.bpmn");
        QVERIFY(write(dtd, "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<d>&x;</d>\n"));
        r = cli({ QStringLiteral("import-bpmn"), dtd, QStringLiteral("-o"), path("z.oi.yaml") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.errText().contains(QStringLiteral("dtd.bpmn:1:1: error:")));

        // Usage and I/O errors.
        QCOMPARE(
            cli({ QStringLiteral("import-bpmn"), path("missing.bpmn"), QStringLiteral("-o"), path("m.oi.yaml") }).code,
            2);
        QCOMPARE(cli({ QStringLiteral("import-bpmn"), svg }).code, 2);
        QCOMPARE(cli({ QStringLiteral("import-bpmn"), svg, QStringLiteral("-o"), path("m.docx") }).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliBpmn)
#include "tst_clibpmn.moc"
