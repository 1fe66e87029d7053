// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/properties/scenarioform.h"

#include "editor/commands/entitycommands.h"
#include "editor/properties/entitynames.h"
#include "editor/properties/formfields.h"
#include "model/simulationinput.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

#include <algorithm>
#include <cmath>

namespace oi::editor {

namespace {

// The cross-training combo's data: unset, on, off.
enum CrossTrainingChoice { AsModelled = -1, Off = 0, On = 1 };

/** A time of day in the project's unit as a clock ("08:00"); the end of the day is "24:00". */
QString clockTime(double t, double day)
{
    const int minutes = int(std::lround(t / day * 1440.0));
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString timeWindow(double from, double to, std::optional<double> period, double day)
{
    if (!period || std::abs(*period - day) < 1e-9)
        return ScenarioForm::tr("from %1 to %2").arg(clockTime(from, day), clockTime(to, day));
    return ScenarioForm::tr("from %1 to %2 of every %3").arg(from).arg(to).arg(*period);
}

QString signedNumber(int n)
{
    return n > 0 ? QStringLiteral("+%1").arg(n) : QString::number(n);
}

} // namespace

ScenarioForm::ScenarioForm(QWidget *parent)
    : EntityForm(EntityKind::Scenario, parent)
    , mName(new QLineEdit(this))
    , mDescription(new QPlainTextEdit(this))
    , mArrivalMultiplier(new QDoubleSpinBox(this))
    , mCrossTraining(new QComboBox(this))
    , mHeadcount(newFormTable({ tr("Role"), tr("Headcount") }, 0, this))
    , mDurations(newFormTable({ tr("Task"), tr("Duration factor") }, 0, this))
    , mChanges(new QListWidget(this))
{
    // Object names let tests and style sheets find the fields.
    setObjectName(QStringLiteral("scenarioForm"));
    mName->setObjectName(QStringLiteral("name"));
    mDescription->setObjectName(QStringLiteral("description"));
    mArrivalMultiplier->setObjectName(QStringLiteral("arrivalMultiplier"));
    mCrossTraining->setObjectName(QStringLiteral("crossTraining"));
    mHeadcount->setObjectName(QStringLiteral("headcount"));
    mDurations->setObjectName(QStringLiteral("durations"));
    mChanges->setObjectName(QStringLiteral("changes"));
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
    mChanges->setSelectionMode(QAbstractItemView::NoSelection);
    mChanges->setWordWrap(true);
    mChanges->setToolTip(tr("Shown here, edited in the scenario's file for now"));
    auto *addRole = new QPushButton(tr("Add Role"), this);
    auto *removeRole = new QPushButton(tr("Remove Role"), this);
    auto *addTask = new QPushButton(tr("Add Task"), this);
    auto *removeTask = new QPushButton(tr("Remove Task"), this);
    addRole->setObjectName(QStringLiteral("addHeadcount"));
    removeRole->setObjectName(QStringLiteral("removeHeadcount"));
    addTask->setObjectName(QStringLiteral("addDuration"));
    removeTask->setObjectName(QStringLiteral("removeDuration"));

    QFormLayout *form = newFormLayout(this);
    form->addRow(tr("Name"), mName);
    form->addRow(tr("Description"), mDescription);
    form->addRow(tr("Arrivals"), mArrivalMultiplier);
    form->addRow(tr("Cross-training"), mCrossTraining);
    form->addRow(newHeading(tr("Headcount per role"), this));
    form->addRow(mHeadcount);
    form->addRow(newButtonRow({ addRole, removeRole }));
    form->addRow(newHeading(tr("Duration factors"), this));
    form->addRow(mDurations);
    form->addRow(newButtonRow({ addTask, removeTask }));
    form->addRow(newHeading(tr("Other changes"), this));
    form->addRow(mChanges);

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

const model::Scenario *ScenarioForm::scenario() const
{
    return document() ? document()->project().scenario(entity()) : nullptr;
}

bool ScenarioForm::changesChoices(const ChangeEvent &event) const
{
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
    fillDurations(*s, project);
    fillChanges(*s, project);
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

// Read-only for now: the simulation studio issue builds the panels that edit these changes.
void ScenarioForm::fillChanges(const model::Scenario &shown, const model::Project &project)
{
    const double day = model::unitsPerDay(project.timeUnit);
    const auto role = [&project](const QString &id) -> QString { return entityTitle(project, EntityKind::Role, id); };
    const auto process
        = [&project](const QString &id) -> QString { return entityTitle(project, EntityKind::Process, id); };
    QStringList changes;
    for (const auto &[who, skill] : shown.addCrossTraining)
        changes.append(tr("%1 also takes the work of %2 (priority %3)")
                           .arg(role(who), role(skill.role), QString::number(skill.priority)));
    for (const model::VariantChoice &v : shown.variants)
        changes.append(tr("%1 runs in place of %2").arg(process(v.variant), process(v.process)));
    for (const model::Reassignment &r : shown.reassign)
        changes.append(tr("%1 is done by %2").arg(entityTitle(project, EntityKind::Node, r.node), role(r.role)));
    for (const model::StaffingChange &c : shown.staffing) {
        const QString when = timeWindow(c.from, c.to, c.period, day);
        if (c.add)
            changes.append(tr("%1: %2 staff %3").arg(role(c.role), signedNumber(*c.add), when));
        if (c.headcount)
            changes.append(tr("%1: %2 on duty %3").arg(role(c.role), QString::number(*c.headcount), when));
    }
    for (const model::ArrivalChange &a : shown.arrivals) {
        const QString factor = QLocale().toString(a.multiplier, 'g', 4);
        changes.append(a.from && a.to
                ? tr("Demand of %1 × %2 %3").arg(process(a.process), factor, timeWindow(*a.from, *a.to, a.period, day))
                : tr("Demand of %1 × %2").arg(process(a.process), factor));
    }
    for (const model::Diversion &d : shown.divert)
        changes.append(tr("%1 % of %2 goes to %3")
                           .arg(QLocale().toString(d.share * 100.0, 'g', 3), process(d.process), process(d.to)));
    if (changes.isEmpty())
        changes.append(tr("None"));
    // Every keystroke refreshes the form: rebuild the list only when its text changes.
    QStringList shownNow;
    for (int i = 0; i < mChanges->count(); ++i)
        shownNow.append(mChanges->item(i)->text());
    if (shownNow != changes) {
        mChanges->clear();
        mChanges->addItems(changes);
    }
    const int rows = std::clamp(int(changes.size()), 1, 8);
    mChanges->setFixedHeight(rows * std::max(mChanges->sizeHintForRow(0), mChanges->fontMetrics().height() + 4)
        + 2 * mChanges->frameWidth() + 4);
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
