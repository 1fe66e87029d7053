// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario form's tables of the changes that become calendars (model/scenarioinput.cpp):
// staffing windows, demand changes and diversions. Windows are stored in the project's time unit
// and shown as times of the day (the form itself: scenarioform.h).
#include "editor/properties/scenarioform.h"

#include "editor/commands/entitycommands.h"
#include "editor/properties/clockspinbox.h"
#include "editor/properties/entitynames.h"
#include "editor/properties/formfields.h"
#include "model/simulationinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>

#include <algorithm>
#include <cmath>

namespace oi::editor {

namespace {

enum StaffingColumn { StaffRoleColumn, StaffFromColumn, StaffToColumn, StaffChangeColumn, StaffCountColumn };
enum DemandColumn { DemandProcessColumn, DemandFactorColumn, DemandWholeDayColumn, DemandFromColumn, DemandToColumn };
enum DivertColumn { DivertFromColumn, DivertToColumn, DivertShareColumn };

// The staffing change combo's data: add staff, or set how many are on duty.
enum StaffChange { AddStaff = 0, SetStaff = 1 };

// A new window: the working day, for people to move.
constexpr int kWindowFrom = 9 * 60;
constexpr int kWindowTo = 17 * 60;
// The most staff a window may add or set (what the validator finds plausible).
constexpr int kMostStaff = 100000;

/** Says so when a window repeats every `period` rather than every day; empty when it is a day. */
QString periodNote(std::optional<double> period, double day)
{
    if (!period || std::abs(*period - day) < 1e-9)
        return {};
    return ScenarioForm::tr("The window repeats every %1 hours, not every day")
        .arg(QLocale().toString(*period / day * 24.0, 'g', 6));
}

/** A share of 0–1 as the percentage the spin box shows. */
double percent(double share)
{
    return share * 100.0;
}

} // namespace

void ScenarioForm::fillStaffing(const model::Scenario &shown, const model::Project &project)
{
    const double day = model::unitsPerDay(project.timeUnit);
    const Choices roles = roleChoices(project);
    mStaffing->setRowCount(int(shown.staffing.size()));
    for (int r = 0; r < int(shown.staffing.size()); ++r) {
        const model::StaffingChange &change = shown.staffing[size_t(r)];
        auto *role = cellEditor<QComboBox>(mStaffing, r, StaffRoleColumn, [this](QComboBox *combo) {
            connect(combo, &QComboBox::activated, this, [this, combo](int index) {
                editItem<SetScenarioStaffing>(&model::Scenario::staffing,
                    rowOfCellWidget(mStaffing, StaffRoleColumn, combo),
                    [&](model::StaffingChange &item) { item.role = idAt(combo, index); });
            });
        });
        fillChoices(role, roles);
        selectData(role, change.role);

        auto *from = cellEditor<ClockSpinBox>(mStaffing, r, StaffFromColumn, [this](ClockSpinBox *clock) {
            watchFocus(clock);
            connect(clock, &QSpinBox::valueChanged, this, [this, clock](int minutes) {
                const double t = clockTime(minutes, dayLength());
                editItem<SetScenarioStaffing>(
                    &model::Scenario::staffing, rowOfCellWidget(mStaffing, StaffFromColumn, clock),
                    [t](model::StaffingChange &item) { item.from = t; }, clock);
            });
        });
        auto *to = cellEditor<ClockSpinBox>(mStaffing, r, StaffToColumn, [this](ClockSpinBox *clock) {
            watchFocus(clock);
            connect(clock, &QSpinBox::valueChanged, this, [this, clock](int minutes) {
                const double t = clockTime(minutes, dayLength());
                editItem<SetScenarioStaffing>(
                    &model::Scenario::staffing, rowOfCellWidget(mStaffing, StaffToColumn, clock),
                    [t](model::StaffingChange &item) { item.to = t; }, clock);
            });
        });
        // A window of a longer period (a week) goes on past 24:00; its period is kept on every edit.
        const int periodMinutes = clockMinutes(change.period.value_or(day), day);
        for (ClockSpinBox *clock : { from, to }) {
            clock->setMaximum(periodMinutes);
            clock->setToolTip(periodNote(change.period, day));
        }
        showValue(from, clockMinutes(change.from, day));
        showValue(to, clockMinutes(change.to, day));

        auto *kind = cellEditor<QComboBox>(mStaffing, r, StaffChangeColumn, [this](QComboBox *combo) {
            combo->addItem(tr("add"), int(AddStaff));
            combo->addItem(tr("set to"), int(SetStaff));
            connect(combo, &QComboBox::activated, this, [this, combo](int index) {
                const bool set = combo->itemData(index).toInt() == SetStaff;
                editItem<SetScenarioStaffing>(&model::Scenario::staffing,
                    rowOfCellWidget(mStaffing, StaffChangeColumn, combo), [set](model::StaffingChange &item) {
                        // The number stays ("add 2" becomes "set to 2"), for people to adjust; never below 0 on duty.
                        if (set && !item.headcount) {
                            item.headcount = std::max(0, item.add.value_or(0));
                            item.add.reset();
                        } else if (!set && !item.add) {
                            item.add = item.headcount.value_or(0);
                            item.headcount.reset();
                        }
                    });
            });
        });
        // The reader refuses both; were both there, the headcount would win, so that is what shows.
        selectData(kind, int(change.headcount ? SetStaff : AddStaff));

        auto *staff = cellEditor<QSpinBox>(mStaffing, r, StaffCountColumn, [this](QSpinBox *spin) {
            watchFocus(spin);
            connect(spin, &QSpinBox::valueChanged, this, [this, spin](int value) {
                editItem<SetScenarioStaffing>(
                    &model::Scenario::staffing, rowOfCellWidget(mStaffing, StaffCountColumn, spin),
                    [value](model::StaffingChange &item) {
                        if (item.headcount)
                            item.headcount = value;
                        else
                            item.add = value;
                    },
                    spin);
            });
        });
        // Adding a negative number takes staff away; nobody sets fewer than none on duty.
        staff->setRange(change.headcount ? 0 : -kMostStaff, kMostStaff);
        showValue(staff, change.headcount ? *change.headcount : change.add.value_or(0));
    }
    fitRows(mStaffing);
}

void ScenarioForm::fillArrivalChanges(const model::Scenario &shown, const model::Project &project)
{
    const double day = model::unitsPerDay(project.timeUnit);
    // Demand changes name the original process; a variant run in its place gets them.
    const Choices processes = variantChoices(project, QString());
    mArrivalChanges->setRowCount(int(shown.arrivals.size()));
    for (int r = 0; r < int(shown.arrivals.size()); ++r) {
        const model::ArrivalChange &change = shown.arrivals[size_t(r)];
        auto *process = cellEditor<QComboBox>(mArrivalChanges, r, DemandProcessColumn, [this](QComboBox *combo) {
            connect(combo, &QComboBox::activated, this, [this, combo](int index) {
                editItem<SetScenarioArrivalChanges>(&model::Scenario::arrivals,
                    rowOfCellWidget(mArrivalChanges, DemandProcessColumn, combo),
                    [&](model::ArrivalChange &item) { item.process = idAt(combo, index); });
            });
        });
        fillChoices(process, processes);
        selectData(process, change.process);

        auto *factor = cellEditor<QDoubleSpinBox>(mArrivalChanges, r, DemandFactorColumn, [this](QDoubleSpinBox *spin) {
            spin->setRange(0.0, 1000.0);
            spin->setDecimals(2);
            spin->setSingleStep(0.1);
            spin->setSuffix(tr(" ×"));
            spin->setToolTip(tr("1.5 × is half as many customers again; 0 × (only in a window) is none"));
            watchFocus(spin);
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this, spin](double value) {
                editItem<SetScenarioArrivalChanges>(
                    &model::Scenario::arrivals, rowOfCellWidget(mArrivalChanges, DemandFactorColumn, spin),
                    [value](model::ArrivalChange &item) { item.multiplier = value; }, spin);
            });
        });
        showValue(factor, change.multiplier);

