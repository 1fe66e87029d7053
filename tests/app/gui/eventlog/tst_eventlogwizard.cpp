// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Import ▸ Event Log…: the bundled example log goes through every page into the sample
// project as one undo step; cancelling leaves the project as it was; a bad row is shown with its
// line and column. Each page is grabbed to /tmp for a look.
#include "support/isolatedsettings.h"

#include "app/gui/documents/documentmanager.h"
#include "app/gui/eventlog/eventlogwizard.h"
#include "app/gui/eventlog/logimportpage.h"
#include "app/gui/eventlog/logmappingpage.h"
#include "app/gui/eventlog/logresultspage.h"
#include "app/gui/mainwindow/editorhost.h"
#include "app/gui/mainwindow/mainwindow.h"

#include "editor/document/document.h"
#include "editor/journey/journeyeditor.h"
#include "editor/journey/journeyview.h"
#include "editor/process/processeditor.h"
#include "editor/process/processscene.h"
#include "editor/process/processview.h"
#include "model/projectio.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace oi;

namespace {

const QString kSample = QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml");
const QString kLog = QStringLiteral(OI_SOURCE_DIR "/resources/samples/support-requests-log.csv");

std::unique_ptr<editor::Document> sampleDocument()
{
    model::Problems problems;
    auto project = model::readProject(kSample, &problems);
    if (!project)
        return {};
    return std::make_unique<editor::Document>(std::move(project), kSample);
}

void grab(QWizard &wizard, const QString &name)
{
    wizard.grab().save(QStringLiteral("/tmp/oi-eventlog-%1.png").arg(name));
}

bool nextEnabled(QWizard &wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

} // namespace

class TestEventLogWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateSettings("tst_eventlogwizard");
        QSettings().clear();
    }
    void theFileMenuOpensItAndTheDraftIsShown();
    void stopEndsALongImportWithNothingAdded();
    void anXesLogNeedsNoMapping();
    void importsTheExampleLogAsOneUndoStep();
    void cancelLeavesTheProjectUntouched();
    void aBadRowIsShownWithItsLineAndColumn();
    void aLogWithoutTimesCannotGoOn();
    void processMiningNamesAreRecognised();
    void aBinaryFileIsRefusedInWords();
    void rolesNamedLikeTheProjectsAreReused();
};

