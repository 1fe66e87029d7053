// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/properties/roleform.h"

#include "editor/commands/entitycommands.h"
#include "editor/properties/entitynames.h"
#include "editor/properties/formfields.h"
#include "editor/properties/shifthours.h"
#include "model/simulationinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>

#include <algorithm>

namespace oi::editor {

namespace {

// The cost spin box's lowest value, shown as "not priced": a cost of 0 is a price too.
constexpr double kNotPriced = -0.01;

} // namespace

RoleForm::RoleForm(QWidget *parent)
    : EntityForm(EntityKind::Role, parent)
    , mName(new QLineEdit(this))
    , mDepartment(new QLineEdit(this))
    , mOffice(new QComboBox(this))
    , mChange(new QComboBox(this))
    , mStrategy(new QComboBox(this))
    , mHeadcount(new QSpinBox(this))
    , mCost(new QDoubleSpinBox(this))
    , mNoShifts(new QCheckBox(tr("No shift calendar: the headcount is on duty all day"), this))
    , mShifts(new QTableWidget(1, 24, this))
    , mShiftNote(new QLabel(this))
    , mCrossTraining(newFormTable({ tr("Also takes the work of"), tr("Priority") }, 0, this))
{
    // Object names let tests and style sheets find the fields.
    setObjectName(QStringLiteral("roleForm"));
    mName->setObjectName(QStringLiteral("name"));
    mDepartment->setObjectName(QStringLiteral("department"));
    mOffice->setObjectName(QStringLiteral("office"));
    mChange->setObjectName(QStringLiteral("change"));
    mStrategy->setObjectName(QStringLiteral("strategy"));
    mHeadcount->setObjectName(QStringLiteral("headcount"));
    mCost->setObjectName(QStringLiteral("costPerHour"));
    mNoShifts->setObjectName(QStringLiteral("noShifts"));
    mShifts->setObjectName(QStringLiteral("shifts"));
    mShiftNote->setObjectName(QStringLiteral("shiftNote"));
    mCrossTraining->setObjectName(QStringLiteral("crossTraining"));

    for (const model::Office o : { model::Office::Front, model::Office::Back, model::Office::Field })
        mOffice->addItem(officeName(o), int(o));
    for (const model::ChangeKind c : { model::ChangeKind::Unchanged, model::ChangeKind::Moved, model::ChangeKind::New,
             model::ChangeKind::Merged, model::ChangeKind::Retired })
        mChange->addItem(changeName(c), int(c));
    mHeadcount->setRange(0, 100000);
    mCost->setDecimals(2);
    mCost->setRange(kNotPriced, 1000000.0);
    mCost->setSpecialValueText(tr("not priced"));
    mCost->setToolTip(tr("Fully loaded cost of one person for one hour, in the project's currency"));

    // The day as 24 hourly cells; the item delegate edits their whole numbers with a spin box.
    mShifts->setToolTip(tr("Staff on duty per hour"));
    QStringList hours;
    for (int h = 0; h < 24; ++h)
        hours.append(QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0')));
    mShifts->setHorizontalHeaderLabels(hours);
    mShifts->setVerticalHeaderLabels({ tr("Staff") });
    mShifts->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    mShifts->horizontalHeader()->setDefaultSectionSize(
        mShifts->fontMetrics().horizontalAdvance(QStringLiteral("000")) + 12);
    mShifts->horizontalHeader()->setMinimumSectionSize(16);
    mShifts->setFixedHeight(mShifts->horizontalHeader()->sizeHint().height()
        + mShifts->verticalHeader()->defaultSectionSize() + mShifts->style()->pixelMetric(QStyle::PM_ScrollBarExtent)
        + 2 * mShifts->frameWidth() + 2);
    for (int h = 0; h < 24; ++h) {
        auto *item = new QTableWidgetItem;
        item->setData(Qt::EditRole, 0);
        item->setTextAlignment(Qt::AlignCenter);
        mShifts->setItem(0, h, item);
    }
    mShiftNote->setWordWrap(true);
    mShiftNote->hide();
    mCrossTraining->setToolTip(tr("Work this role's staff may also take; lower priorities are taken first"));
    auto *addSkill = new QPushButton(tr("Add Cross-Training"), this);
    auto *removeSkill = new QPushButton(tr("Remove Cross-Training"), this);
    addSkill->setObjectName(QStringLiteral("addCrossTraining"));
    removeSkill->setObjectName(QStringLiteral("removeCrossTraining"));

    QFormLayout *form = newFormLayout(this);
    form->addRow(tr("Name"), mName);
    form->addRow(tr("Department"), mDepartment);
    form->addRow(tr("Office"), mOffice);
    form->addRow(tr("Change"), mChange);
    form->addRow(tr("Driving strategy"), mStrategy);
    form->addRow(tr("Headcount"), mHeadcount);
    form->addRow(tr("Cost per hour"), mCost);
    form->addRow(newHeading(tr("Staff on duty per hour"), this));
    form->addRow(mNoShifts);
    form->addRow(mShifts);
    form->addRow(mShiftNote);
    form->addRow(newHeading(tr("Cross-training"), this));
    form->addRow(mCrossTraining);
    form->addRow(newButtonRow({ addSkill, removeSkill }));

    for (QWidget *editor : std::initializer_list<QWidget *> { mName, mDepartment, mHeadcount, mCost })
        watchFocus(editor);
    connect(mName, &QLineEdit::textEdited, this, [this](const QString &t) { edit<SetRoleName>(t, mName); });
    connect(mDepartment, &QLineEdit::textEdited, this,
        [this](const QString &t) { edit<SetRoleDepartment>(t, mDepartment); });
    connect(mOffice, &QComboBox::activated, this,
        [this](int i) { edit<SetRoleOffice>(model::Office(mOffice->itemData(i).toInt())); });
    connect(mChange, &QComboBox::activated, this,
        [this](int i) { edit<SetRoleChange>(model::ChangeKind(mChange->itemData(i).toInt())); });
    connect(mStrategy, &QComboBox::activated, this, [this](int i) { edit<SetRoleStrategy>(idAt(mStrategy, i)); });
    connect(mHeadcount, &QSpinBox::valueChanged, this, [this](int v) { edit<SetRoleHeadcount>(v, mHeadcount); });
    connect(mCost, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { edit<SetRoleCostPerHour>(v < 0.0 ? std::nullopt : std::optional<double>(v), mCost); });
    connect(mNoShifts, &QCheckBox::clicked, this, &RoleForm::noShiftsClicked);
    connect(mShifts, &QTableWidget::itemChanged, this, &RoleForm::shiftsEdited);
    connect(addSkill, &QPushButton::clicked, this, [this] {
        const model::Role *r = role();
        if (!r)
            return;
        std::vector<model::CrossTraining> skills = r->crossTrained;
        // The first role this one does not cover yet.
        for (const model::Role &other : document()->project().roles) {
            const auto covered = [&other](const model::CrossTraining &c) { return c.role == other.id; };
            if (other.id != r->id && std::none_of(skills.begin(), skills.end(), covered)) {
                model::CrossTraining skill;
                skill.role = other.id;
                skills.push_back(skill);
                pushCrossTraining(skills);
                return;
            }
        }
    });
    connect(removeSkill, &QPushButton::clicked, this, [this] {
        const model::Role *r = role();
        const int row = mCrossTraining->currentRow();
        if (!r || row < 0 || row >= int(r->crossTrained.size()))
            return;
        std::vector<model::CrossTraining> skills = r->crossTrained;
        skills.erase(skills.begin() + row);
        pushCrossTraining(skills);
    });
}

const model::Role *RoleForm::role() const
{
    return document() ? document()->project().role(entity()) : nullptr;
}

double RoleForm::dayLength() const
{
    return document() ? model::unitsPerDay(document()->project().timeUnit) : 1440.0;
}

bool RoleForm::changesChoices(const ChangeEvent &event) const
{
    // Strategy titles and other roles' names fill the combos; the time unit sets the length of a day.
    return changesNamesOf(event, EntityKind::Strategy) || changesNamesOf(event, EntityKind::Role)
        || changesNamesOf(event, EntityKind::Project);
}

bool RoleForm::fill(const model::Project &project)
{
    const model::Role *r = project.role(entity());
    if (!r)
        return false;
    showText(mName, r->name);
    showText(mDepartment, r->department);
    selectData(mOffice, int(r->office));
    selectData(mChange, int(r->change));
    fillChoices(mStrategy, strategyChoices(project), tr("—"));
    selectData(mStrategy, r->strategy);
    showValue(mHeadcount, r->headcount);
    showValue(mCost, r->costPerHour.value_or(kNotPriced));
    fillShifts(*r);
    fillCrossTraining(*r, project);
    return true;
}

void RoleForm::fillShifts(const model::Role &shown)
{
    ShiftHours hours;
    if (shown.shifts)
        hours = shiftHours(*shown.shifts, dayLength());
    else
        hours.staff.fill(shown.headcount); // greyed: what "the headcount all day" means
    mNoShifts->setChecked(!shown.shifts);
    mShifts->setEnabled(shown.shifts.has_value());
    for (int h = 0; h < 24; ++h) {
        QTableWidgetItem *item = mShifts->item(0, h);
        if (item->data(Qt::EditRole).toInt() != hours.staff[size_t(h)])
            item->setData(Qt::EditRole, hours.staff[size_t(h)]);
    }
    if (hours.otherPeriod)
        mShiftNote->setText(tr("This calendar repeats every %1 time units, not every day; editing it here makes "
                               "it a daily calendar.")
                                .arg(shown.shifts->period));
    else if (hours.rounded)
        mShiftNote->setText(tr("This calendar has blocks that do not start on the hour; editing it here rounds them."));
    mShiftNote->setVisible(hours.otherPeriod || hours.rounded);
}

void RoleForm::fillCrossTraining(const model::Role &shown, const model::Project &project)
{
    Choices others;
    for (const auto &[id, name] : roleChoices(project))
        if (id != shown.id)
            others.append({ id, name });
    mCrossTraining->setRowCount(int(shown.crossTrained.size()));
    for (int r = 0; r < int(shown.crossTrained.size()); ++r) {
        const model::CrossTraining &skill = shown.crossTrained[size_t(r)];
        // A row's widgets stay while the row does: one may be the sender of the edit being shown.
        auto *other = cellWidget<QComboBox>(mCrossTraining, r, 0);
        if (!other) {
            other = new QComboBox;
            connect(other, &QComboBox::activated, this, [this, other](int index) {
                const model::Role *self = role();
                const int row = rowOfCellWidget(mCrossTraining, 0, other);
                if (!self || row < 0 || row >= int(self->crossTrained.size()))
                    return;
                std::vector<model::CrossTraining> skills = self->crossTrained;
                skills[size_t(row)].role = idAt(other, index);
                pushCrossTraining(skills);
            });
            putCellWidget(mCrossTraining, r, 0, other);
        }
        fillChoices(other, others);
        selectData(other, skill.role);
        auto *priority = cellWidget<QSpinBox>(mCrossTraining, r, 1);
        if (!priority) {
            priority = new QSpinBox;
            priority->setRange(0, 999);
            watchFocus(priority);
            connect(priority, &QSpinBox::valueChanged, this, [this, priority](int value) {
                const model::Role *self = role();
                const int row = rowOfCellWidget(mCrossTraining, 1, priority);
                if (!editable() || !self || row < 0 || row >= int(self->crossTrained.size()))
                    return;
                std::vector<model::CrossTraining> skills = self->crossTrained;
                skills[size_t(row)].priority = value;
                edit<SetRoleCrossTraining>(skills, priority);
            });
            putCellWidget(mCrossTraining, r, 1, priority);
        }
        showValue(priority, skill.priority);
    }
    fitRows(mCrossTraining);
}

void RoleForm::shiftsEdited()
{
    if (!editable() || !role())
        return;
    HourlyStaff staff {};
    for (int h = 0; h < 24; ++h)
        staff[size_t(h)] = std::max(0, mShifts->item(0, h)->data(Qt::EditRole).toInt());
    edit<SetRoleShifts>(shiftCalendar(staff, dayLength()));
}

void RoleForm::noShiftsClicked(bool on)
{
    const model::Role *r = role();
    if (!r)
        return;
    if (on) {
        edit<SetRoleShifts>(std::optional<model::ShiftCalendar>());
        return;
    }
    // A calendar starts as the headcount all day: the same staffing, now editable hour by hour.
    HourlyStaff staff;
    staff.fill(std::max(1, r->headcount));
    edit<SetRoleShifts>(shiftCalendar(staff, dayLength()));
}

void RoleForm::pushCrossTraining(const std::vector<model::CrossTraining> &skills)
{
    edit<SetRoleCrossTraining>(skills);
}

} // namespace oi::editor
