// SPDX-License-Identifier: GPL-3.0-or-later
// The property forms on the sample: each follows the selection, every edit is one undo command
// (typing in one field is one step), undo restores the entity exactly, and each form shows edits
// made elsewhere. The role's shift grid round-trips to blocks; a new need gets an id from its text.
#include "editor/commands/entitycommands.h"
#include "editor/commands/entitylistcommands.h"
#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/properties/clockspinbox.h"
#include "editor/properties/entityproperties.h"
#include "editor/properties/shifthours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace oi;
using namespace oi::editor;

namespace {

template<typename W> W *field(QWidget *properties, const char *form, const char *name)
{
    auto *f = properties->findChild<QWidget *>(QLatin1String(form));
    return f ? f->findChild<W *>(QLatin1String(name)) : nullptr;
}

template<typename W> W *cell(QTableWidget *table, int row, int column)
{
    return qobject_cast<W *>(table->cellWidget(row, column));
}

/** Picks the entry with `data` as a person would (activated is what the forms listen to). */
bool choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    return true;
}

QListWidgetItem *itemWithId(QListWidget *list, const QString &id)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == id)
            return list->item(i);
    return nullptr;
}

model::ShiftBlock block(double from, double to, int headcount)
{
    model::ShiftBlock b;
    b.from = from;
    b.to = to;
    b.headcount = headcount;
    return b;
}

