// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/properties/scenarioform.h"

#include "editor/commands/entitycommands.h"
#include "editor/document/changeevents.h"
#include "editor/properties/entitynames.h"
#include "editor/properties/formfields.h"
#include "model/simulationinput.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

#include <algorithm>

namespace oi::editor {

namespace {

// The cross-training combo's data: unset, on, off.
enum CrossTrainingChoice { AsModelled = -1, Off = 0, On = 1 };

} // namespace

ScenarioForm::ScenarioForm(QWidget *parent)
    : EntityForm(EntityKind::Scenario, parent)
    , mName(new QLineEdit(this))
    , mDescription(new QPlainTextEdit(this))
    , mArrivalMultiplier(new QDoubleSpinBox(this))
    , mCrossTraining(new QComboBox(this))
    , mHeadcount(newFormTable({ tr("Role"), tr("Headcount") }, 0, this))
    , mDurations(newFormTable({ tr("Task"), tr("Duration factor") }, 0, this))
    , mExtraCrossTraining(newFormTable({ tr("Role"), tr("Also takes the work of"), tr("Priority") }, 1, this))
    , mVariants(newFormTable({ tr("Process"), tr("Runs as") }, 1, this))
    , mReassign(newFormTable({ tr("Task"), tr("Done by") }, 0, this))
    , mStaffing(newFormTable({ tr("Role"), tr("From"), tr("To"), tr("Change"), tr("Staff") }, 0, this))
    , mArrivalChanges(newFormTable({ tr("Process"), tr("Demand"), tr("Whole day"), tr("From"), tr("To") }, 0, this))
    , mDivert(newFormTable({ tr("From process"), tr("To process"), tr("Share") }, 1, this))
{
    // Object names let tests and style sheets find the fields.
    setObjectName(QStringLiteral("scenarioForm"));
    mName->setObjectName(QStringLiteral("name"));
    mDescription->setObjectName(QStringLiteral("description"));
    mArrivalMultiplier->setObjectName(QStringLiteral("arrivalMultiplier"));
    mCrossTraining->setObjectName(QStringLiteral("crossTraining"));
    mHeadcount->setObjectName(QStringLiteral("headcount"));
    mDurations->setObjectName(QStringLiteral("durations"));
    mExtraCrossTraining->setObjectName(QStringLiteral("extraCrossTraining"));
    mVariants->setObjectName(QStringLiteral("variants"));
    mReassign->setObjectName(QStringLiteral("reassign"));
    mStaffing->setObjectName(QStringLiteral("staffing"));
    mArrivalChanges->setObjectName(QStringLiteral("arrivalChanges"));
    mDivert->setObjectName(QStringLiteral("divert"));
    fitLines(mDescription, 4);
    mArrivalMultiplier->setRange(0.01, 1000.0);
    mArrivalMultiplier->setDecimals(2);
    mArrivalMultiplier->setSingleStep(0.1);
    mArrivalMultiplier->setSuffix(tr(" ×"));
    mArrivalMultiplier->setToolTip(tr("Demand of every process, scaled: 1.2 × is a fifth more customers"));
    mCrossTraining->addItem(tr("As modelled"), int(AsModelled));
    mCrossTraining->addItem(tr("On"), int(On));
    mCrossTraining->addItem(tr("Off: nobody takes another role's work"), int(Off));
    mDurations->setToolTip(tr("A factor scales a task's duration: 0.8 takes a fifth less time"));
    mStaffing->setToolTip(tr("Staff on duty in a window of every day: add staff (a negative number takes staff "
                             "away) or set how many are on duty"));
    mReassign->setToolTip(tr("Another role does the task in this scenario"));
    mExtraCrossTraining->setToolTip(tr("Extra skills in this scenario: a role's staff also take another role's "
                                       "work; lower priorities are taken first"));
    mVariants->setToolTip(tr("A redesign of a process (a process that is a variant of it) runs in its place"));
    mArrivalChanges->setToolTip(tr("Demand of one process scaled, all day or within a window of every day; a "
                                   "window needs arrivals given as rates or exponential"));
    mDivert->setToolTip(tr("A share of a process's customers goes to another process instead (a channel shift); "
                           "the shares leaving one process add up to at most 100 %"));
    auto *addRole = new QPushButton(tr("Add Role"), this);
    auto *removeRole = new QPushButton(tr("Remove Role"), this);
    auto *addTask = new QPushButton(tr("Add Task"), this);
    auto *removeTask = new QPushButton(tr("Remove Task"), this);
    addRole->setObjectName(QStringLiteral("addHeadcount"));
    removeRole->setObjectName(QStringLiteral("removeHeadcount"));
    addTask->setObjectName(QStringLiteral("addDuration"));
    removeTask->setObjectName(QStringLiteral("removeDuration"));

    // Who is on duty first, then who does which task, then which processes run and what comes in.
    QFormLayout *form = newFormLayout(this);
    form->addRow(tr("Name"), mName);
    form->addRow(tr("Description"), mDescription);
    form->addRow(tr("Arrivals"), mArrivalMultiplier);
    form->addRow(tr("Cross-training"), mCrossTraining);
    form->addRow(newHeading(tr("Headcount per role"), this));
    form->addRow(mHeadcount);
    form->addRow(newButtonRow({ addRole, removeRole }));
    addListTable(form, mStaffing, tr("Staffing windows"), tr("Add Window"), tr("Remove Window"),
        QStringLiteral("Staffing"), &ScenarioForm::addStaffing,
        [this](int row) { removeItem<SetScenarioStaffing>(&model::Scenario::staffing, row); });
    form->addRow(newHeading(tr("Duration factors"), this));
    form->addRow(mDurations);
    form->addRow(newButtonRow({ addTask, removeTask }));
    addListTable(form, mReassign, tr("Reassigned tasks"), tr("Add Reassignment"), tr("Remove Reassignment"),
        QStringLiteral("Reassignment"), &ScenarioForm::addReassignment,
        [this](int row) { removeItem<SetScenarioReassign>(&model::Scenario::reassign, row); });
    addListTable(form, mExtraCrossTraining, tr("Extra cross-training"), tr("Add Cross-Training"),
        tr("Remove Cross-Training"), QStringLiteral("ExtraCrossTraining"), &ScenarioForm::addExtraCrossTraining,
        [this](int row) { removeItem<SetScenarioAddCrossTraining>(&model::Scenario::addCrossTraining, row); });
    addListTable(form, mVariants, tr("Process variants"), tr("Add Variant"), tr("Remove Variant"),
        QStringLiteral("Variant"), &ScenarioForm::addVariant,
        [this](int row) { removeItem<SetScenarioVariants>(&model::Scenario::variants, row); });
    addListTable(form, mArrivalChanges, tr("Demand changes"), tr("Add Demand Change"), tr("Remove Demand Change"),
        QStringLiteral("ArrivalChange"), &ScenarioForm::addArrivalChange,
        [this](int row) { removeItem<SetScenarioArrivalChanges>(&model::Scenario::arrivals, row); });
    addListTable(form, mDivert, tr("Diversions"), tr("Add Diversion"), tr("Remove Diversion"),
        QStringLiteral("Diversion"), &ScenarioForm::addDiversion,
        [this](int row) { removeItem<SetScenarioDivert>(&model::Scenario::divert, row); });

    for (QWidget *editor : std::initializer_list<QWidget *> { mName, mDescription, mArrivalMultiplier })
        watchFocus(editor);
    connect(mName, &QLineEdit::textEdited, this, [this](const QString &t) { edit<SetScenarioName>(t, mName); });
    connect(mDescription, &QPlainTextEdit::textChanged, this,
        [this] { edit<SetScenarioDescription>(mDescription->toPlainText(), mDescription); });
    connect(mArrivalMultiplier, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { edit<SetScenarioArrivalMultiplier>(v, mArrivalMultiplier); });
    connect(mCrossTraining, &QComboBox::activated, this, [this](int i) {
        const int choice = mCrossTraining->itemData(i).toInt();
        edit<SetScenarioCrossTraining>(choice == AsModelled ? std::nullopt : std::optional<bool>(choice == On));
    });
    connect(addRole, &QPushButton::clicked, this, &ScenarioForm::addHeadcount);
    connect(addTask, &QPushButton::clicked, this, &ScenarioForm::addDuration);
    connect(removeRole, &QPushButton::clicked, this, [this] {
        const model::Scenario *s = scenario();
        const int row = mHeadcount->currentRow();
        if (!s || row < 0 || row >= int(s->headcount.size()))
            return;
        std::vector<model::HeadcountOverride> headcount = s->headcount;
        headcount.erase(headcount.begin() + row);
        edit<SetScenarioHeadcount>(headcount);
    });
    connect(removeTask, &QPushButton::clicked, this, [this] {
        const model::Scenario *s = scenario();
        const int row = mDurations->currentRow();
        if (!s || row < 0 || row >= int(s->durations.size()))
            return;
        std::vector<model::DurationOverride> durations = s->durations;
        durations.erase(durations.begin() + row);
        edit<SetScenarioDurations>(durations);
    });
}

void ScenarioForm::addListTable(QFormLayout *form, QTableWidget *table, const QString &heading, const QString &addText,
    const QString &removeText, const QString &name, void (ScenarioForm::*add)(),
    const std::function<void(int row)> &remove)
{
    auto *addButton = new QPushButton(addText, this);
    auto *removeButton = new QPushButton(removeText, this);
    addButton->setObjectName(QString(QStringLiteral("add") + name));
    removeButton->setObjectName(QString(QStringLiteral("remove") + name));
    form->addRow(newHeading(heading, this));
    form->addRow(table);
    form->addRow(newButtonRow({ addButton, removeButton }));
    connect(addButton, &QPushButton::clicked, this, add);
    connect(removeButton, &QPushButton::clicked, this, [table, remove] { remove(table->currentRow()); });
}

const model::Scenario *ScenarioForm::scenario() const
{
    return document() ? document()->project().scenario(entity()) : nullptr;
}

double ScenarioForm::dayLength() const
{
    return document() ? model::unitsPerDay(document()->project().timeUnit) : 1440.0;
}

bool ScenarioForm::changesChoices(const ChangeEvent &event) const
{
    // Which process is a variant of which fills the variant combos.
    if (event.type == ChangeEvent::EntitiesChanged) {
        const auto &e = static_cast<const EntityChangeEvent &>(event);
        if (e.kind == EntityKind::Process && e.touches(EntityProperty::ProcessVariantOf))
            return true;
    }
    // Process and task names fill the combos (the Node case covers both); the time unit sets the clocks.
    return changesNamesOf(event, EntityKind::Role) || changesNamesOf(event, EntityKind::Node)
        || changesNamesOf(event, EntityKind::Project);
}

bool ScenarioForm::fill(const model::Project &project)
{
    const model::Scenario *s = project.scenario(entity());
    if (!s)
        return false;
    showText(mName, s->name);
    showPlain(mDescription, s->description);
    showValue(mArrivalMultiplier, s->arrivalMultiplier);
    selectData(mCrossTraining, int(s->crossTraining ? (*s->crossTraining ? On : Off) : AsModelled));
    fillHeadcount(*s, project);
    fillStaffing(*s, project);
    fillDurations(*s, project);
    fillReassign(*s, project);
    fillExtraCrossTraining(*s, project);
    fillVariants(*s, project);
    fillArrivalChanges(*s, project);
    fillDivert(*s, project);
    return true;
}

void ScenarioForm::fillHeadcount(const model::Scenario &shown, const model::Project &project)
{
    const Choices roles = roleChoices(project);
    mHeadcount->setRowCount(int(shown.headcount.size()));
    for (int r = 0; r < int(shown.headcount.size()); ++r) {
        const model::HeadcountOverride &o = shown.headcount[size_t(r)];
        // A row's widgets stay while the row does: one may be the sender of the edit being shown.
        auto *role = cellWidget<QComboBox>(mHeadcount, r, 0);
        if (!role) {
            role = new QComboBox;
            connect(role, &QComboBox::activated, this, [this, role](int index) {
                const model::Scenario *s = scenario();
                const int row = rowOfCellWidget(mHeadcount, 0, role);
                if (!s || row < 0 || row >= int(s->headcount.size()))
                    return;
                std::vector<model::HeadcountOverride> headcount = s->headcount;
                headcount[size_t(row)].role = idAt(role, index);
                edit<SetScenarioHeadcount>(headcount);
            });
            putCellWidget(mHeadcount, r, 0, role);
        }
        fillChoices(role, roles);
        selectData(role, o.role);
        auto *count = cellWidget<QSpinBox>(mHeadcount, r, 1);
        if (!count) {
            count = new QSpinBox;
            count->setRange(0, 100000);
            watchFocus(count);
            connect(count, &QSpinBox::valueChanged, this, [this, count](int value) {
                const model::Scenario *s = scenario();
                const int row = rowOfCellWidget(mHeadcount, 1, count);
                if (!editable() || !s || row < 0 || row >= int(s->headcount.size()))
                    return;
                std::vector<model::HeadcountOverride> headcount = s->headcount;
                headcount[size_t(row)].headcount = value;
                edit<SetScenarioHeadcount>(headcount, count);
            });
            putCellWidget(mHeadcount, r, 1, count);
        }
        showValue(count, o.headcount);
    }
    fitRows(mHeadcount);
}

void ScenarioForm::fillDurations(const model::Scenario &shown, const model::Project &project)
{
    const Choices tasks = nodeChoices(project, true);
    mDurations->setRowCount(int(shown.durations.size()));
    for (int r = 0; r < int(shown.durations.size()); ++r) {
        const model::DurationOverride &o = shown.durations[size_t(r)];
        auto *node = cellWidget<QComboBox>(mDurations, r, 0);
        if (!node) {
            node = new QComboBox;
            connect(node, &QComboBox::activated, this, [this, node](int index) {
                const model::Scenario *s = scenario();
                const int row = rowOfCellWidget(mDurations, 0, node);
                if (!s || row < 0 || row >= int(s->durations.size()))
                    return;
                std::vector<model::DurationOverride> durations = s->durations;
                durations[size_t(row)].node = idAt(node, index);
                edit<SetScenarioDurations>(durations);
            });
            putCellWidget(mDurations, r, 0, node);
        }
        fillChoices(node, tasks);
        selectData(node, o.node);
        auto *factor = cellWidget<QDoubleSpinBox>(mDurations, r, 1);
        if (!factor) {
            factor = new QDoubleSpinBox;
            factor->setRange(0.01, 100.0);
            factor->setDecimals(2);
            factor->setSingleStep(0.05);
            factor->setSuffix(tr(" ×"));
            watchFocus(factor);
            connect(factor, &QDoubleSpinBox::valueChanged, this, [this, factor](double value) {
                const model::Scenario *s = scenario();
                const int row = rowOfCellWidget(mDurations, 1, factor);
                if (!editable() || !s || row < 0 || row >= int(s->durations.size()))
                    return;
                std::vector<model::DurationOverride> durations = s->durations;
                durations[size_t(row)].factor = value;
                edit<SetScenarioDurations>(durations, factor);
            });
            putCellWidget(mDurations, r, 1, factor);
        }
        showValue(factor, o.factor);
    }
    fitRows(mDurations);
}

void ScenarioForm::addHeadcount()
{
    const model::Scenario *s = scenario();
    if (!s)
        return;
    std::vector<model::HeadcountOverride> headcount = s->headcount;
    // The first role the scenario does not staff yet, starting from its modelled headcount.
    for (const model::Role &r : document()->project().roles) {
        const auto staffed = [&r](const model::HeadcountOverride &o) { return o.role == r.id; };
        if (std::none_of(headcount.begin(), headcount.end(), staffed)) {
            model::HeadcountOverride o;
            o.role = r.id;
            o.headcount = r.headcount;
            headcount.push_back(o);
            edit<SetScenarioHeadcount>(headcount);
            return;
        }
    }
}

void ScenarioForm::addDuration()
{
    const model::Scenario *s = scenario();
    if (!s)
        return;
    std::vector<model::DurationOverride> durations = s->durations;
    for (const auto &choice : nodeChoices(document()->project(), true)) {
        const QString &node = choice.first;
        const auto scaled = [&node](const model::DurationOverride &o) { return o.node == node; };
        if (std::none_of(durations.begin(), durations.end(), scaled)) {
            model::DurationOverride o;
            o.node = node;
            durations.push_back(o);
            edit<SetScenarioDurations>(durations);
            return;
        }
    }
}

} // namespace oi::editor
