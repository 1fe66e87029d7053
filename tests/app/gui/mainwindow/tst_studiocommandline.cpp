// SPDX-License-Identifier: GPL-3.0-or-later
// `outsidein FILE --export KIND OUT` paints with no display and no window, through the code File ▸
// Export runs; `--view NAME --size WxH --screenshot` opens an editor by name.
#include "support/isolatedsettings.h"
#include "support/runprogram.h"

#include "app/gui/mainwindow/editorhost.h"
#include "app/gui/mainwindow/mainwindow.h"

#include "editor/editor.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace oi;

namespace {
const QString kSample = QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml");

struct Run
{
    int code = -1;
    QString err;
};

/** Runs the studio as on a server: no display, no platform chosen. */
Run studio(const QStringList &args)
{
    const test::ProgramRun r = test::runProgram(QStringLiteral(OI_GUI_PATH), args, test::Display::None);
    return { r.code, r.errText() };
}

QByteArray readAll(const QString &fileName)
{
    QFile f(fileName);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestStudioCommandLine : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;

private slots:
    void initTestCase() { test::isolateSettings("tst_studiocommandline"); }

    void exportsEveryPictureFormatWithNoDisplay()
    {
        const QString svg = mDir.filePath(QStringLiteral("map.svg"));
        Run r = studio({ kSample, QStringLiteral("--export"), QStringLiteral("journey"), svg });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray drawing = readAll(svg);
        QVERIFY(drawing.contains("<svg"));
        QVERIFY(drawing.contains("Choose and order")); // the first stage's name, as text

        const QString png = mDir.filePath(QStringLiteral("map.png"));
        r = studio({ kSample, QStringLiteral("--export"), QStringLiteral("journey"), png, QStringLiteral("--dpi"),
            QStringLiteral("192") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 192);

        const QString pdf = mDir.filePath(QStringLiteral("map.pdf"));
        r = studio({ kSample, QStringLiteral("--export"), QStringLiteral("journey"), pdf, QStringLiteral("--journey"),
            QStringLiteral("renewal") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(readAll(pdf).startsWith("%PDF"));

        const QString html = mDir.filePath(QStringLiteral("map.html"));
        r = studio({ kSample, QStringLiteral("--export"), QStringLiteral("journey"), html, QStringLiteral("--journey"),
            QStringLiteral("help-me-now") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray page = readAll(html);
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("<h1>Help me now</h1>"));
        QVERIFY(page.contains("<svg"));
    }

    void headlessExportIsTheMenusExport()
    {
        const QString headless = mDir.filePath(QStringLiteral("headless.svg"));
        const Run r = studio({ kSample, QStringLiteral("--export"), QStringLiteral("journey"), headless });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        app::MainWindow window;
        QVERIFY(window.openFile(kSample, true));
        const QString menu = mDir.filePath(QStringLiteral("menu.svg"));
        QString error;
        QVERIFY2(window.editors()->editor(QStringLiteral("journey"))->exportTo(menu, {}, &error), qPrintable(error));
        QCOMPARE(readAll(menu), readAll(headless));
    }

    void failedExportsSaySoAndLeaveFilesAlone_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        const QString existing = mDir.filePath(QStringLiteral("existing.svg"));
        QTest::newRow("unknown kind") << QStringList { kSample, QStringLiteral("--export"), QStringLiteral("roadmap"),
            existing } << "unknown kind";
        QTest::newRow("unknown journey") << QStringList { kSample, QStringLiteral("--export"),
            QStringLiteral("journey"), existing, QStringLiteral("--journey"), QStringLiteral("nope") }
                                         << "no journey \"nope\"";
        QTest::newRow("format") << QStringList { kSample, QStringLiteral("--export"), QStringLiteral("journey"),
            mDir.filePath(QStringLiteral("x.docx")) }
                                << "not a format";
        QTest::newRow("dpi") << QStringList { kSample, QStringLiteral("--export"), QStringLiteral("journey"), existing,
            QStringLiteral("--dpi"), QStringLiteral("5000") }
                             << "--dpi";
        QTest::newRow("no output") << QStringList { kSample, QStringLiteral("--export"), QStringLiteral("journey") }
                                   << "the file to write";
        QTest::newRow("broken project") << QStringList { QStringLiteral(OI_TEST_DATA "/missing.oi.yaml"),
            QStringLiteral("--export"), QStringLiteral("journey"), existing }
                                        << "missing.oi.yaml";
        QTest::newRow("unwritable") << QStringList { kSample, QStringLiteral("--export"), QStringLiteral("journey"),
            QStringLiteral("/proc/map.svg") }
                                    << "/proc/map.svg";
    }

    void failedExportsSaySoAndLeaveFilesAlone()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const QString existing = mDir.filePath(QStringLiteral("existing.svg"));
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        const Run r = studio(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(readAll(existing), QByteArray("keep me"));
    }

    void viewOpensAnEditorByName()
    {
        const QString shot = mDir.filePath(QStringLiteral("roles.png"));
        Run r = studio({ kSample, QStringLiteral("--view"), QStringLiteral("roles"), QStringLiteral("--size"),
            QStringLiteral("1200x800"), QStringLiteral("--screenshot"), shot });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QImage(shot).size(), QSize(1200, 800));

        // The dashboard of a run made on the command line (the screenshot waits for the run).
        const QString results = mDir.filePath(QStringLiteral("results.png"));
        r = studio({ kSample, QStringLiteral("--simulate"), QStringLiteral("as-is"), QStringLiteral("--view"),
            QStringLiteral("results"), QStringLiteral("--size"), QStringLiteral("1200x800"),
            QStringLiteral("--screenshot"), results });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QImage(results).size(), QSize(1200, 800));

        // A screenshot is a one-off: it keeps no window layout for the next session (nor takes one).
        QSettings kept(test::programHome() + QStringLiteral("/config/Outside-In Studio/Outside-In Studio.conf"),
            QSettings::IniFormat);
        QVERIFY(!kept.contains(QStringLiteral("window/state")));
        QVERIFY(!kept.contains(QStringLiteral("window/geometry")));

        r = studio(
            { kSample, QStringLiteral("--view"), QStringLiteral("gantt"), QStringLiteral("--screenshot"), shot });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("journey, roles, process, processes, requirements")), qPrintable(r.err));
        r = studio({ kSample, QStringLiteral("--size"), QStringLiteral("big"), QStringLiteral("--screenshot"), shot });
        QCOMPARE(r.code, 1);
    }

    void everyEditorAnswersToItsName()
    {
        app::MainWindow window;
        QCOMPARE(window.editors()->names(),
            QStringList({ QStringLiteral("journey"), QStringLiteral("roles"), QStringLiteral("process"),
                QStringLiteral("processes"), QStringLiteral("requirements"), QStringLiteral("traceability"),
                QStringLiteral("vendors"), QStringLiteral("results") }));
        for (const QString &name : window.editors()->names()) {
            QVERIFY(window.editors()->setCurrentEditor(name));
            QCOMPARE(window.editors()->currentEditor()->name(), name);
            QCOMPARE(window.tabs()->currentWidget(), window.editors()->currentEditor()->widget());
        }
    }
};

QTEST_MAIN(TestStudioCommandLine)
#include "tst_studiocommandline.moc"