void TestEventLogWizard::importsTheExampleLogAsOneUndoStep()
{
    auto doc = sampleDocument();
    QVERIFY(doc);
    const model::Project before = doc->project();
    const int steps = doc->undoStack()->count();

    // Survey answers on the technician's visit: low scores with a comment become pain points.
    QTemporaryDir dir;
    const QString survey = dir.filePath(QStringLiteral("survey.csv"));
    QFile records(survey);
    QVERIFY(records.open(QIODevice::WriteOnly));
    records.write("Case ID,Activity,CSAT,Comment\n");
    for (int c = 1001; c < 1041; ++c)
        records.write("SR-" + QByteArray::number(c) + ",Repair on site," + QByteArray::number(1 + c % 2)
            + ",Waited two days for the technician\n");
    records.close();

    app::EventLogWizard wizard(doc.get());
    QString process, journey;
    connect(&wizard, &app::EventLogWizard::draftApplied, this, [&](const QString &p, const QString &j) {
        process = p;
        journey = j;
    });
    wizard.show();
    wizard.setFileName(kLog);
    wizard.setFeedbackFileName(survey);
    QVERIFY(nextEnabled(wizard));
    grab(wizard, QStringLiteral("1-file"));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(app::EventLogWizard::MappingPage));
    auto *mapping = static_cast<app::LogMappingPage *>(wizard.currentPage());
    QCOMPARE(mapping->columnBox(app::LogMappingPage::Case)->currentText(), QStringLiteral("Case ID"));
    QCOMPARE(mapping->columnBox(app::LogMappingPage::Time)->currentText(), QStringLiteral("Complete Timestamp"));
    QCOMPARE(mapping->columnBox(app::LogMappingPage::Start)->currentText(), QStringLiteral("Start Timestamp"));
    QCOMPARE(mapping->columnBox(app::LogMappingPage::Resource)->currentText(), QStringLiteral("Resource"));
    QCOMPARE(mapping->timeFormatBox()->currentText(), QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    QVERIFY(mapping->previewTable()->rowCount() > 5);
    QCOMPARE(mapping->previewTable()->item(0, 0)->text(), QStringLiteral("SR-1001"));
    QCOMPARE(mapping->previewTable()->item(0, 1)->text(), QStringLiteral("Help requested"));
    // The numeric attribute joins the preview as a column of its own.
    auto *attributes = mapping->findChild<QListWidget *>(QStringLiteral("attributes"));
    const auto usage = attributes->findItems(QStringLiteral("Data used in 30 days (GB)"), Qt::MatchExactly);
    QCOMPARE(usage.size(), 1);
    usage.front()->setCheckState(Qt::Checked);
    QTRY_COMPARE(mapping->previewTable()->columnCount(), 8);
    mapping->findChild<QLineEdit *>(QStringLiteral("completeAt"))->setText(QStringLiteral("Customer back online"));
    QCOMPARE(wizard.draftOptions().completingActivities, QStringList { QStringLiteral("Customer back online") });
    QVERIFY(nextEnabled(wizard));
    grab(wizard, QStringLiteral("2-mapping"));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(app::EventLogWizard::ImportPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.result() && nextEnabled(wizard), 60000);
    QVERIFY(wizard.result()->report.ok());
    QCOMPARE(wizard.result()->report.badRows, 0);
    QCOMPARE(doc->project(), before); // nothing yet
    grab(wizard, QStringLiteral("3-import"));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(app::EventLogWizard::ResultsPage));
    auto *results = static_cast<app::LogResultsPage *>(wizard.currentPage());
    QCOMPARE(results->fitTable()->rowCount(), int(wizard.result()->draft->fits.size()));
    QVERIFY(results->fitTable()->rowCount() >= 4);
    QVERIFY(results->variantTable()->rowCount() >= 2);
    QVERIFY(results->variantTable()->item(0, 0)->text().endsWith(QStringLiteral("%")));
    QVERIFY(results->staffBasis()->text().contains(QStringLiteral("start and end times")));
    QVERIFY(results->staffTable()->rowCount() >= 1);
    QVERIFY(wizard.result()->check.error.isEmpty());
    QVERIFY(results->checkTable()->rowCount() >= 5);
    QVERIFY(wizard.result()->feedback && wizard.result()->feedback->read.ok());
    QCOMPARE(results->feedbackTable()->rowCount(), 1);
    grab(wizard, QStringLiteral("4-durations"));
    const int allWays = results->followsTable()->rowCount();
    QVERIFY(allWays > 4);
    results->followsFilter()->setValue(30);
    QVERIFY(results->followsTable()->rowCount() < allWays);
    for (int tab = 1; tab < results->tabs()->count(); ++tab) {
        results->tabs()->setCurrentIndex(tab);
        grab(wizard, QStringLiteral("4-results-%1").arg(tab));
    }

    wizard.accept();
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    const model::Project &after = doc->project();
    QCOMPARE(after.processes.size(), before.processes.size() + 1);
    QCOMPARE(after.journeys.size(), before.journeys.size() + 1);
    QVERIFY(after.roles.size() > before.roles.size());
    QVERIFY(after.process(process));
    const model::Journey *j = after.journey(journey);
    QVERIFY(j);
    QVERIFY(!j->steps.empty());
    bool metrics = false, observed = false;
    for (const model::Step &s : j->steps) {
        metrics = metrics || !s.metrics.empty();
        observed = observed || (s.evidence == model::Evidence::Observed && !s.painPoints.empty());
    }
    QVERIFY(metrics);
    QVERIFY(observed);
    // The sample's ids stay where they were.
    for (size_t i = 0; i < before.processes.size(); ++i)
        QCOMPARE(after.processes[i], before.processes[i]);

    doc->undoStack()->undo();
    QCOMPARE(doc->project(), before);
    doc->undoStack()->redo();
    QVERIFY(doc->project().process(process));
}