        auto *wholeDay = cellEditor<QCheckBox>(mArrivalChanges, r, DemandWholeDayColumn, [this](QCheckBox *box) {
            box->setToolTip(tr("Demand changes all the time; clear it for a window of the day"));
            connect(box, &QCheckBox::clicked, this, [this, box](bool on) {
                const double windowFrom = clockTime(kWindowFrom, dayLength());
                const double windowTo = clockTime(kWindowTo, dayLength());
                editItem<SetScenarioArrivalChanges>(&model::Scenario::arrivals,
                    rowOfCellWidget(mArrivalChanges, DemandWholeDayColumn, box),
                    [on, windowFrom, windowTo](model::ArrivalChange &item) {
                        if (on) {
                            item.from.reset();
                            item.to.reset();
                            item.period.reset();
                        } else {
                            item.from = windowFrom;
                            item.to = windowTo;
                        }
                    });
            });
        });
        const bool windowed = change.from && change.to;
        if (wholeDay->isChecked() != !windowed)
            wholeDay->setChecked(!windowed);

        auto *from = cellEditor<ClockSpinBox>(mArrivalChanges, r, DemandFromColumn, [this](ClockSpinBox *clock) {
            watchFocus(clock);
            connect(clock, &QSpinBox::valueChanged, this, [this, clock](int minutes) {
                const double t = clockTime(minutes, dayLength());
                editItem<SetScenarioArrivalChanges>(
                    &model::Scenario::arrivals, rowOfCellWidget(mArrivalChanges, DemandFromColumn, clock),
                    [t](model::ArrivalChange &item) { item.from = t; }, clock);
            });
        });
        auto *to = cellEditor<ClockSpinBox>(mArrivalChanges, r, DemandToColumn, [this](ClockSpinBox *clock) {
            watchFocus(clock);
            connect(clock, &QSpinBox::valueChanged, this, [this, clock](int minutes) {
                const double t = clockTime(minutes, dayLength());
                editItem<SetScenarioArrivalChanges>(
                    &model::Scenario::arrivals, rowOfCellWidget(mArrivalChanges, DemandToColumn, clock),
                    [t](model::ArrivalChange &item) { item.to = t; }, clock);
            });
        });
        const double period = change.period.value_or(day);
        for (ClockSpinBox *clock : { from, to }) {
            clock->setMaximum(clockMinutes(period, day));
            clock->setToolTip(periodNote(change.period, day));
            clock->setEnabled(windowed);
        }
        // All the time reads as the whole period, greyed.
        showValue(from, clockMinutes(windowed ? *change.from : 0.0, day));
        showValue(to, clockMinutes(windowed ? *change.to : period, day));
    }
    fitRows(mArrivalChanges);
}