QString id(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

class TestEntityProperties : public QObject
{
    Q_OBJECT
    std::unique_ptr<Document> mDoc;
    std::unique_ptr<EntityProperties> mProps;

    QUndoStack *stack() const { return mDoc->undoStack(); }
    const model::Project &project() const { return mDoc->project(); }
    void undoAll()
    {
        while (stack()->canUndo())
            stack()->undo();
    }

private slots:
    void init()
    {
        model::Problems problems;
        mDoc = Document::load(
            QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), &problems);
        QVERIFY(mDoc);
        mProps = std::make_unique<EntityProperties>();
        mProps->setDocument(mDoc.get());
        mProps->show();
    }

    void cleanup()
    {
        mProps.reset();
        mDoc.reset();
    }

    void followsTheSelection()
    {
        auto *heading = mProps->findChild<QLabel *>(QStringLiteral("heading"));
        auto *placeholder = mProps->findChild<QLabel *>(QStringLiteral("placeholder"));
        QVERIFY(heading && placeholder);
        QVERIFY(!mProps->showsEntity());
        QVERIFY(placeholder->text().contains(QStringLiteral("Select a strategy")));

        mDoc->selection()->select(EntityKind::Role, id("sales-rep"));
        QVERIFY(mProps->showsEntity());
        QVERIFY(heading->text().contains(QStringLiteral("Sales adviser")));
        QVERIFY(!heading->text().contains(id("sales-rep"))); // the id only in the tooltip
        QVERIFY(heading->toolTip().contains(id("sales-rep")));
        QCOMPARE(field<QLineEdit>(mProps.get(), "roleForm", "name")->text(), QStringLiteral("Sales adviser"));

        // The heading follows a rename.
        stack()->push(new SetRoleName(mDoc.get(), { id("sales-rep") }, QStringLiteral("Sales consultant")));
        QVERIFY(heading->text().contains(QStringLiteral("Sales consultant")));

        // Other kinds, unknown ids and nothing show the sentence.
        mDoc->selection()->select(EntityKind::Step, id("place-order"));
        QVERIFY(!mProps->showsEntity());
        mDoc->selection()->select(EntityKind::Scenario, id("no-such-scenario"));
        QVERIFY(!mProps->showsEntity());
        mDoc->selection()->select(EntityKind::Scenario, id("to-be"));
        QVERIFY(mProps->showsEntity());
        QVERIFY(heading->text().contains(QStringLiteral("To-be")));
        mDoc->selection()->clear();
        QVERIFY(!mProps->showsEntity());

        // A removed entity leaves the form; undoing the removal brings it back.
        mDoc->selection()->select(EntityKind::Responsibility, id("enter-orders"));
        QVERIFY(mProps->showsEntity());
        stack()->push(new RemoveEntity<ResponsibilityTraits>(mDoc.get(), id("enter-orders"), QStringLiteral("Remove")));
        QVERIFY(!mProps->showsEntity());
        stack()->undo();
        QVERIFY(mProps->showsEntity());
    }

    void projectForm()
    {
        // The placeholder's link opens the project itself.
        auto *placeholder = mProps->findChild<QLabel *>(QStringLiteral("placeholder"));
        QVERIFY(!mProps->showsEntity());
        emit placeholder->linkActivated(QStringLiteral("project"));
        QVERIFY(mProps->showsEntity());
        const model::Project before = project();
        auto *client = field<QLineEdit>(mProps.get(), "projectForm", "projectClient");
        QVERIFY(client);
        QCOMPARE(client->text(), before.client);
        client->selectAll();
        QTest::keyClicks(client, QStringLiteral("Globex"));
        QCOMPARE(project().client, QStringLiteral("Globex"));
        QCOMPARE(stack()->count(), 1); // typing is one undo step

        auto *currency = field<QComboBox>(mProps.get(), "projectForm", "projectCurrency");
        QCOMPARE(currency->currentText(), QStringLiteral("\u20ac"));
        currency->setCurrentIndex(currency->findText(QStringLiteral("CHF")));
        QCOMPARE(project().currency, QStringLiteral("CHF"));
        QCOMPARE(stack()->count(), 2);

        // An edit made elsewhere shows; undo restores the project exactly.
        stack()->push(new SetProjectName(mDoc.get(), { id("project") }, QStringLiteral("Renamed")));
        QCOMPARE(field<QLineEdit>(mProps.get(), "projectForm", "projectName")->text(), QStringLiteral("Renamed"));
        undoAll();
        QVERIFY(project() == before);
        QCOMPARE(currency->currentText(), QStringLiteral("\u20ac"));
        QCOMPARE(client->text(), before.client);
    }

    void strategyForm()
    {
        const QString sid = id("first-contact");
        mDoc->selection()->select(EntityKind::Strategy, sid);
        const model::Strategy before = *project().strategy(sid);
        const auto strategy = [&] { return *project().strategy(sid); };

        auto *title = field<QLineEdit>(mProps.get(), "strategyForm", "strategyTitle");
        QVERIFY(title);
        QCOMPARE(title->text(), before.title);
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Fix it"));
        QCOMPARE(strategy().title, QStringLiteral("Fix it"));
        QCOMPARE(stack()->count(), 1); // six keystrokes, one undo step

        auto *statement = field<QPlainTextEdit>(mProps.get(), "strategyForm", "statement");
        statement->selectAll();
        QTest::keyClicks(statement, QStringLiteral("Now"));
        QCOMPARE(strategy().statement, QStringLiteral("Now"));
        QCOMPARE(stack()->count(), 2);

        auto *goals = field<QTableWidget>(mProps.get(), "strategyForm", "goals");
        QCOMPARE(goals->rowCount(), 3);
        // Goal 0 is measured on support's abandonment rate, shown in words.
        QCOMPARE(cell<QComboBox>(goals, 0, 4)->currentData().toString(), id("support"));
        QCOMPARE(cell<QComboBox>(goals, 0, 5)->currentText(), QStringLiteral("abandonment rate"));
        // Goal 1 has no measure: its KPI combo is off until it is measured on a process.
        QVERIFY(!cell<QComboBox>(goals, 1, 5)->isEnabled());
        goals->item(1, 2)->setText(QStringLiteral("80"));
        QCOMPARE(strategy().goals[1].target, 80.0);
        QCOMPARE(stack()->count(), 3);
        QVERIFY(choose(cell<QComboBox>(goals, 1, 4), id("support")));
        QVERIFY(strategy().goals[1].measure.has_value());
        QCOMPARE(strategy().goals[1].measure->process, id("support"));
        QVERIFY(cell<QComboBox>(goals, 1, 5)->isEnabled());
        QVERIFY(choose(cell<QComboBox>(goals, 1, 5), int(model::Kpi::Wait)));
        QCOMPARE(strategy().goals[1].measure->kpi, model::Kpi::Wait);
        QVERIFY(choose(cell<QComboBox>(goals, 1, 4), QString()));
        QVERIFY(!strategy().goals[1].measure.has_value());
        // The other goals are untouched by a goal's edit.
        QVERIFY(strategy().goals[0] == before.goals[0]);
        QVERIFY(strategy().goals[2] == before.goals[2]);

        field<QPushButton>(mProps.get(), "strategyForm", "addGoal")->click();
        QCOMPARE(strategy().goals.size(), std::size_t(4));
        QCOMPARE(goals->rowCount(), 4);
        goals->setCurrentCell(0, 0);
        field<QPushButton>(mProps.get(), "strategyForm", "removeGoal")->click();
        QCOMPARE(strategy().goals.size(), std::size_t(3));
        QCOMPARE(strategy().goals[0].text, before.goals[1].text);

        undoAll();
        QVERIFY(strategy() == before);
        QCOMPARE(title->text(), before.title);
        QCOMPARE(goals->rowCount(), 3);

        // Edits made elsewhere show.
        stack()->push(new SetStrategyOwner(mDoc.get(), { sid }, QStringLiteral("The board")));
        QCOMPARE(field<QLineEdit>(mProps.get(), "strategyForm", "owner")->text(), QStringLiteral("The board"));
        std::vector<model::Goal> fewer = before.goals;
        fewer.pop_back();
        stack()->push(new SetStrategyGoals(mDoc.get(), { sid }, fewer));
        QCOMPARE(goals->rowCount(), 2);
    }

    void goalMeasureDetails()
    {
        const QString sid = id("first-contact");
        mDoc->selection()->select(EntityKind::Strategy, sid);
        const model::Strategy before = *project().strategy(sid);
        const auto strategy = [&] { return *project().strategy(sid); };
        auto *goals = field<QTableWidget>(mProps.get(), "strategyForm", "goals");
        QVERIFY(goals);
        QCOMPARE(goals->columnCount(), 10);

        // Goal 2: the median wait at triage, at most the target, in words.
        auto *statistic = cell<QComboBox>(goals, 2, 6);
        auto *comparator = cell<QComboBox>(goals, 2, 7);
        auto *node = cell<QComboBox>(goals, 2, 8);
        auto *role = cell<QComboBox>(goals, 2, 9);
        QVERIFY(statistic && comparator && node && role);
        QCOMPARE(statistic->currentText(), QStringLiteral("median"));
        QCOMPARE(comparator->currentText(), QStringLiteral("at most"));
        QCOMPARE(node->currentText(), QStringLiteral("Diagnose and fix"));
        QCOMPARE(node->itemText(0), QStringLiteral("whole process"));
        QVERIFY(node->findData(id("route")) < 0); // tasks only
        QVERIFY(node->isEnabled());
        QVERIFY(!role->isEnabled()); // a wait is nobody's utilisation

        QVERIFY(choose(statistic, int(model::Statistic::P90)));
        QCOMPARE(strategy().goals[2].measure->statistic, model::Statistic::P90);
        QCOMPARE(statistic->currentText(), QStringLiteral("90th percentile"));
        QCOMPARE(stack()->count(), 1);
        QVERIFY(choose(comparator, int(model::Comparator::AtLeast)));
        QCOMPARE(strategy().goals[2].measure->comparator, model::Comparator::AtLeast);
        QCOMPARE(comparator->currentText(), QStringLiteral("at least"));
        QCOMPARE(stack()->count(), 2);
        QVERIFY(choose(node, QString()));
        QVERIFY(strategy().goals[2].measure->node.isEmpty());
        QCOMPARE(stack()->count(), 3);
        stack()->undo();
        QCOMPARE(strategy().goals[2].measure->node, id("triage"));
        QCOMPARE(node->currentText(), QStringLiteral("Diagnose and fix"));
        // The other goals are untouched by a goal's edit.
        QVERIFY(strategy().goals[0] == before.goals[0]);

        // Goal 0 measures an abandonment rate: a mean, at no task. As a utilisation it takes a role.
        QVERIFY(!cell<QComboBox>(goals, 0, 6)->isEnabled());
        QCOMPARE(cell<QComboBox>(goals, 0, 6)->currentText(), QStringLiteral("mean"));
        QVERIFY(!cell<QComboBox>(goals, 0, 8)->isEnabled());
        QVERIFY(choose(cell<QComboBox>(goals, 0, 5), int(model::Kpi::Utilization)));
        QCOMPARE(strategy().goals[0].measure->role, id("service-agent")); // the process's first lane
        QVERIFY(cell<QComboBox>(goals, 0, 9)->isEnabled());
        QCOMPARE(cell<QComboBox>(goals, 0, 9)->currentText(), QStringLiteral("Service agent"));
        QVERIFY(choose(cell<QComboBox>(goals, 0, 9), id("dispatcher")));
        QCOMPARE(strategy().goals[0].measure->role, id("dispatcher"));
        // A wait again: the role goes, the statistic may be a percentile.
        QVERIFY(choose(cell<QComboBox>(goals, 0, 5), int(model::Kpi::Wait)));
        QVERIFY(strategy().goals[0].measure->role.isEmpty());
        QVERIFY(cell<QComboBox>(goals, 0, 6)->isEnabled());
        QVERIFY(!cell<QComboBox>(goals, 0, 9)->isEnabled());
        // A goal without a measure has no details to choose.
        QVERIFY(!cell<QComboBox>(goals, 1, 7)->isEnabled());
        QCOMPARE(cell<QComboBox>(goals, 1, 7)->currentIndex(), -1);

        undoAll();
        QVERIFY(strategy() == before);
        QCOMPARE(statistic->currentText(), QStringLiteral("median"));
        QCOMPARE(comparator->currentText(), QStringLiteral("at most"));
    }

    void personaForm()
    {
        const QString pid = id("family");
        mDoc->selection()->select(EntityKind::Persona, pid);
        const model::Persona before = *project().persona(pid);
        const auto persona = [&] { return *project().persona(pid); };

        auto *name = field<QLineEdit>(mProps.get(), "personaForm", "name");
        QVERIFY(name);
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Okafors"));
        QCOMPARE(persona().name, QStringLiteral("Okafors"));
        QCOMPARE(stack()->count(), 1);

        auto *jobs = field<QPlainTextEdit>(mProps.get(), "personaForm", "jobsToBeDone");
        jobs->setPlainText(QStringLiteral("Stay online\n\n  Save money  "));
        QCOMPARE(persona().jobsToBeDone, (QStringList { QStringLiteral("Stay online"), QStringLiteral("Save money") }));

        // A new need gets an id from its text, unique in the project: "fix-now" is Priya's.
        auto *needs = field<QTableWidget>(mProps.get(), "personaForm", "needs");
        QCOMPARE(needs->rowCount(), 2);
        const int steps = stack()->count();
        field<QPushButton>(mProps.get(), "personaForm", "addNeed")->click();
        QCOMPARE(needs->rowCount(), 3);
        QCOMPARE(stack()->count(), steps); // an empty row is not a need yet
        needs->item(2, 0)->setText(QStringLiteral("Fix now"));
        QCOMPARE(persona().needs.size(), std::size_t(3));
        QCOMPARE(persona().needs[2].id, QStringLiteral("fix-now-2"));
        QCOMPARE(persona().needs[2].text, QStringLiteral("Fix now"));
        QVERIFY(needs->item(2, 0)->toolTip().contains(QStringLiteral("fix-now-2")));
        QCOMPARE(stack()->count(), steps + 1);
        field<QPushButton>(mProps.get(), "personaForm", "addNeed")->click();
        needs->item(3, 0)->setText(QStringLiteral("Wi-Fi in the garden"));
        QCOMPARE(persona().needs[3].id, QStringLiteral("wi-fi-in-the-garden"));
        // An edited need keeps its id: the steps serving it still do.
        needs->item(0, 0)->setText(QStringLiteral("An installation date that is kept"));
        QCOMPARE(persona().needs[0].id, QStringLiteral("kept-date"));
        QCOMPARE(persona().needs[0].text, QStringLiteral("An installation date that is kept"));
        needs->setCurrentCell(3, 0);
        field<QPushButton>(mProps.get(), "personaForm", "removeNeed")->click();
        QCOMPARE(persona().needs.size(), std::size_t(3));

        undoAll();
        QVERIFY(persona() == before);
        QCOMPARE(needs->rowCount(), 2);
        QCOMPARE(name->text(), before.name);

        stack()->push(new SetPersonaCustomersCustomer(mDoc.get(), { pid }, QStringLiteral("Their guests")));
        QCOMPARE(
            field<QLineEdit>(mProps.get(), "personaForm", "customersCustomer")->text(), QStringLiteral("Their guests"));
        stack()->push(
            new SetPersonaJobsToBeDone(mDoc.get(), { pid }, { QStringLiteral("One"), QStringLiteral("Two") }));
        QCOMPARE(jobs->toPlainText(), QStringLiteral("One\nTwo"));
    }

    void roleForm()
    {
        const QString rid = id("sales-rep");
        mDoc->selection()->select(EntityKind::Role, rid);
        const model::Role before = *project().role(rid);
        const auto role = [&] { return *project().role(rid); };

        auto *name = field<QLineEdit>(mProps.get(), "roleForm", "name");
        QVERIFY(name);
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Adviser"));
        QCOMPARE(role().name, QStringLiteral("Adviser"));
        QCOMPARE(stack()->count(), 1);

        QVERIFY(choose(field<QComboBox>(mProps.get(), "roleForm", "office"), int(model::Office::Back)));
        QCOMPARE(role().office, model::Office::Back);
        auto *change = field<QComboBox>(mProps.get(), "roleForm", "change");
        QCOMPARE(change->currentText(), QStringLiteral("Moved"));
        QVERIFY(choose(change, int(model::ChangeKind::Retired)));
        QCOMPARE(role().change, model::ChangeKind::Retired);
        auto *strategy = field<QComboBox>(mProps.get(), "roleForm", "strategy");
        QCOMPARE(strategy->currentText(), QStringLiteral("Working on day one")); // by title, not id
        QVERIFY(choose(strategy, id("first-contact")));
        QCOMPARE(role().strategy, id("first-contact"));
        QVERIFY(choose(strategy, QString()));
        QVERIFY(role().strategy.isEmpty());
        field<QSpinBox>(mProps.get(), "roleForm", "headcount")->setValue(6);
        QCOMPARE(role().headcount, 6);

        auto *cost = field<QDoubleSpinBox>(mProps.get(), "roleForm", "costPerHour");
        QCOMPARE(cost->cleanText(), QLocale().toString(48.0, 'f', 2));
        cost->setValue(55.5);
        QCOMPARE(role().costPerHour, std::optional<double>(55.5));
        cost->setValue(cost->minimum());
        QCOMPARE(role().costPerHour, std::optional<double>());
        QCOMPARE(cost->text(), QStringLiteral("not priced"));

        // Cross-training: add, point at another role, set the priority, remove.
        auto *skills = field<QTableWidget>(mProps.get(), "roleForm", "crossTraining");
        field<QPushButton>(mProps.get(), "roleForm", "addCrossTraining")->click();
        QCOMPARE(role().crossTrained.size(), std::size_t(1));
        QCOMPARE(role().crossTrained[0].role, id("order-clerk"));
        QVERIFY(choose(cell<QComboBox>(skills, 0, 0), id("service-agent")));
        QCOMPARE(role().crossTrained[0].role, id("service-agent"));
        cell<QSpinBox>(skills, 0, 1)->setValue(3);
        QCOMPARE(role().crossTrained[0].priority, 3);
        skills->setCurrentCell(0, 0);
        field<QPushButton>(mProps.get(), "roleForm", "removeCrossTraining")->click();
        QVERIFY(role().crossTrained.empty());

        undoAll();
        QVERIFY(role() == before);
        QCOMPARE(name->text(), before.name);

        stack()->push(new SetRoleDepartment(mDoc.get(), { rid }, QStringLiteral("Direct sales")));
        QCOMPARE(field<QLineEdit>(mProps.get(), "roleForm", "department")->text(), QStringLiteral("Direct sales"));
        stack()->push(new SetRoleCostPerHour(mDoc.get(), { rid }, 61.25));
        QCOMPARE(cost->value(), 61.25);
    }

    void roleShiftGrid()
    {
        // Service agents: 1 at night, 4 from 08:00 to 18:00, 2 in the evening.
        const QString rid = id("service-agent");
        mDoc->selection()->select(EntityKind::Role, rid);
        const model::Role before = *project().role(rid);
        auto *grid = field<QTableWidget>(mProps.get(), "roleForm", "shifts");
        auto *noShifts = field<QCheckBox>(mProps.get(), "roleForm", "noShifts");
        auto *note = field<QLabel>(mProps.get(), "roleForm", "shiftNote");
        QVERIFY(grid && noShifts && note);
        QCOMPARE(grid->columnCount(), 24);
        QCOMPARE(grid->horizontalHeaderItem(8)->text(), QStringLiteral("08"));
        QVERIFY(!noShifts->isChecked());
        QCOMPARE(grid->item(0, 7)->data(Qt::EditRole).toInt(), 1);
        QCOMPARE(grid->item(0, 8)->data(Qt::EditRole).toInt(), 4);
        QCOMPARE(grid->item(0, 20)->data(Qt::EditRole).toInt(), 2);
        QVERIFY(note->isHidden());

        for (int h = 8; h <= 11; ++h)
            grid->item(0, h)->setData(Qt::EditRole, 3);
        const model::Role &edited = *project().role(rid);
        QVERIFY(edited.shifts.has_value());
        QCOMPARE(edited.shifts->period, 1440.0);
        QVERIFY(edited.shifts->capacity
            == (std::vector<model::ShiftBlock> {
                block(0, 480, 1), block(480, 720, 3), block(720, 1080, 4), block(1080, 1440, 2) }));
        undoAll();
        QVERIFY(*project().role(rid) == before);
        QCOMPARE(grid->item(0, 8)->data(Qt::EditRole).toInt(), 4);

        // A role without a calendar: the headcount all day, until "no shifts" is cleared.
        const QString sales = id("sales-rep");
        mDoc->selection()->select(EntityKind::Role, sales);
        QVERIFY(noShifts->isChecked());
        QVERIFY(!grid->isEnabled());
        QCOMPARE(grid->item(0, 3)->data(Qt::EditRole).toInt(), 4);
        noShifts->click();
        QVERIFY(project().role(sales)->shifts.has_value());
        QVERIFY(project().role(sales)->shifts->capacity == (std::vector<model::ShiftBlock> { block(0, 1440, 4) }));
        QVERIFY(grid->isEnabled());
        for (int h = 8; h <= 11; ++h)
            grid->item(0, h)->setData(Qt::EditRole, 3);
        QVERIFY(project().role(sales)->shifts->capacity
            == (std::vector<model::ShiftBlock> { block(0, 480, 4), block(480, 720, 3), block(720, 1440, 4) }));
        // Nobody on duty at any hour is no calendar.
        for (int h = 0; h < 24; ++h)
            grid->item(0, h)->setData(Qt::EditRole, 0);
        QVERIFY(!project().role(sales)->shifts.has_value());
        QVERIFY(noShifts->isChecked());

        // A block off the hour shows rounded, with a note.
        const QString clerk = id("order-clerk");
        mDoc->selection()->select(EntityKind::Role, clerk);
        model::ShiftCalendar offHour;
        offHour.period = 1440;
        offHour.capacity = { block(450, 1080, 3) };
        stack()->push(new SetRoleShifts(mDoc.get(), { clerk }, offHour));
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(QStringLiteral("do not start on the hour")));
        QCOMPARE(grid->item(0, 6)->data(Qt::EditRole).toInt(), 0);
        QCOMPARE(grid->item(0, 7)->data(Qt::EditRole).toInt(), 3);
        // Editing it makes whole hours.
        grid->item(0, 18)->setData(Qt::EditRole, 1);
        QVERIFY(project().role(clerk)->shifts->capacity
            == (std::vector<model::ShiftBlock> { block(420, 1080, 3), block(1080, 1140, 1) }));
        QVERIFY(note->isHidden());
    }

    void shiftHoursInOtherUnits()
    {
        // In hours a day is 24 units; in days it is 1.
        HourlyStaff staff {};
        for (int h = 9; h < 17; ++h)
            staff[std::size_t(h)] = 2;
        const auto inHours = shiftCalendar(staff, 24.0);
        QVERIFY(inHours.has_value());
        QCOMPARE(inHours->period, 24.0);
        QVERIFY(inHours->capacity == (std::vector<model::ShiftBlock> { block(9, 17, 2) }));
        const ShiftHours back = shiftHours(*inHours, 24.0);
        QVERIFY(back.staff == staff);
        QVERIFY(!back.rounded && !back.otherPeriod);
        const auto inDays = shiftCalendar(staff, 1.0);
        QCOMPARE(inDays->capacity.size(), std::size_t(1));
        QVERIFY(shiftHours(*inDays, 1.0).staff == staff);
        QVERIFY(!shiftCalendar(HourlyStaff {}, 1440.0).has_value());
    }

    void requirementForm()
    {
        const QString rid = id("field-offline");
        mDoc->selection()->select(EntityKind::Requirement, rid);
        const model::Requirement before = *project().requirement(rid);
        const auto requirement = [&] { return *project().requirement(rid); };

        auto *text = field<QPlainTextEdit>(mProps.get(), "requirementForm", "text");
        QVERIFY(text);
        QCOMPARE(text->toPlainText(), before.text);
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Work offline"));
        QCOMPARE(requirement().text, QStringLiteral("Work offline"));
        QCOMPARE(stack()->count(), 1);

        auto *kind = field<QComboBox>(mProps.get(), "requirementForm", "kind");
        QCOMPARE(kind->currentText(), QStringLiteral("Non-functional"));
        QVERIFY(choose(kind, int(model::RequirementKind::InformationManagement)));
        QCOMPARE(requirement().kind, model::RequirementKind::InformationManagement);
        auto *priority = field<QComboBox>(mProps.get(), "requirementForm", "priority");
        QCOMPARE(priority->currentText(), QStringLiteral("Must"));
        QVERIFY(choose(priority, int(model::Priority::Wont)));
        QCOMPARE(requirement().priority, model::Priority::Wont);

        auto *steps = field<QListWidget>(mProps.get(), "requirementForm", "steps");
        QVERIFY(itemWithId(steps, id("installation")));
        QCOMPARE(itemWithId(steps, id("installation"))->checkState(), Qt::Checked);
        QCOMPARE(
            itemWithId(steps, id("installation"))->text(), QStringLiteral("Technician installs the fibre terminal"));
        itemWithId(steps, id("place-order"))->setCheckState(Qt::Checked);
        QCOMPARE(requirement().steps, (QStringList { id("installation"), id("technician-visit"), id("place-order") }));
        auto *nodes = field<QListWidget>(mProps.get(), "requirementForm", "nodes");
        QCOMPARE(itemWithId(nodes, id("onboarding/install"))->text(),
            QStringLiteral("Order to activation › Install terminal"));
        itemWithId(nodes, id("onboarding/install"))->setCheckState(Qt::Unchecked);
        QCOMPARE(requirement().nodes, (QStringList { id("support/field-repair") }));

        undoAll();
        QVERIFY(requirement() == before);
        QCOMPARE(itemWithId(nodes, id("onboarding/install"))->checkState(), Qt::Checked);

        stack()->push(new SetRequirementAcceptance(mDoc.get(), { rid }, QStringLiteral("Works in a basement")));
        QCOMPARE(field<QPlainTextEdit>(mProps.get(), "requirementForm", "acceptance")->toPlainText(),
            QStringLiteral("Works in a basement"));
        stack()->push(new SetRequirementSteps(mDoc.get(), { rid }, { id("diagnose") }));
        QCOMPARE(itemWithId(steps, id("diagnose"))->checkState(), Qt::Checked);
        QCOMPARE(itemWithId(steps, id("installation"))->checkState(), Qt::Unchecked);
    }

    void scenarioForm()
    {
        const QString sid = id("to-be");
        mDoc->selection()->select(EntityKind::Scenario, sid);
        const model::Scenario before = *project().scenario(sid);
        const auto scenario = [&] { return *project().scenario(sid); };

        auto *name = field<QLineEdit>(mProps.get(), "scenarioForm", "name");
        QVERIFY(name);
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Redesign"));
        QCOMPARE(scenario().name, QStringLiteral("Redesign"));
        QCOMPARE(stack()->count(), 1);

        field<QDoubleSpinBox>(mProps.get(), "scenarioForm", "arrivalMultiplier")->setValue(1.5);
        QCOMPARE(scenario().arrivalMultiplier, 1.5);
        auto *crossTraining = field<QComboBox>(mProps.get(), "scenarioForm", "crossTraining");
        QCOMPARE(crossTraining->currentText(), QStringLiteral("On"));
        QVERIFY(choose(crossTraining, 0));
        QCOMPARE(scenario().crossTraining, std::optional<bool>(false));
        QVERIFY(choose(crossTraining, -1));
        QCOMPARE(scenario().crossTraining, std::optional<bool>());

        auto *headcount = field<QTableWidget>(mProps.get(), "scenarioForm", "headcount");
        QCOMPARE(headcount->rowCount(), 2);
        QCOMPARE(cell<QComboBox>(headcount, 0, 0)->currentText(), QStringLiteral("Service agent"));
        cell<QSpinBox>(headcount, 0, 1)->setValue(7);
        QCOMPARE(scenario().headcount[0].headcount, 7);
        field<QPushButton>(mProps.get(), "scenarioForm", "addHeadcount")->click();
        QCOMPARE(scenario().headcount.size(), std::size_t(3));
        QCOMPARE(scenario().headcount[2].role, id("sales-rep"));
        QCOMPARE(scenario().headcount[2].headcount, 4); // starts from the modelled headcount
        QVERIFY(choose(cell<QComboBox>(headcount, 2, 0), id("dispatcher")));
        QCOMPARE(scenario().headcount[2].role, id("dispatcher"));

        auto *durations = field<QTableWidget>(mProps.get(), "scenarioForm", "durations");
        QCOMPARE(durations->rowCount(), 1);
        QCOMPARE(cell<QComboBox>(durations, 0, 0)->currentText(), QStringLiteral("Help me now › Diagnose and fix"));
        cell<QDoubleSpinBox>(durations, 0, 1)->setValue(0.5);
        QCOMPARE(scenario().durations[0].factor, 0.5);
        durations->setCurrentCell(0, 0);
        field<QPushButton>(mProps.get(), "scenarioForm", "removeDuration")->click();
        QVERIFY(scenario().durations.empty());

        // Model v2's changes are in tables of their own, by name.
        auto *variants = field<QTableWidget>(mProps.get(), "scenarioForm", "variants");
        auto *reassign = field<QTableWidget>(mProps.get(), "scenarioForm", "reassign");
        auto *staffing = field<QTableWidget>(mProps.get(), "scenarioForm", "staffing");
        auto *demand = field<QTableWidget>(mProps.get(), "scenarioForm", "arrivalChanges");
        auto *divert = field<QTableWidget>(mProps.get(), "scenarioForm", "divert");
        auto *extra = field<QTableWidget>(mProps.get(), "scenarioForm", "extraCrossTraining");
        QVERIFY(variants && reassign && staffing && demand && divert && extra);
        QCOMPARE(cell<QComboBox>(variants, 0, 0)->currentText(), QStringLiteral("Order to activation"));
        QCOMPARE(cell<QComboBox>(variants, 0, 1)->currentText(), QStringLiteral("Order to activation (to-be)"));
        QCOMPARE(cell<QComboBox>(reassign, 0, 0)->currentText(), QStringLiteral("Help me now › Book repair visit"));
        QCOMPARE(cell<QComboBox>(reassign, 0, 1)->currentText(), QStringLiteral("Service agent"));
        QCOMPARE(cell<QComboBox>(staffing, 0, 0)->currentText(), QStringLiteral("Service agent"));
        QCOMPARE(cell<QSpinBox>(staffing, 0, 1)->text(), QStringLiteral("08:00"));
        QCOMPARE(cell<QSpinBox>(staffing, 0, 2)->text(), QStringLiteral("12:00"));
        QCOMPARE(demand->rowCount(), 0);
        QCOMPARE(cell<QComboBox>(divert, 0, 0)->currentText(), QStringLiteral("Help me now"));
        QCOMPARE(cell<QComboBox>(divert, 0, 1)->currentText(), QStringLiteral("Self-service line check"));
        QCOMPARE(cell<QDoubleSpinBox>(divert, 0, 2)->value(), 20.0);
        QCOMPARE(extra->rowCount(), 2);
        QCOMPARE(cell<QComboBox>(extra, 1, 0)->currentText(), QStringLiteral("Provisioning engineer"));
        QCOMPARE(cell<QComboBox>(extra, 1, 1)->currentText(), QStringLiteral("Field technician"));
        QCOMPARE(cell<QSpinBox>(extra, 1, 2)->value(), 2);

        undoAll();
        QVERIFY(scenario() == before);
        QCOMPARE(durations->rowCount(), 1);

        stack()->push(new SetScenarioDescription(mDoc.get(), { sid }, QStringLiteral("Elsewhere")));
        QCOMPARE(field<QPlainTextEdit>(mProps.get(), "scenarioForm", "description")->toPlainText(),
            QStringLiteral("Elsewhere"));
        stack()->push(new SetScenarioArrivalMultiplier(mDoc.get(), { sid }, 2.25));
        QCOMPARE(field<QDoubleSpinBox>(mProps.get(), "scenarioForm", "arrivalMultiplier")->value(), 2.25);

        // The as-is scenario changes nothing else.
        mDoc->selection()->select(EntityKind::Scenario, id("as-is"));
        for (QTableWidget *table : { headcount, durations, variants, reassign, staffing, demand, divert, extra })
            QCOMPARE(table->rowCount(), 0);
    }

    void scenarioVariantsAndTasks()
    {
        const QString sid = id("to-be");
        mDoc->selection()->select(EntityKind::Scenario, sid);
        const model::Scenario before = *project().scenario(sid);
        const auto scenario = [&] { return *project().scenario(sid); };

        // Only an original with a redesign is listed, with only its redesigns.
        auto *variants = field<QTableWidget>(mProps.get(), "scenarioForm", "variants");
        QVERIFY(variants);
        QCOMPARE(variants->rowCount(), 1);
        QCOMPARE(cell<QComboBox>(variants, 0, 0)->count(), 1);
        QCOMPARE(cell<QComboBox>(variants, 0, 1)->count(), 1);
        variants->setCurrentCell(0, 0);
        field<QPushButton>(mProps.get(), "scenarioForm", "removeVariant")->click();
        QVERIFY(scenario().variants.empty());
        QCOMPARE(variants->rowCount(), 0);
        QCOMPARE(stack()->count(), 1);
        field<QPushButton>(mProps.get(), "scenarioForm", "addVariant")->click();
        QVERIFY(scenario().variants == before.variants);
        QCOMPARE(stack()->count(), 2);
        // A redesign of "help me now" made elsewhere shows; choosing that original picks its redesign.
        stack()->push(new SetProcessVariantOf(mDoc.get(), { id("self-service") }, id("support")));
        auto *original = cell<QComboBox>(variants, 0, 0);
        QCOMPARE(original->count(), 2);
        QVERIFY(choose(original, id("support")));
        QCOMPARE(scenario().variants[0].process, id("support"));
        QCOMPARE(scenario().variants[0].variant, id("self-service"));
        QCOMPARE(cell<QComboBox>(variants, 0, 1)->currentText(), QStringLiteral("Self-service line check"));
        QCOMPARE(stack()->count(), 4);
        stack()->undo();
        QVERIFY(scenario().variants == before.variants);

        // Reassignments: tasks only (no gateway, no timer), each edit one step.
        auto *reassign = field<QTableWidget>(mProps.get(), "scenarioForm", "reassign");
        auto *task = cell<QComboBox>(reassign, 0, 0);
        QVERIFY(task->findData(id("support/triage")) >= 0);
        QVERIFY(task->findData(id("support/route")) < 0);
        QVERIFY(task->findData(id("onboarding/ship-router")) < 0);
        int steps = stack()->index();
        QVERIFY(choose(task, id("support/triage")));
        QCOMPARE(scenario().reassign[0].node, id("support/triage"));
        QVERIFY(choose(cell<QComboBox>(reassign, 0, 1), id("field-tech")));
        QCOMPARE(scenario().reassign[0].role, id("field-tech"));
        QCOMPARE(stack()->count(), steps + 2);
        field<QPushButton>(mProps.get(), "scenarioForm", "addReassignment")->click();
        QCOMPARE(scenario().reassign.size(), std::size_t(2));
        QCOMPARE(scenario().reassign[1].node, id("onboarding/enter-order"));
        QCOMPARE(scenario().reassign[1].role, id("sales-rep")); // the first role but the task's own
        QCOMPARE(reassign->rowCount(), 2);
        stack()->undo();
        QCOMPARE(scenario().reassign.size(), std::size_t(1));
        QCOMPARE(reassign->rowCount(), 1);

        // Extra cross-training: typing a priority in one field is one step.
        auto *extra = field<QTableWidget>(mProps.get(), "scenarioForm", "extraCrossTraining");
        steps = stack()->index();
        cell<QSpinBox>(extra, 1, 2)->setValue(4);
        cell<QSpinBox>(extra, 1, 2)->setValue(5);
        QCOMPARE(scenario().addCrossTraining[1].second.priority, 5);
        QCOMPARE(stack()->count(), steps + 1);
        QVERIFY(choose(cell<QComboBox>(extra, 1, 1), id("dispatcher")));
        QCOMPARE(scenario().addCrossTraining[1].second.role, id("dispatcher"));
        QCOMPARE(stack()->count(), steps + 2);
        field<QPushButton>(mProps.get(), "scenarioForm", "addExtraCrossTraining")->click();
        QCOMPARE(scenario().addCrossTraining.size(), std::size_t(3));
        // The sales advisers take the order clerks' work already: the next role's.
        QCOMPARE(scenario().addCrossTraining[2].first, id("sales-rep"));
        QCOMPARE(scenario().addCrossTraining[2].second.role, id("credit-analyst"));
        extra->setCurrentCell(0, 0);
        field<QPushButton>(mProps.get(), "scenarioForm", "removeExtraCrossTraining")->click();
        QCOMPARE(scenario().addCrossTraining.size(), std::size_t(2));
        QCOMPARE(scenario().addCrossTraining[0].first, id("provisioning-engineer"));

        undoAll();
        QVERIFY(scenario() == before);
        QVERIFY(project().process(id("self-service"))->variantOf.isEmpty());
        QCOMPARE(variants->rowCount(), 1);
        QCOMPARE(extra->rowCount(), 2);
        QCOMPARE(cell<QSpinBox>(extra, 1, 2)->value(), 2);
    }

    void scenarioStaffingWindows()
    {
        const QString sid = id("to-be");
        mDoc->selection()->select(EntityKind::Scenario, sid);
        const model::Scenario before = *project().scenario(sid);
        const auto scenario = [&] { return *project().scenario(sid); };

        auto *staffing = field<QTableWidget>(mProps.get(), "scenarioForm", "staffing");
        QVERIFY(staffing);
        QCOMPARE(staffing->rowCount(), 1);
        auto *from = cell<QSpinBox>(staffing, 0, 1);
        auto *to = cell<QSpinBox>(staffing, 0, 2);
        auto *kind = cell<QComboBox>(staffing, 0, 3);
        auto *staff = cell<QSpinBox>(staffing, 0, 4);
        QVERIFY(from && to && kind && staff);
        QCOMPARE(kind->currentText(), QStringLiteral("add"));
        QCOMPARE(staff->value(), 1);

        // Times of the day, stored in the project's minutes; the window may end at the end of the day.
        from->setValue(7 * 60 + 30);
        QCOMPARE(scenario().staffing[0].from, 450.0);
        QCOMPARE(from->text(), QStringLiteral("07:30"));
        QCOMPARE(stack()->count(), 1);
        to->setValue(24 * 60);
        QCOMPARE(scenario().staffing[0].to, 1440.0);
        QCOMPARE(to->text(), QStringLiteral("24:00"));
        QCOMPARE(stack()->count(), 2);
        // Adding a negative number takes staff away; "set to" keeps the number, never below none.
        staff->setValue(-1);
        QCOMPARE(scenario().staffing[0].add, std::optional<int>(-1));
        QVERIFY(choose(kind, 1));
        QCOMPARE(scenario().staffing[0].add, std::optional<int>());
        QCOMPARE(scenario().staffing[0].headcount, std::optional<int>(0));
        QCOMPARE(staff->minimum(), 0);
        staff->setValue(3);
        QCOMPARE(scenario().staffing[0].headcount, std::optional<int>(3));
        QCOMPARE(stack()->count(), 5);
        stack()->undo();
        QCOMPARE(scenario().staffing[0].headcount, std::optional<int>(0));
        QCOMPARE(staff->value(), 0);

        // A new window: the first role without one, one more on duty from 09:00 to 17:00.
        field<QPushButton>(mProps.get(), "scenarioForm", "addStaffing")->click();
        QCOMPARE(scenario().staffing.size(), std::size_t(2));
        const model::StaffingChange added = scenario().staffing[1];
        QCOMPARE(added.role, id("sales-rep"));
        QCOMPARE(added.from, 540.0);
        QCOMPARE(added.to, 1020.0);
        QCOMPARE(added.add, std::optional<int>(1));
        QVERIFY(!added.headcount && !added.period);
        QCOMPARE(cell<QSpinBox>(staffing, 1, 1)->text(), QStringLiteral("09:00"));
        QVERIFY(choose(cell<QComboBox>(staffing, 1, 0), id("dispatcher")));
        QCOMPARE(scenario().staffing[1].role, id("dispatcher"));
        staffing->setCurrentCell(0, 0);
        field<QPushButton>(mProps.get(), "scenarioForm", "removeStaffing")->click();
        QCOMPARE(scenario().staffing.size(), std::size_t(1));
        QCOMPARE(scenario().staffing[0].role, id("dispatcher"));

        undoAll();
        QVERIFY(scenario() == before);
        QCOMPARE(staffing->rowCount(), 1);
        QCOMPARE(cell<QSpinBox>(staffing, 0, 1)->text(), QStringLiteral("08:00"));
        QCOMPARE(cell<QComboBox>(staffing, 0, 3)->currentText(), QStringLiteral("add"));
    }

    void clockTimes()
    {
        QCOMPARE(clockText(8 * 60), QStringLiteral("08:00"));
        QCOMPARE(clockText(24 * 60), QStringLiteral("24:00"));
        QCOMPARE(clockText(30 * 60 + 5), QStringLiteral("30:05")); // a window of a weekly period
        QCOMPARE(minutesFromClock(QStringLiteral("8:30")), std::optional<int>(510));
        QCOMPARE(minutesFromClock(QStringLiteral(" 17 ")), std::optional<int>(1020));
        QCOMPARE(minutesFromClock(QStringLiteral("8:75")), std::optional<int>());
        QCOMPARE(minutesFromClock(QStringLiteral("8:")), std::optional<int>());
        // A day is 1440 minutes, 24 hours or 1 day: half past eight in each.
        QCOMPARE(clockTime(510, 1440.0), 510.0);
        QCOMPARE(clockTime(510, 24.0), 8.5);
        QCOMPARE(clockMinutes(8.5, 24.0), 510);
        QCOMPARE(clockMinutes(clockTime(510, 1.0), 1.0), 510);
    }

    void scenarioDemandAndDiversions()
    {
        const QString sid = id("to-be");
        mDoc->selection()->select(EntityKind::Scenario, sid);
        const model::Scenario before = *project().scenario(sid);
        const auto scenario = [&] { return *project().scenario(sid); };

        // A demand change starts as the first process at its modelled demand, all the time.
        auto *demand = field<QTableWidget>(mProps.get(), "scenarioForm", "arrivalChanges");
        QVERIFY(demand);
        QCOMPARE(demand->rowCount(), 0);
        field<QPushButton>(mProps.get(), "scenarioForm", "addArrivalChange")->click();
        QCOMPARE(scenario().arrivals.size(), std::size_t(1));
        QCOMPARE(scenario().arrivals[0].process, id("onboarding"));
        QCOMPARE(scenario().arrivals[0].multiplier, 1.0);
        QCOMPARE(scenario().arrivals[0].from, std::optional<double>());
        QCOMPARE(stack()->count(), 1);
        // Originals only: a redesign run in their place gets their demand.
        auto *process = cell<QComboBox>(demand, 0, 0);
        QVERIFY(process->findData(id("onboarding-to-be")) < 0);
        QVERIFY(choose(process, id("support")));
        QCOMPARE(scenario().arrivals[0].process, id("support"));
        cell<QDoubleSpinBox>(demand, 0, 1)->setValue(1.5);
        QCOMPARE(scenario().arrivals[0].multiplier, 1.5);
        QCOMPARE(stack()->count(), 3);
        auto *wholeDay = cell<QCheckBox>(demand, 0, 2);
        auto *from = cell<QSpinBox>(demand, 0, 3);
        auto *to = cell<QSpinBox>(demand, 0, 4);
        QVERIFY(wholeDay && from && to);
        QVERIFY(wholeDay->isChecked());
        QVERIFY(!from->isEnabled() && !to->isEnabled());
        wholeDay->click();
        QCOMPARE(scenario().arrivals[0].from, std::optional<double>(540.0));
        QCOMPARE(scenario().arrivals[0].to, std::optional<double>(1020.0));
        QVERIFY(from->isEnabled());
        QCOMPARE(from->text(), QStringLiteral("09:00"));
        to->setValue(10 * 60);
        QCOMPARE(scenario().arrivals[0].to, std::optional<double>(600.0));
        QCOMPARE(stack()->count(), 5);
        wholeDay->click();
        QVERIFY(!scenario().arrivals[0].from && !scenario().arrivals[0].to);
        QVERIFY(!from->isEnabled());
        QCOMPARE(stack()->count(), 6);
        stack()->undo();
        QCOMPARE(scenario().arrivals[0].to, std::optional<double>(600.0));
        QVERIFY(!wholeDay->isChecked());
        QCOMPARE(to->text(), QStringLiteral("10:00"));

        // Diversions: the share as a percentage, stored as a share.
        auto *divert = field<QTableWidget>(mProps.get(), "scenarioForm", "divert");
        QVERIFY(divert);
        auto *share = cell<QDoubleSpinBox>(divert, 0, 2);
        const int steps = stack()->index();
        share->setValue(35.0);
        QCOMPARE(scenario().divert[0].share, 0.35);
        QVERIFY(choose(cell<QComboBox>(divert, 0, 1), id("renewal")));
        QCOMPARE(scenario().divert[0].to, id("renewal"));
        QVERIFY(choose(cell<QComboBox>(divert, 0, 0), id("onboarding")));
        QCOMPARE(scenario().divert[0].process, id("onboarding"));
        QCOMPARE(stack()->count(), steps + 3);
        field<QPushButton>(mProps.get(), "scenarioForm", "addDiversion")->click();
        QCOMPARE(scenario().divert.size(), std::size_t(2));
        // Nothing is diverted from "help me now" any more: a tenth of it goes to the next process.
        QCOMPARE(scenario().divert[1].process, id("support"));
        QCOMPARE(scenario().divert[1].to, id("renewal"));
        QCOMPARE(scenario().divert[1].share, 0.1);
        QCOMPARE(cell<QDoubleSpinBox>(divert, 1, 2)->value(), 10.0);
        divert->setCurrentCell(0, 0);
        field<QPushButton>(mProps.get(), "scenarioForm", "removeDiversion")->click();
        QCOMPARE(scenario().divert.size(), std::size_t(1));
        QCOMPARE(scenario().divert[0].process, id("support"));

        undoAll();
        QVERIFY(scenario() == before);
        QCOMPARE(demand->rowCount(), 0);
        QCOMPARE(divert->rowCount(), 1);
        QCOMPARE(cell<QDoubleSpinBox>(divert, 0, 2)->value(), 20.0);
    }

    void processForm()
    {
        const QString pid = id("support");
        mDoc->selection()->select(EntityKind::Process, pid);
        QVERIFY(mProps->showsEntity());
        const model::Process before = *project().process(pid);
        const auto process = [&] { return *project().process(pid); };

        auto *name = field<QLineEdit>(mProps.get(), "processForm", "name");
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("Help me now"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Fix it"));
        QCOMPARE(process().name, QStringLiteral("Fix it"));
        QCOMPARE(stack()->count(), 1);
        auto *description = field<QPlainTextEdit>(mProps.get(), "processForm", "description");
        description->selectAll();
        QTest::keyClicks(description, QStringLiteral("Now"));
        QCOMPARE(process().description, QStringLiteral("Now"));
        QCOMPARE(stack()->count(), 2);

        auto *strategy = field<QComboBox>(mProps.get(), "processForm", "strategy");
        QCOMPARE(strategy->currentText(), QStringLiteral("Resolve it while the customer is still with us"));
        QVERIFY(choose(strategy, id("day-one")));
        QCOMPARE(process().strategy, id("day-one"));

        // A redesign of an original: not of itself, nor of another redesign.
        auto *variantOf = field<QComboBox>(mProps.get(), "processForm", "variantOf");
        QCOMPARE(variantOf->currentIndex(), 0);
        QVERIFY(variantOf->findData(pid) < 0);
        QVERIFY(variantOf->findData(id("onboarding-to-be")) < 0);
        QVERIFY(choose(variantOf, id("renewal")));
        QCOMPARE(process().variantOf, id("renewal"));
        QVERIFY(choose(variantOf, QString()));
        QVERIFY(process().variantOf.isEmpty());
        QCOMPARE(stack()->count(), 5);

        // Money: the lowest value is "not set", as 0 is a value too.
        auto *value = field<QDoubleSpinBox>(mProps.get(), "processForm", "valuePerCase");
        auto *cost = field<QDoubleSpinBox>(mProps.get(), "processForm", "costPerAbandonment");
        QVERIFY(value && cost);
        QCOMPARE(value->text(), QStringLiteral("not set"));
        QCOMPARE(cost->value(), 250.0);
        value->setValue(150.0);
        QCOMPARE(process().valuePerCase, std::optional<double>(150.0));
        cost->setValue(cost->minimum());
        QCOMPARE(process().costPerAbandonment, std::optional<double>());
        QCOMPARE(cost->text(), QStringLiteral("not set"));
        QCOMPARE(stack()->count(), 7);

        undoAll();
        QVERIFY(process() == before);
        QCOMPARE(name->text(), before.name);
        QCOMPARE(value->text(), QStringLiteral("not set"));
        QCOMPARE(cost->value(), 250.0);

        // Edits made elsewhere show.
        stack()->push(new SetProcessValuePerCase(mDoc.get(), { pid }, 99.0));
        QCOMPARE(value->value(), 99.0);
        stack()->push(new SetProcessCostPerAbandonment(mDoc.get(), { pid }, std::optional<double>()));
        QCOMPARE(cost->text(), QStringLiteral("not set"));
        // An original with a redesign cannot become a redesign; the redesign shows its original.
        mDoc->selection()->select(EntityKind::Process, id("onboarding"));
        QVERIFY(!variantOf->isEnabled());
        mDoc->selection()->select(EntityKind::Process, id("onboarding-to-be"));
        QVERIFY(variantOf->isEnabled());
        QCOMPARE(variantOf->currentData().toString(), id("onboarding"));
        // A task has a form of its own (tst_nodeform), not the process's.
        mDoc->selection()->select(EntityKind::Node, id("support/triage"));
        QVERIFY(mProps->showsEntity());
        QCOMPARE(mProps->entity().kind, EntityKind::Node);
    }

    void responsibilityForm()
    {
        const QString rid = id("enter-orders");
        mDoc->selection()->select(EntityKind::Responsibility, rid);
        const model::Responsibility before = *project().responsibility(rid);
        const auto responsibility = [&] { return *project().responsibility(rid); };

        auto *text = field<QLineEdit>(mProps.get(), "responsibilityForm", "text");
        QVERIFY(text);
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Enter orders"));
        QCOMPARE(responsibility().text, QStringLiteral("Enter orders"));
        QCOMPARE(stack()->count(), 1);

        auto *asIs = field<QComboBox>(mProps.get(), "responsibilityForm", "asIs");
        auto *toBe = field<QComboBox>(mProps.get(), "responsibilityForm", "toBe");
        QCOMPARE(asIs->currentText(), QStringLiteral("Order entry clerk"));
        QCOMPARE(toBe->currentText(), QStringLiteral("Sales adviser"));
        QCOMPARE(asIs->itemText(0), QStringLiteral("nobody (new)"));
        QCOMPARE(toBe->itemText(0), QStringLiteral("nobody (retired)"));
        QVERIFY(choose(asIs, QString()));
        QVERIFY(responsibility().asIs.isEmpty());
        QVERIFY(choose(toBe, id("service-agent")));
        QCOMPARE(responsibility().toBe, id("service-agent"));

        undoAll();
        QVERIFY(responsibility() == before);
        QCOMPARE(text->text(), before.text);

        stack()->push(new SetResponsibilityToBe(mDoc.get(), { rid }, QString()));
        QCOMPARE(toBe->currentIndex(), 0);
        // A role renamed elsewhere is renamed in the combos.
        stack()->push(new SetRoleName(mDoc.get(), { id("order-clerk") }, QStringLiteral("Order desk")));
        QCOMPARE(asIs->currentText(), QStringLiteral("Order desk"));
    }

    void typingAgainAfterLeavingTheFieldIsANewStep()
    {
        mDoc->selection()->select(EntityKind::Role, id("dispatcher"));
        auto *department = field<QLineEdit>(mProps.get(), "roleForm", "department");
        department->selectAll();
        QTest::keyClicks(department, QStringLiteral("Field"));
        QFocusEvent out(QEvent::FocusOut);
        QCoreApplication::sendEvent(department, &out);
        QTest::keyClicks(department, QStringLiteral(" ops"));
        QCOMPARE(project().role(id("dispatcher"))->department, QStringLiteral("Field ops"));
        QCOMPARE(stack()->count(), 2);
        stack()->undo();
        QCOMPARE(project().role(id("dispatcher"))->department, QStringLiteral("Field"));
    }
};

QTEST_MAIN(TestEntityProperties)
#include "tst_entityproperties.moc"