void TestEventLogWizard::cancelLeavesTheProjectUntouched()
{
    auto doc = sampleDocument();
    QVERIFY(doc);
    const model::Project before = doc->project();
    {
        // Cancelled while the import runs, or just after.
        app::EventLogWizard wizard(doc.get());
        wizard.show();
        wizard.setFileName(kLog);
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(app::EventLogWizard::ImportPage));
        wizard.reject();
        wizard.job()->wait();
        QCoreApplication::processEvents();
    }
    {
        // Cancelled on the results page, with the draft ready.
        app::EventLogWizard wizard(doc.get());
        wizard.show();
        wizard.setFileName(kLog);
        wizard.next();
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(wizard), 60000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(app::EventLogWizard::ResultsPage));
        wizard.reject();
    }
    QCOMPARE(doc->project(), before);
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(!doc->isModified());
}

void TestEventLogWizard::aBadRowIsShownWithItsLineAndColumn()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("tickets.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("Ticket,Task,Time\n"
              "T1,Open,2024-03-04 09:00\n"
              "T1,Close,2024-03-04 09:30\n"
              "T2,Open,yesterday\n"
              "T2,Close,2024-03-04 10:45\n"
              "T3,Open,2024-03-04 11:00\n"
              "T3,Close,2024-03-04 11:20\n");
    out.close();

    auto doc = sampleDocument();
    QVERIFY(doc);
    app::EventLogWizard wizard(doc.get());
    wizard.show();
    wizard.setFileName(file);
    wizard.next();
    auto *mapping = static_cast<app::LogMappingPage *>(wizard.currentPage());
    QCOMPARE(mapping->columnBox(app::LogMappingPage::Case)->currentText(), QStringLiteral("Ticket"));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.result(), 60000);
    auto *import = static_cast<app::LogImportPage *>(wizard.currentPage());
    QTableWidget *bad = import->badRowTable();
    QTRY_COMPARE(bad->rowCount(), 1);
    QVERIFY(bad->isVisibleTo(&wizard));
    QCOMPARE(bad->item(0, 0)->text(), QStringLiteral("4"));
    QCOMPARE(bad->item(0, 1)->text(), QStringLiteral("Time"));
    QVERIFY2(bad->item(0, 2)->text().contains(QStringLiteral("yesterday")), qPrintable(bad->item(0, 2)->text()));
    grab(wizard, QStringLiteral("5-bad-row"));
}

void TestEventLogWizard::aLogWithoutTimesCannotGoOn()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("notimes.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("Ticket,Task,Note\nT1,Open,fine\nT1,Close,done\n");
    out.close();
    auto doc = sampleDocument();
    QVERIFY(doc);
    app::EventLogWizard wizard(doc.get());
    wizard.show();
    wizard.setFileName(file);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(app::EventLogWizard::MappingPage));
    auto *status = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("previewStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("the time")), qPrintable(status->text()));
    QVERIFY(!nextEnabled(wizard));
    grab(wizard, QStringLiteral("6-no-times"));
    // Saying which column holds the time is what the page asks for; a column of words still is no time.
    auto *time = static_cast<app::LogMappingPage *>(wizard.currentPage())->columnBox(app::LogMappingPage::Time);
    time->setCurrentIndex(time->findText(QStringLiteral("Note")));
    QTRY_VERIFY(!status->text().isEmpty());
    QVERIFY(!nextEnabled(wizard));
}

void TestEventLogWizard::theFileMenuOpensItAndTheDraftIsShown()
{
    app::MainWindow window;
    window.show();
    window.openSample();
    editor::Document *doc = window.documentManager()->document();
    QVERIFY(doc && !doc->project().processes.empty());
    QMenu *import = nullptr;
    for (QAction *a : window.menuBar()->actions().front()->menu()->actions())
        if (a->menu() && a->text().remove(u'&') == QStringLiteral("Import"))
            import = a->menu();
    QVERIFY(import);
    QVERIFY(import->actions().contains(window.action(QStringLiteral("importEventLog"))));
    window.action(QStringLiteral("importEventLog"))->trigger();
    auto *wizard = window.findChild<app::EventLogWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    wizard->setFileName(kLog);
    wizard->next();
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*wizard), 60000);
    wizard->next();
    wizard->accept();
    const model::Process &drafted = doc->project().processes.back();
    const model::Journey &journey = doc->project().journeys.back();
    QCOMPARE(drafted.name, QStringLiteral("Support requests log"));
    QCOMPARE(window.editors()->currentEditor()->name(), QStringLiteral("process"));
    auto *process = static_cast<editor::ProcessEditor *>(window.editors()->editor(QStringLiteral("process")));
    QCOMPARE(process->view()->diagramScene()->process(), drafted.id);
    auto *map = static_cast<editor::JourneyEditor *>(window.editors()->editor(QStringLiteral("journey")));
    QCOMPARE(map->view()->currentJourney(), journey.id);
    doc->undoStack()->undo(); // clean again: no question on closing
}

