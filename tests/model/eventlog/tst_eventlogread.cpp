// SPDX-License-Identifier: GPL-3.0-or-later
// Reading event logs: CSV quoting, encodings and delimiters, column names, time formats, bad rows
// with their line and column, the limits that stop a hostile file, XES with the standard
// extensions, and a DTD refused.
#include "model/eventlog/eventlog.h"
#include "model/eventlog/timestamps.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

using namespace oi::model::eventlog;

namespace {

struct Read
{
    EventLog log;
    ReadReport report;
};

Read read(const QByteArray &data, const QString &name = QStringLiteral("log.csv"), const ReadOptions &options = {},
    const ReadControl &control = {})
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    Read r;
    r.log = readEventLog(&buffer, name, options, &r.report, control);
    return r;
}

Instant at(int y, int mo, int d, int h, int mi, int s = 0)
{
    return ((*daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60'000 + s * 1000;
}

const char *kXesHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<log xes.version=\"1.0\" xmlns=\"http://www.xes-standard.org/\">\n";

} // namespace

class TestEventLogRead : public QObject
{
    Q_OBJECT

private slots:
    void processMiningColumnsAreRecognised()
    {
        const Read r = read("case:concept:name,concept:name,time:timestamp,org:resource,lifecycle:transition\n"
                            "c1,Register,2024-03-04T09:00:00,Ann,complete\n"
                            "c1,Close,2024-03-04T09:30:00,Bob,complete\n");
        QVERIFY2(r.report.ok(), qPrintable(r.report.error));
        QCOMPARE(r.log.events.size(), size_t(2));
        QCOMPARE(r.log.activities, (QStringList { QStringLiteral("Register"), QStringLiteral("Close") }));
        QCOMPARE(r.log.resources, (QStringList { QStringLiteral("Ann"), QStringLiteral("Bob") }));
        QCOMPARE(r.log.events[1].end, at(2024, 3, 4, 9, 30));
        QCOMPARE(r.report.timeFormat, QStringLiteral("ISO 8601"));
        QVERIFY(r.report.mapping.contains(QStringLiteral("resource: org:resource")));
    }

    void quotingBomAndDelimiters()
    {
        // RFC 4180: a quoted field holds the delimiter, doubled quotes and a line break; the BOM is skipped.
        const Read r = read("\xEF\xBB\xBF"
                            "Case;Activity;Time\r\n"
                            "\"c;1\";\"Say \"\"hi\"\"\nagain\";04/03/2024 09:00\r\n"
                            "\r\n"
                            "c2;Close;31/02/2024 10:00\r\n");
        QCOMPARE(r.report.format, QStringLiteral("CSV, separated by ';'"));
        QCOMPARE(r.log.caseIds.value(0), QStringLiteral("c;1"));
        QCOMPARE(r.log.activities.value(0), QStringLiteral("Say \"hi\"\nagain"));
        // The quoted line break is counted: the bad row is on line 5 of the file.
        QCOMPARE(r.report.badRows, 1);
        QCOMPARE(r.report.bad.front().toString(),
            QStringLiteral("line 5, column Time: '31/02/2024 10:00' is not a date in the format dd/MM/yyyy HH:mm."));
        const Read tabs = read("case\tactivity\ttime\nc1\tA\t1709542800\n");
        QCOMPARE(tabs.report.format, QStringLiteral("CSV, separated by tabs"));
        QCOMPARE(tabs.report.timeFormat, QStringLiteral("epoch"));
        QCOMPARE(tabs.log.events.front().end, Instant(1709542800) * 1000);
    }

    void timeFormatsAreDetected_data()
    {
        QTest::addColumn<QByteArray>("values");
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("first");
        QTest::newRow("iso with zone") << QByteArray("2024-03-04T10:00:00+01:00\n2024-03-05T10:00:00.250+01:00")
                                       << QStringLiteral("ISO 8601") << at(2024, 3, 4, 9, 0);
        QTest::newRow("iso utc") << QByteArray("2024-03-04T09:00:00Z\n2024-03-05T09:00Z") << QStringLiteral("ISO 8601")
                                 << at(2024, 3, 4, 9, 0);
        QTest::newRow("sql") << QByteArray("2024-03-04 09:00:00\n2024-03-05 10:00:00")
                             << QStringLiteral("yyyy-MM-dd HH:mm:ss") << at(2024, 3, 4, 9, 0);
        QTest::newRow("day first") << QByteArray("04/03/2024 09:00\n13/03/2024 09:00")
                                   << QStringLiteral("dd/MM/yyyy HH:mm") << at(2024, 3, 4, 9, 0);
        QTest::newRow("month first") << QByteArray("03/04/2024 09:00:00\n03/13/2024 09:00:00")
                                     << QStringLiteral("MM/dd/yyyy HH:mm:ss") << at(2024, 3, 4, 9, 0);
        QTest::newRow("dotted") << QByteArray("4.3.2024 9:00\n14.3.2024 17:45") << QStringLiteral("dd.MM.yyyy HH:mm")
                                << at(2024, 3, 4, 9, 0);
        QTest::newRow("epoch") << QByteArray("1709542800\n1709546400.5") << QStringLiteral("epoch")
                               << at(2024, 3, 4, 9, 0);
    }

    void timeFormatsAreDetected()
    {
        QFETCH(QByteArray, values);
        QFETCH(QString, format);
        QFETCH(qint64, first);
        QByteArray csv = "case,activity,time\n";
        for (const QByteArray &v : values.split('\n'))
            csv += "c,A," + v + '\n';
        const Read r = read(csv);
        QVERIFY2(r.report.ok(), qPrintable(r.report.error));
        QCOMPARE(r.report.timeFormat, format);
        QCOMPARE(r.report.badRows, 0);
        QCOMPARE(r.log.events.front().end, first);
    }

    void aGivenFormatAndTheLogsClock()
    {
        ReadOptions options;
        options.mapping.caseId = QStringLiteral("Ticket");
        options.mapping.activity = QStringLiteral("What");
        options.mapping.time = QStringLiteral("When");
        options.mapping.attributes << QStringLiteral("Amount");
        options.timeFormat = QStringLiteral("yyyyMMdd-HHmm");
        options.utcOffsetMinutes = 60;
        const Read r = read("Ticket,What,When,Amount\nT1,Open,20240304-1000,\"12,5\"\nT1,Shut,20240304-1100,x\n",
            QStringLiteral("log.csv"), options);
        QVERIFY2(r.report.ok(), qPrintable(r.report.error));
        QCOMPARE(r.log.events.front().end, at(2024, 3, 4, 9, 0)); // 10:00 at UTC+1
        QCOMPARE(r.log.utcOffsetMinutes, 60);
        QCOMPARE(r.log.attribute(0, 0), 12.5);
        QCOMPARE(r.report.bad.front().toString(), QStringLiteral("line 3, column Amount: 'x' is not a number."));

        // A format with month names goes through QDateTime.
        options = {};
        options.timeFormat = QStringLiteral("dd MMM yyyy HH:mm");
        const Read named = read("case,activity,time\nc,A,04 Mar 2024 09:00\n", QStringLiteral("log.csv"), options);
        QVERIFY2(named.report.ok(), qPrintable(named.report.error));
        QCOMPARE(named.log.events.front().end, at(2024, 3, 4, 9, 0));
    }

    void columnsThatCannotBeFound()
    {
        Read r = read("id,step,when\n1,A,2024-03-04T09:00:00\n");
        QVERIFY(!r.report.ok());
        QVERIFY2(r.report.error.contains(QLatin1String("id, step, when")), qPrintable(r.report.error));
        ReadOptions options;
        options.mapping.caseId = QStringLiteral("nope");
        r = read("case,activity,time\n", QStringLiteral("log.csv"), options);
        QVERIFY(r.report.error.contains(QLatin1String("'nope'")));
        r = read("case,activity,time\nc,A,yesterday\nc,B,today\n");
        QVERIFY2(r.report.error.contains(QLatin1String("'yesterday'")), qPrintable(r.report.error));
    }

    void badRowsAreListedThenStop()
    {
        QByteArray csv = "case,activity,time\n";
        for (int i = 0; i < 30; ++i)
            csv += i % 3 == 0 ? QByteArray(",A,2024-03-04T09:00:00\n") : QByteArray("c,A,2024-03-04T09:00:00\n");
        csv += "c,A\n";
        ReadOptions options;
        Read r = read(csv, QStringLiteral("log.csv"), options);
        QVERIFY(r.report.ok());
        QCOMPARE(r.report.badRows, 11);
        QCOMPARE(r.report.bad.front().toString(), QStringLiteral("line 2, column case: no case is named."));
        QCOMPARE(
            r.report.bad.back().toString(), QStringLiteral("line 32: has 2 value(s) where the header has 3 columns."));
        options.maxBadRows = 5;
        options.listedBadRows = 3;
        r = read(csv, QStringLiteral("log.csv"), options);
        QVERIFY(!r.report.ok());
        QCOMPARE(r.report.bad.size(), size_t(3));
        QVERIFY2(r.report.error.startsWith(QLatin1String("More than 5 row(s) could not be read, the first on line 2")),
            qPrintable(r.report.error));
    }

    void hostileFilesAreRefused()
    {
        // A 10 MB line names its line, and the file is read no further than the cap.
        QElapsedTimer timer;
        timer.start();
        QByteArray longLine = "case,activity,time\nc,A,2024-03-04T09:00:00\nc,";
        longLine += QByteArray(10 * 1024 * 1024, 'x');
        Read r = read(longLine);
        QVERIFY2(r.report.error.startsWith(QLatin1String("Line 3 is longer than 1 MB")), qPrintable(r.report.error));
        r = read(QByteArray("case,activity,time\n\0\x01\x02", 22));
        QVERIFY(r.report.error.contains(QLatin1String("binary")));
        r = read("\xFF\xFE"
                 "c\0a\0");
        QVERIFY(r.report.error.contains(QLatin1String("UTF-16")));
        r = read("case,activity,time\nc,\"A,2024-03-04T09:00:00\n");
        QVERIFY(r.report.error.contains(QLatin1String("line 2 is never closed")));
        r = read(QByteArray("case,activity,time\nc,Caf\xE9,2024-03-04T09:00:00\n"));
        QCOMPARE(r.log.activities.value(0), QStringLiteral("Caf\u00e9"));
        QVERIFY(r.report.notes.join(u' ').contains(QLatin1String("Latin-1")));
        // Timestamps out of order in the file are put in order within each case.
        r = read("case,activity,time\nc,B,2024-03-04T10:00:00\nc,A,2024-03-04T09:00:00\n");
        QCOMPARE(r.log.activities.value(r.log.events.front().activity), QStringLiteral("A"));
        // 100 000 different activities: the activity column is probably wrong; the reading stops at 2 000.
        QByteArray many = "case,activity,time\n";
        for (int i = 0; i < 100000; ++i)
            many += "c,a" + QByteArray::number(i) + ",2024-03-04T09:00:00\n";
        r = read(many);
        QVERIFY2(r.report.error.contains(
                     QLatin1String("more than 2000 different activities (the next one, 'a2000', on line 2002)")),
            qPrintable(r.report.error));
        QVERIFY(r.report.rows < 3000);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        r = read(QByteArray());
        QCOMPARE(r.report.error, QStringLiteral("The file is empty."));
    }

    void progressAndCancel()
    {
        QByteArray csv = "case,activity,time\n";
        for (int i = 0; i < 20000; ++i)
            csv += "c" + QByteArray::number(i) + ",A,2024-03-04T09:00:00\n";
        ReadControl control;
        qint64 last = 0, total = 0;
        control.progress = [&](qint64 done, qint64 all) {
            QVERIFY(done >= last);
            last = done;
            total = all;
        };
        Read r = read(csv, QStringLiteral("log.csv"), {}, control);
        QVERIFY(r.report.ok());
        QCOMPARE(last, qint64(csv.size()));
        QCOMPARE(total, qint64(csv.size()));
        std::atomic<bool> cancel { true };
        control.cancel = &cancel;
        r = read(csv, QStringLiteral("log.csv"), {}, control);
        QVERIFY(r.report.cancelled);
        QVERIFY(r.log.events.empty());
    }

    void xesWithTheStandardExtensions()
    {
        // A declared prefix other than the standard one, globals, meta-attributes and lifecycles.
        const QByteArray xes = QByteArray(kXesHead)
            + "<extension name=\"Concept\" prefix=\"c\" uri=\"http://www.xes-standard.org/concept.xesext\"/>\n"
              "<extension name=\"Organizational\" prefix=\"org\" uri=\"http://www.xes-standard.org/org.xesext\"/>\n"
              "<global scope=\"event\"><string key=\"lifecycle:transition\" value=\"complete\"/></global>\n"
              "<classifier name=\"Activity\" keys=\"c:name\"/>\n"
              "<string key=\"c:name\" value=\"the log itself\"/>\n"
              "<trace><string key=\"c:name\" value=\"case 1\"/>\n"
              "  <event><string key=\"c:name\" value=\"Register\"><string key=\"c:name\" value=\"meta\"/></string>\n"
              "    <date key=\"time:timestamp\" value=\"2024-03-04T10:00:00.000+01:00\"/>\n"
              "    <string key=\"lifecycle:transition\" value=\"start\"/><string key=\"org:resource\" "
              "value=\"Ann\"/></event>\n"
              "  <event><string key=\"c:name\" value=\"Register\"/>\n"
              "    <date key=\"time:timestamp\" value=\"2024-03-04T10:05:00.000+01:00\"/>\n"
              "    <string key=\"org:resource\" value=\"Ann\"/></event>\n"
              "  <event><string key=\"c:name\" value=\"Close\"/><date key=\"time:timestamp\" value=\"bad\"/></event>\n"
              "  <event><string key=\"c:name\" value=\"Close\"/>\n"
              "    <date key=\"time:timestamp\" value=\"2024-03-04T10:20:00.000+01:00\"/>"
              "<string key=\"lifecycle:transition\" value=\"schedule\"/></event>\n"
              "</trace>\n</log>\n";
        const Read r = read(xes, QStringLiteral("log.xes"));
        QVERIFY2(r.report.ok(), qPrintable(r.report.error));
        QCOMPARE(r.report.format, QStringLiteral("XES"));
        QCOMPARE(r.log.caseIds, QStringList { QStringLiteral("case 1") });
        QCOMPARE(r.log.events.size(), size_t(1));
        const Event &e = r.log.events.front();
        QCOMPARE(r.log.activities.value(e.activity), QStringLiteral("Register"));
        QCOMPARE(e.start, at(2024, 3, 4, 9, 0));
        QCOMPARE(e.end, at(2024, 3, 4, 9, 5));
        QCOMPARE(r.log.resources.value(e.resource), QStringLiteral("Ann"));
        QCOMPARE(r.log.utcOffsetMinutes, 60);
        QCOMPARE(r.report.otherTransitions, 1);
        QCOMPARE(r.report.badRows, 1);
        QCOMPARE(r.report.bad.front().toString(),
            QStringLiteral("line 15, column time:timestamp: 'bad' is not a date in the format ISO 8601."));
    }

    void xesRefusesWhatItShouldNotRead()
    {
        Read r = read("<?xml version=\"1.0\"?>\n<!DOCTYPE log [<!ENTITY a \"aaaa\">]>\n<log><trace/></log>\n",
            QStringLiteral("log.xes"));
        QVERIFY2(r.report.error.contains(QLatin1String("<!DOCTYPE>")), qPrintable(r.report.error));
        QVERIFY(r.report.error.startsWith(QLatin1String("line 2:")));
        r = read(QByteArray(kXesHead) + "<trace>&custom;</trace></log>", QStringLiteral("log.xes"));
        QVERIFY(!r.report.ok());
        r = read("<?xml version=\"1.0\"?><definitions/>", QStringLiteral("log.xml"));
        QVERIFY2(r.report.error.contains(QLatin1String("not an XES log")), qPrintable(r.report.error));
        r = read(QByteArray(kXesHead) + "<trace>", QStringLiteral("log.xes"));
        QVERIFY(r.report.error.contains(QLatin1String("not well-formed")));
        r = read(QByteArray(kXesHead) + QByteArray(100, '<').replace("<", "<a>") + "</log>", QStringLiteral("log.xes"));
        QVERIFY2(r.report.error.contains(QLatin1String("deeper than")), qPrintable(r.report.error));
    }
};

QTEST_GUILESS_MAIN(TestEventLogRead)
#include "tst_eventlogread.moc"