void ScenarioForm::fillDivert(const model::Scenario &shown, const model::Project &project)
{
    // Diversions name the original processes too.
    const Choices processes = variantChoices(project, QString());
    mDivert->setRowCount(int(shown.divert.size()));
    for (int r = 0; r < int(shown.divert.size()); ++r) {
        const model::Diversion &diversion = shown.divert[size_t(r)];
        auto *source = cellEditor<QComboBox>(mDivert, r, DivertFromColumn, [this](QComboBox *combo) {
            connect(combo, &QComboBox::activated, this, [this, combo](int index) {
                editItem<SetScenarioDivert>(&model::Scenario::divert, rowOfCellWidget(mDivert, DivertFromColumn, combo),
                    [&](model::Diversion &item) { item.process = idAt(combo, index); });
            });
        });
        fillChoices(source, processes);
        selectData(source, diversion.process);
        auto *target = cellEditor<QComboBox>(mDivert, r, DivertToColumn, [this](QComboBox *combo) {
            connect(combo, &QComboBox::activated, this, [this, combo](int index) {
                editItem<SetScenarioDivert>(&model::Scenario::divert, rowOfCellWidget(mDivert, DivertToColumn, combo),
                    [&](model::Diversion &item) { item.to = idAt(combo, index); });
            });
        });
        fillChoices(target, processes);
        selectData(target, diversion.to);
        auto *share = cellEditor<QDoubleSpinBox>(mDivert, r, DivertShareColumn, [this](QDoubleSpinBox *spin) {
            spin->setRange(0.0, 100.0);
            spin->setDecimals(1);
            spin->setSingleStep(5.0);
            spin->setSuffix(tr(" %"));
            spin->setToolTip(tr("The share of the first process's customers that go to the other instead"));
            watchFocus(spin);
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this, spin](double value) {
                editItem<SetScenarioDivert>(
                    &model::Scenario::divert, rowOfCellWidget(mDivert, DivertShareColumn, spin),
                    [value](model::Diversion &item) { item.share = value / 100.0; }, spin);
            });
        });
        showValue(share, percent(diversion.share));
    }
    fitRows(mDivert);
}

void ScenarioForm::addStaffing()
{
    const model::Scenario *s = scenario();
    if (!s || document()->project().roles.empty())
        return;
    const std::vector<model::Role> &roles = document()->project().roles;
    // The first role without a window yet (a role may have several), one more on duty in the working day.
    auto role = std::find_if(roles.begin(), roles.end(), [s](const model::Role &candidate) {
        return std::none_of(s->staffing.begin(), s->staffing.end(),
            [&candidate](const model::StaffingChange &c) { return c.role == candidate.id; });
    });
    if (role == roles.end())
        role = roles.begin();
    model::StaffingChange change;
    change.role = role->id;
    change.from = clockTime(kWindowFrom, dayLength());
    change.to = clockTime(kWindowTo, dayLength());
    change.add = 1;
    appendItem<SetScenarioStaffing>(&model::Scenario::staffing, change);
}

void ScenarioForm::addArrivalChange()
{
    const model::Scenario *s = scenario();
    if (!s)
        return;
    const Choices processes = variantChoices(document()->project(), QString());
    if (processes.isEmpty())
        return;
    // The first process whose demand the scenario does not change yet, at its modelled demand all the time.
    auto process = std::find_if(processes.begin(), processes.end(), [s](const std::pair<QString, QString> &p) {
        return std::none_of(s->arrivals.begin(), s->arrivals.end(),
            [&p](const model::ArrivalChange &c) { return c.process == p.first; });
    });
    if (process == processes.end())
        process = processes.begin();
    model::ArrivalChange change;
    change.process = process->first;
    appendItem<SetScenarioArrivalChanges>(&model::Scenario::arrivals, change);
}

void ScenarioForm::addDiversion()
{
    const model::Scenario *s = scenario();
    if (!s)
        return;
    const Choices processes = variantChoices(document()->project(), QString());
    if (processes.size() < 2)
        return; // a diversion goes from one process to another
    // The first process nothing is diverted from yet; a tenth of it goes to the next process.
    qsizetype from = 0;
    while (from < processes.size() - 1
        && std::any_of(s->divert.begin(), s->divert.end(),
            [&](const model::Diversion &d) { return d.process == processes[from].first; }))
        ++from;
    model::Diversion diversion;
    diversion.process = processes[from].first;
    diversion.to = processes[(from + 1) % processes.size()].first;
    diversion.share = 0.1;
    appendItem<SetScenarioDivert>(&model::Scenario::divert, diversion);
}

} // namespace oi::editor