void TestEventLogWizard::stopEndsALongImportWithNothingAdded()
{
    // Long enough that Stop lands while it reads: 200 000 rows.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("long.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("case,activity,timestamp\n");
    for (int c = 0; c < 100000; ++c) {
        const QByteArray id = QByteArray::number(c);
        out.write("C" + id + ",Open,2024-03-04T09:00:00Z\nC" + id + ",Close,2024-03-04T09:30:00Z\n");
    }
    out.close();
    auto doc = sampleDocument();
    QVERIFY(doc);
    const model::Project before = doc->project();
    app::EventLogWizard wizard(doc.get());
    wizard.show();
    wizard.setFileName(file);
    wizard.next();
    wizard.next();
    auto *stop = wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("stopImport"));
    QVERIFY(stop && stop->isVisible());
    QVERIFY2(wizard.job()->isRunning(), qPrintable(wizard.result() ? wizard.result()->report.error : QString()));
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.result(), 60000);
    QVERIFY(wizard.result()->report.cancelled);
    QVERIFY(!nextEnabled(wizard));
    auto *state = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("importState"));
    QVERIFY2(state->text().contains(QStringLiteral("stopped")), qPrintable(state->text()));
    grab(wizard, QStringLiteral("7-stopped"));
    wizard.reject();
    QCOMPARE(doc->project(), before);
}

void TestEventLogWizard::anXesLogNeedsNoMapping()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("tickets.xes"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1.0\">\n");
    for (int c = 0; c < 20; ++c) {
        const QByteArray id = QByteArray::number(c), minute = QByteArray::number(10 + c * 2);
        out.write("<trace><string key=\"concept:name\" value=\"T" + id
            + "\"/>"
              "<event><string key=\"concept:name\" value=\"Open\"/><date key=\"time:timestamp\" "
              "value=\"2024-03-04T09:"
            + minute
            + ":00Z\"/></event>"
              "<event><string key=\"concept:name\" value=\"Close\"/><date key=\"time:timestamp\" "
              "value=\"2024-03-04T10:"
            + minute + ":00Z\"/></event></trace>\n");
    }
    out.write("</log>\n");
    out.close();
    auto doc = sampleDocument();
    QVERIFY(doc);
    app::EventLogWizard wizard(doc.get());
    wizard.show();
    wizard.setFileName(file);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(app::EventLogWizard::ImportPage));
    QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(wizard), 60000);
    QCOMPARE(wizard.result()->log.caseIds.size(), 20);
}

void TestEventLogWizard::processMiningNamesAreRecognised()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mined.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("case:concept:name,concept:name,time:timestamp,org:resource,lifecycle:transition,channel,case:customer\n"
              "A,Register,2024-03-04T09:00:00+01:00,Ann,start,web,Acme\n"
              "A,Register,2024-03-04T09:10:00+01:00,Ann,complete,web,Acme\n");
    out.close();
    auto doc = sampleDocument();
    QVERIFY(doc);
    app::EventLogWizard wizard(doc.get());
    wizard.show();
    wizard.setFileName(file);
    wizard.next();
    auto *mapping = static_cast<app::LogMappingPage *>(wizard.currentPage());
    const QStringList expected { QStringLiteral("case:concept:name"), QStringLiteral("concept:name"),
        QStringLiteral("time:timestamp"), QString(), QStringLiteral("lifecycle:transition"),
        QStringLiteral("org:resource"), QStringLiteral("channel"), QStringLiteral("case:customer") };
    for (int slot = 0; slot < app::LogMappingPage::SlotCount; ++slot)
        QCOMPARE(mapping->columnBox(app::LogMappingPage::Slot(slot))->currentData().toString(), expected[slot]);
    QCOMPARE(mapping->previewTable()->rowCount(), 1); // a start and its completion are one activity
    QVERIFY(!mapping->previewTable()->item(0, 2)->text().isEmpty());
    QVERIFY(nextEnabled(wizard));
}

