// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein-cli validate` in-process: the output a consultant reads for files that cannot be read.
#include "app/cli/commands.h"
#include "support/fullproject.h"
#include "model/projectio.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace oi;

namespace {

struct Run {
    int code = -1;
    QStringList lines;  // stdout and stderr, non-empty lines
};

Run validate(const QStringList &files)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    Run r;
    r.code = app::cli::runValidate(QStringList{QStringLiteral("validate")} + files, o, e);
    o.flush();
    e.flush();
    for (const QString &line : (out + err).split(u'\n'))
        if (!line.isEmpty())
            r.lines << line;
    return r;
}

} // namespace

class TestValidateCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void unreadableFileGivesOneLine_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("missing") << QStringLiteral("missing.oi.yaml") << QByteArray() << QStringLiteral("cannot open");
        QTest::newRow("malformed YAML") << QStringLiteral("broken.oi.yaml") << QByteArray("project: [unclosed\n")
                                        << QStringLiteral("not valid YAML");
        QTest::newRow("newer format") << QStringLiteral("newer.oi.yaml") << QByteArray("format: outsidein/9\n")
                                      << QStringLiteral("outsidein/9");
        QTest::newRow("not a database") << QStringLiteral("text.oistudio") << QByteArray("hello\n")
                                        << QStringLiteral("not an Outside-In Studio document");
    }

    void unreadableFileGivesOneLine()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, fragment);
        const QString file = m_dir.filePath(name);
        if (!content.isEmpty()) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const Run r = validate({file});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.lines.size() == 1, qPrintable(r.lines.join(u'\n')));
        QVERIFY2(r.lines[0].startsWith(file + u':'), qPrintable(r.lines[0]));
        QVERIFY2(r.lines[0].contains(QLatin1String(": error: ")), qPrintable(r.lines[0]));
        QVERIFY2(r.lines[0].contains(fragment), qPrintable(r.lines[0]));
    }

    // Bad cells of a database are each listed once, with table, row and column, and nothing else.
    void badDatabaseValuesAreListedOnce()
    {
        const QString file = m_dir.filePath(QStringLiteral("bad.oistudio"));
        QString error;
        QVERIFY(model::writeProject(model::testing::fullProject(), file, &error));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "UPDATE roles SET office = 'moon', headcount = 'lots' WHERE id = 'r1'",
                              nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const Run r = validate({file});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.lines.size() == 2, qPrintable(r.lines.join(u'\n')));
        QVERIFY2(r.lines[0].contains(QStringLiteral("table roles, row \u201cr1\u201d office: holds \u201cmoon\u201d")),
                 qPrintable(r.lines[0]));
        QVERIFY2(r.lines[1].contains(QStringLiteral("table roles, row \u201cr1\u201d headcount: should hold a whole number")),
                 qPrintable(r.lines[1]));
    }

    void readableFileEndsWithSummary()
    {
        const QString file = m_dir.filePath(QStringLiteral("good.oi.yaml"));
        QString error;
        QVERIFY(model::writeProject(model::testing::fullProject(), file, &error));
        const Run r = validate({file});
        QVERIFY(!r.lines.isEmpty());
        QVERIFY2(r.lines.last().startsWith(file + QStringLiteral(": ")), qPrintable(r.lines.last()));
        QVERIFY2(r.lines.last().contains(QLatin1String("error")), qPrintable(r.lines.last()));
    }
};

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "tst_validatecommand.moc"
