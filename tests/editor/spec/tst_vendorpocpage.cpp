// SPDX-License-Identifier: GPL-3.0-or-later
// The Vendor PoC tab (issue 15): the stored PoC scenarios are edited one by one in the studio —
// added, removed, reordered, renamed, each step's fields typed — as undo steps the page follows,
// and the vendor comparison updates as scores change, naming the Must that knocks a vendor out.
#include "editor/document/document.h"
#include "editor/document/documentfollower.h"
#include "editor/spec/pocscenarioform.h"
#include "editor/spec/vendorcomparison.h"
#include "editor/spec/vendorpoceditor.h"
#include "editor/spec/vendorpocpage.h"
#include "editor/spec/vendorscoring.h"
#include "model/projectio.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace oi;
using namespace oi::editor;
using namespace oi::editor::spec;

namespace {

std::unique_ptr<model::Project> sample()
{
    model::Problems problems;
    return model::readProject(
        QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
}

template<typename W> W *child(QWidget *parent, const char *name)
{
    W *w = parent->findChild<W *>(QLatin1String(name));
    if (!w)
        qWarning("no %s", name);
    return w;
}

void click(QWidget *parent, const char *name)
{
    QPushButton *button = child<QPushButton>(parent, name);
    QVERIFY(button && button->isEnabled());
    button->click();
}

/** Picks the entry with data `id` as a user would (activated, not just the index). */
void choose(QComboBox *combo, const QString &id)
{
    const int index = combo->findData(id);
    QVERIFY2(index >= 0, qPrintable(id));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

} // namespace

class TestVendorPocPage : public QObject
{
    Q_OBJECT
private slots:
    void listsTheStoredScenariosAndEditsThemOneByOne()
    {
        Document doc(sample());
        VendorPocEditor editor;
        editor.setDocument(&doc);
        VendorPocPage *page = editor.page();
        page->resize(1300, 800);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
        QListWidget *list = page->scenarioList();
        const auto &stored = doc.project().pocScenarios;
        QCOMPARE(list->count(), int(stored.size()));
        QCOMPARE(list->item(0)->text(), QStringLiteral("1. ") + stored[0].title);
        QCOMPARE(page->currentScenario(), stored[0].id);

        // Rename by typing: one undo step; the list follows.
        const model::Project before = doc.project();
        auto *title = child<QLineEdit>(page->form(), "title");
        QVERIFY(title);
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Day-one order"));
        QCOMPARE(doc.project().pocScenarios[0].title, QStringLiteral("Day-one order"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("1. Day-one order"));

        // Step fields: the customer's action, the role, the requirement, the minutes.
        QTableWidget *steps = child<QTableWidget>(page->form(), "steps");
        QCOMPARE(steps->rowCount(), int(stored[0].steps.size()));
        page->form()->setCurrentStep(1);
        auto *action = child<QPlainTextEdit>(page->form(), "customerAction");
        action->setFocus();
        action->selectAll();
        QTest::keyClicks(action, QStringLiteral("Signs on the tablet"));
        QCOMPARE(doc.project().pocScenarios[0].steps[1].customerAction, QStringLiteral("Signs on the tablet"));
        QCOMPARE(steps->item(1, 1)->text(), QStringLiteral("Signs on the tablet"));
        QCOMPARE(doc.undoStack()->count(), 2);
        const QString role = doc.project().roles.back().id;
        choose(child<QComboBox>(page->form(), "role"), role);
        QCOMPARE(doc.project().pocScenarios[0].steps[1].role, role);
        const QString requirement = doc.project().requirements.back().id;
        choose(child<QComboBox>(page->form(), "requirement"), requirement);
        QCOMPARE(doc.project().pocScenarios[0].steps[1].requirement, requirement);
        auto *minutes = child<QDoubleSpinBox>(page->form(), "minutes");
        minutes->setValue(17);
        QCOMPARE(doc.project().pocScenarios[0].steps[1].minutes, std::optional<double>(17));
        auto *expected = child<QPlainTextEdit>(page->form(), "expected");
        expected->setFocus();
        expected->selectAll();
        QTest::keyClicks(expected, QStringLiteral("Contract signed"));
        auto *data = child<QPlainTextEdit>(page->form(), "data");
        data->setFocus();
        data->selectAll();
        QTest::keyClicks(data, QStringLiteral("A test customer"));
        QCOMPARE(doc.project().pocScenarios[0].steps[1].expected, QStringLiteral("Contract signed"));
        QCOMPARE(doc.project().pocScenarios[0].steps[1].data, QStringLiteral("A test customer"));
        QCOMPARE(doc.undoStack()->count(), 7);

        // Undo all of it: the model is as it was and the form shows it again.
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QVERIFY(doc.project() == before);
        QCOMPARE(title->text(), before.pocScenarios[0].title);
        QCOMPARE(list->item(0)->text(), QStringLiteral("1. ") + before.pocScenarios[0].title);
        QCOMPARE(action->toPlainText(), before.pocScenarios[0].steps[1].customerAction);
        QCOMPARE(steps->item(1, 1)->text(), before.pocScenarios[0].steps[1].customerAction);
        while (doc.undoStack()->canRedo())
            doc.undoStack()->redo();
        QCOMPARE(doc.project().pocScenarios[0].steps[1].data, QStringLiteral("A test customer"));
        QCOMPARE(data->toPlainText(), QStringLiteral("A test customer"));
    }

    void addsRemovesAndReordersScenariosAndSteps()
    {
        Document doc(sample());
        VendorPocPage page;
        page.setDocument(&doc);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const std::vector<model::PocScenario> stored = doc.project().pocScenarios;
        QListWidget *list = page.scenarioList();

        click(&page, "addScenario"); // after the first
        QCOMPARE(doc.project().pocScenarios.size(), stored.size() + 1);
        const QString added = doc.project().pocScenarios[1].id;
        QCOMPARE(page.currentScenario(), added);
        QCOMPARE(list->count(), int(stored.size()) + 1);
        click(&page, "scenarioUp");
        QCOMPARE(doc.project().pocScenarios[0].id, added);
        QCOMPARE(page.currentScenario(), added);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), added);

        // The new scenario's one step, and another.
        QTableWidget *steps = child<QTableWidget>(page.form(), "steps");
        QCOMPARE(steps->rowCount(), 1);
        click(page.form(), "addStep");
        QCOMPARE(doc.project().pocScenario(added)->steps.size(), std::size_t(2));
        QCOMPARE(steps->rowCount(), 2);
        QCOMPARE(page.form()->currentStep(), 1);
        auto *action = child<QPlainTextEdit>(page.form(), "customerAction");
        action->setFocus();
        QTest::keyClicks(action, QStringLiteral("second"));
        click(page.form(), "stepUp");
        QCOMPARE(doc.project().pocScenario(added)->steps[0].customerAction, QStringLiteral("second"));
        QCOMPARE(page.form()->currentStep(), 0);
        QCOMPARE(steps->item(0, 0)->text(), QStringLiteral("1"));
        QCOMPARE(steps->item(0, 1)->text(), QStringLiteral("second"));
        click(page.form(), "removeStep");
        QCOMPARE(doc.project().pocScenario(added)->steps.size(), std::size_t(1));
        QCOMPARE(steps->rowCount(), 1);

        click(&page, "removeScenario");
        QVERIFY(!doc.project().pocScenario(added));
        QCOMPARE(list->count(), int(stored.size()));
        QVERIFY(doc.project().pocScenarios == stored);

        // Undo back to the start: the list shows the stored scenarios again, in order.
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QVERIFY(doc.project().pocScenarios == stored);
        QCOMPARE(list->count(), int(stored.size()));
        for (int i = 0; i < list->count(); ++i)
            QCOMPARE(list->item(i)->data(Qt::UserRole).toString(), stored[std::size_t(i)].id);
    }

    void draftsScenariosForJourneysWithout()
    {
        auto project = sample();
        const model::PocScenario kept = project->pocScenarios.front();
        project->pocScenarios = { kept };
        Document doc(std::move(project));
        VendorPocPage page;
        page.setDocument(&doc);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const std::size_t journeys = doc.project().journeys.size();
        QVERIFY(journeys > 1);
        click(&page, "draftScenarios");
        QCOMPARE(doc.project().pocScenarios.size(), journeys);
        QCOMPARE(doc.project().pocScenarios.front(), kept); // the team's scenario as it was
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(page.scenarioList()->count(), int(journeys));
        QCOMPARE(page.currentScenario(), doc.project().pocScenarios[1].id);
        // Every journey has one now: nothing more to draft.
        QVERIFY(!child<QPushButton>(&page, "draftScenarios")->isEnabled());
        doc.undoStack()->undo();
        QCOMPARE(doc.project().pocScenarios.size(), std::size_t(1));
        QCOMPARE(page.scenarioList()->count(), 1);
        QVERIFY(child<QPushButton>(&page, "draftScenarios")->isEnabled());
    }

    void followsOnlyItsOwnChanges()
    {
        Document doc(sample());
        VendorPocPage page;
        page.setDocument(&doc);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int rebuilds = page.follower()->rebuilds();
        // A decision recorded in the review is not the page's business.
        doc.emitChanged(EntityChangeEvent(ChangeEvent::EntitiesChanged, EntityKind::Project,
            { QStringLiteral("project") }, EntityProperty::ProjectDecisions));
        QCOMPARE(page.follower()->rebuilds(), rebuilds);
        doc.emitChanged(EntityChangeEvent(ChangeEvent::EntitiesChanged, EntityKind::Project,
            { QStringLiteral("project") }, EntityProperty::ProjectVendors));
        QCOMPARE(page.follower()->rebuilds(), rebuilds + 1);
    }

    void theComparisonFollowsTheScores()
    {
        auto project = sample();
        project->vendors.clear();
        Document doc(std::move(project));
        VendorPocPage page;
        page.setDocument(&doc);
        page.setCurrentIndex(1);
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        VendorScoring *scoring = page.scoring();
        VendorComparison *comparison = scoring->comparison();
        QCOMPARE(comparison->rowCount(), 1); // "No vendors yet"

        click(scoring, "addVendor");
        click(scoring, "addVendor");
        QCOMPARE(doc.project().vendors.size(), std::size_t(2));
        QListWidget *vendors = scoring->vendorList();
        QCOMPARE(vendors->count(), 2);
        // Rename in place.
        vendors->item(1)->setText(QStringLiteral("Zeta Cloud"));
        QCOMPARE(doc.project().vendors[1].name, QStringLiteral("Zeta Cloud"));
        QTableWidget *scores = scoring->scoreTable();
        QCOMPARE(scores->columnCount(), VendorScoring::FirstVendorColumn + 2);
        QCOMPARE(
            scores->horizontalHeaderItem(VendorScoring::FirstVendorColumn + 1)->text(), QStringLiteral("Zeta Cloud"));
        QCOMPARE(scores->rowCount(), int(doc.project().requirements.size()));

        int mustRow = -1;
        for (int r = 0; r < int(doc.project().requirements.size()); ++r)
            if (doc.project().requirements[std::size_t(r)].priority == model::Priority::Must) {
                mustRow = r;
                break;
            }
        QVERIFY(mustRow >= 0);
        const model::Requirement must = doc.project().requirements[std::size_t(mustRow)];
        auto cell = [&](int row, int vendor) {
            return qobject_cast<QComboBox *>(scores->cellWidget(row, VendorScoring::FirstVendorColumn + vendor));
        };
        QVERIFY(cell(mustRow, 0) && cell(mustRow, 1));
        const int three = cell(mustRow, 0)->findData(3);
        cell(mustRow, 0)->setCurrentIndex(three);
        emit cell(mustRow, 0)->activated(three);
        QCOMPARE(doc.project().vendors[0].score(must.id), std::optional<int>(3));
        const int zero = cell(mustRow, 1)->findData(0);
        cell(mustRow, 1)->setCurrentIndex(zero);
        emit cell(mustRow, 1)->activated(zero);
        QCOMPARE(doc.project().vendors[1].score(must.id), std::optional<int>(0));

        // Live: the first leads, Zeta is out and the verdict names the Must.
        QCOMPARE(comparison->rowCount(), 2);
        QCOMPARE(comparison->item(0, VendorComparison::RankColumn)->text(), QStringLiteral("1"));
        QCOMPARE(comparison->item(0, VendorComparison::VendorColumn)->text(), doc.project().vendors[0].name);
        const int w = doc.project().priorityWeights.must;
        QCOMPARE(comparison->item(0, VendorComparison::TotalColumn)->text(), QString::number(3 * w));
        QCOMPARE(comparison->item(1, VendorComparison::VendorColumn)->text(), QStringLiteral("Zeta Cloud"));
        const QString verdict = comparison->item(1, VendorComparison::VerdictColumn)->text();
        QVERIFY2(verdict.startsWith(QStringLiteral("Knocked out")) && verdict.contains(must.text), qPrintable(verdict));

        // A heavier Must weight changes the total at once.
        auto *mustWeight = child<QSpinBox>(scoring, "mustWeight");
        mustWeight->setValue(w + 2);
        QCOMPARE(doc.project().priorityWeights.must, w + 2);
        QCOMPARE(comparison->item(0, VendorComparison::TotalColumn)->text(), QString::number(3 * (w + 2)));

        // Undo the knock-out: Zeta is back in the running.
        doc.undoStack()->undo(); // the weight
        doc.undoStack()->undo(); // Zeta's 0
        QCOMPARE(doc.project().priorityWeights.must, w);
        QCOMPARE(mustWeight->value(), w);
        QCOMPARE(cell(mustRow, 1)->currentData().toInt(), -1);
        for (int r = 0; r < comparison->rowCount(); ++r)
            QVERIFY(
                !comparison->item(r, VendorComparison::VerdictColumn)->text().startsWith(QStringLiteral("Knocked")));

        // Scrolling the table over a score it has not focused leaves the score alone.
        const model::Project beforeWheel = doc.project();
        QComboBox *box = cell(mustRow, 0);
        QVERIFY(!box->hasFocus());
        QWheelEvent wheel(QPointF(5, 5), box->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(box, &wheel);
        QVERIFY(doc.project() == beforeWheel);

        scoring->vendorList()->setCurrentRow(1);
        click(scoring, "removeVendor");
        QCOMPARE(doc.project().vendors.size(), std::size_t(1));
        QCOMPARE(scores->columnCount(), VendorScoring::FirstVendorColumn + 1);
    }
};

QTEST_MAIN(TestVendorPocPage)
#include "tst_vendorpocpage.moc"