void TestEventLogWizard::aBinaryFileIsRefusedInWords()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("export.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QByteArray bytes(4096, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 37) % 256);
    out.write(bytes);
    out.close();
    auto doc = sampleDocument();
    QVERIFY(doc);
    app::EventLogWizard wizard(doc.get());
    wizard.show();
    wizard.setFileName(file);
    wizard.next();
    auto *status = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("previewStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("binary")), qPrintable(status->text()));
    QVERIFY(!nextEnabled(wizard));
}

void TestEventLogWizard::rolesNamedLikeTheProjectsAreReused()
{
    // A log whose resource column names teams, two of them as the sample names its roles.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("teams.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("case,activity,start,time,resource\n");
    for (int c = 0; c < 40; ++c) {
        const QByteArray id = QByteArray::number(c), m = QByteArray::number(10 + c), n = QByteArray::number(11 + c);
        out.write("T" + id + ",Answer,2024-03-04T09:" + m + ":00,2024-03-04T09:" + m + ":40, service AGENT \n");
        out.write("T" + id + ",Repair,2024-03-04T10:" + m + ":00,2024-03-04T10:" + n + ":00,Field technician\n");
        out.write("T" + id + ",Bill,2024-03-04T11:" + m + ":00,2024-03-04T11:" + m + ":30,Billing team\n");
    }
    out.close();
    auto doc = sampleDocument();
    QVERIFY(doc);
    const model::Project before = doc->project();
    app::EventLogWizard wizard(doc.get());
    QString process;
    connect(&wizard, &app::EventLogWizard::draftApplied, this, [&](const QString &p) { process = p; });
    wizard.show();
    wizard.setFileName(file);
    wizard.next();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.result() && nextEnabled(wizard), 60000);
    wizard.next();
    // The results say which roles are the project's, before anything is added.
    auto *reused = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("staffReused"));
    QVERIFY(reused && !reused->isHidden());
    QVERIFY2(reused->text().contains(QStringLiteral("Service agent (headcount 4)"))
            && reused->text().contains(QStringLiteral("Field technician")),
        qPrintable(reused->text()));
    QVERIFY(!reused->text().contains(QStringLiteral("Billing")));
    auto *results = static_cast<app::LogResultsPage *>(wizard.currentPage());
    results->tabs()->setCurrentIndex(results->tabs()->indexOf(results->staffTable()->parentWidget()));
    grab(wizard, QStringLiteral("8-reused-roles"));
    wizard.accept();

    const model::Project &after = doc->project();
    QCOMPARE(doc->undoStack()->count(), 1); // the whole import, one step
    QCOMPARE(after.roles.size(), before.roles.size() + 1); // only the billing team is new
    QCOMPARE(after.roles.back().name, QStringLiteral("Billing team"));
    for (size_t r = 0; r < before.roles.size(); ++r)
        QCOMPARE(after.roles[r], before.roles[r]); // headcounts and shifts as modelled
    const model::Process *drafted = after.process(process);
    QVERIFY(drafted);
    QStringList roles;
    for (const model::Node &n : drafted->nodes)
        if (n.type == model::NodeType::Task)
            roles << n.name + u'=' + n.role;
    QVERIFY2(roles.contains(QStringLiteral("Answer=service-agent")), qPrintable(roles.join(u' ')));
    QVERIFY2(roles.contains(QStringLiteral("Repair=field-tech")), qPrintable(roles.join(u' ')));

    doc->undoStack()->undo();
    QCOMPARE(doc->project(), before);
}

QTEST_MAIN(TestEventLogWizard)
#include "tst_eventlogwizard.moc"
