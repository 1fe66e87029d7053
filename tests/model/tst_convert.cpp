// SPDX-License-Identifier: GPL-3.0-or-later
// The functions behind `outsidein-cli validate` and `convert`.
#include "model/convert.h"
#include "model/projectio.h"
#include "model/validator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace oi::model;

class TestConvert : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    static QString sample() { return QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"); }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void yamlToSqliteToYaml()
    {
        Problems problems;
        QString error;
        QCOMPARE(convertProject(sample(), path("s.oistudio"), &problems, &error), ConvertResult::Ok);
        QCOMPARE(convertProject(path("s.oistudio"), path("a.oi.yaml"), &problems, &error), ConvertResult::Ok);
        QCOMPARE(convertProject(path("a.oi.yaml"), path("b.oi.yaml"), &problems, &error), ConvertResult::Ok);
        QVERIFY(!readAll(path("a.oi.yaml")).isEmpty());
        QCOMPARE(readAll(path("a.oi.yaml")), readAll(path("b.oi.yaml")));
        QVERIFY(problems.empty());
    }

    void refusesInputWithErrors()
    {
        QByteArray text = readAll(sample());
        text.replace("    headcount: 10\n", "    headcount: -10\n");
        QFile f(path("bad.oi.yaml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        Problems problems;
        QString error;
        QCOMPARE(convertProject(path("bad.oi.yaml"), path("bad.oistudio"), &problems, &error),
                 ConvertResult::InputHasErrors);
        QVERIFY(!QFile::exists(path("bad.oistudio")));
        QVERIFY(hasErrors(problems));
        QVERIFY(problems[0].toString().contains(QLatin1String("role field-tech headcount")));
        QVERIFY(problems[0].line > 0);
    }

    void ioErrors()
    {
        Problems problems;
        QString error;
        QCOMPARE(convertProject(path("missing.oi.yaml"), path("x.oistudio"), &problems, &error),
                 ConvertResult::IoError);
        QVERIFY(error.contains(QLatin1String("missing.oi.yaml")));
        QCOMPARE(convertProject(sample(), path("x.docx"), &problems, &error), ConvertResult::IoError);
        QVERIFY(error.contains(QLatin1String("unknown output type")));
        QCOMPARE(convertProject(sample(), path("no/such/dir/x.oistudio"), &problems, &error),
                 ConvertResult::IoError);
        QVERIFY(!error.isEmpty());
    }

    void checkFileLocatesValidatorProblems()
    {
        QByteArray text = readAll(sample());
        text.replace("front_roles: [retention-specialist]", "front_roles: [retention-team]");
        QFile f(path("link.oi.yaml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const Problems problems = checkFile(path("link.oi.yaml"));
        QCOMPARE(problems.size(), std::size_t(1));
        const int expectedLine = int(text.left(text.indexOf("[retention-team]")).count('\n')) + 1;
        QCOMPARE(problems[0].line, expectedLine);
        QVERIFY(problems[0].toString().endsWith(
            QStringLiteral("error: step retention-call front_roles[0]: no role has the id \u201cretention-team\u201d.")));
    }
};

QTEST_GUILESS_MAIN(TestConvert)
#include "tst_convert.moc"
