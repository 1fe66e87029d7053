// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/properties/strategyform.h"

#include "editor/commands/entitycommands.h"
#include "editor/properties/entitynames.h"
#include "editor/properties/formfields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

namespace oi::editor {

namespace {

constexpr model::Kpi kKpis[] { model::Kpi::CycleTime, model::Kpi::Wait, model::Kpi::AbandonmentRate,
    model::Kpi::Throughput, model::Kpi::Utilization };
constexpr model::Statistic kStatistics[] { model::Statistic::Mean, model::Statistic::P50, model::Statistic::P90,
    model::Statistic::P95 };
constexpr model::Comparator kComparators[] { model::Comparator::AtMost, model::Comparator::AtLeast };

QString targetText(double target)
{
    return QLocale().toString(target, 'g', 10);
}

/** Whether a KPI has percentiles: times do, shares and rates are means (what the validator allows). */
bool hasPercentiles(model::Kpi kpi)
{
    return kpi == model::Kpi::CycleTime || kpi == model::Kpi::Wait;
}

} // namespace

StrategyForm::StrategyForm(QWidget *parent)
    : EntityForm(EntityKind::Strategy, parent)
    , mTitle(new QLineEdit(this))
    , mStatement(new QPlainTextEdit(this))
    , mOwner(new QLineEdit(this))
    , mGoals(newFormTable({ tr("Goal"), tr("KPI"), tr("Target"), tr("Unit"), tr("Measured on"), tr("Measure"),
                              tr("Statistic"), tr("Met when"), tr("At task"), tr("Role") },
          GoalColumn, this))
{
    // Object names let tests and style sheets find the fields.
    setObjectName(QStringLiteral("strategyForm"));
    mTitle->setObjectName(QStringLiteral("strategyTitle"));
    mStatement->setObjectName(QStringLiteral("statement"));
    mOwner->setObjectName(QStringLiteral("owner"));
    mGoals->setObjectName(QStringLiteral("goals"));
    fitLines(mStatement, 4);
    mOwner->setPlaceholderText(tr("The executive who sets the strategy"));
    mGoals->setToolTip(tr("“Measured on” links a goal to a simulated process; its target is then checked "
                          "against the results (a share from 0 to 1 for abandonment and utilisation): the "
                          "statistic of the measure, at most or at least the target."));
    auto *addGoal = new QPushButton(tr("Add Goal"), this);
    auto *removeGoal = new QPushButton(tr("Remove Goal"), this);
    addGoal->setObjectName(QStringLiteral("addGoal"));
    removeGoal->setObjectName(QStringLiteral("removeGoal"));

    QFormLayout *form = newFormLayout(this);
    form->addRow(tr("Title"), mTitle);
    form->addRow(tr("Statement"), mStatement);
    form->addRow(tr("Owner"), mOwner);
    // The goals table gets the whole width, under its label.
    form->addRow(newHeading(tr("Goals"), this));
    form->addRow(mGoals);
    form->addRow(newButtonRow({ addGoal, removeGoal }));

    for (QWidget *editor : std::initializer_list<QWidget *> { mTitle, mStatement, mOwner })
        watchFocus(editor);
    connect(mTitle, &QLineEdit::textEdited, this, [this](const QString &t) { edit<SetStrategyTitle>(t, mTitle); });
    connect(mOwner, &QLineEdit::textEdited, this, [this](const QString &t) { edit<SetStrategyOwner>(t, mOwner); });
    connect(mStatement, &QPlainTextEdit::textChanged, this,
        [this] { edit<SetStrategyStatement>(mStatement->toPlainText(), mStatement); });
    connect(mGoals, &QTableWidget::itemChanged, this, &StrategyForm::goalEdited);
    connect(addGoal, &QPushButton::clicked, this, [this] {
        if (!strategy())
            return;
        std::vector<model::Goal> goals = strategy()->goals;
        model::Goal goal;
        goal.text = tr("New goal");
        goals.push_back(goal);
        pushGoals(goals);
        mGoals->setCurrentCell(int(goals.size()) - 1, GoalColumn);
    });
    connect(removeGoal, &QPushButton::clicked, this, [this] {
        const int row = mGoals->currentRow();
        if (!strategy() || row < 0 || row >= int(strategy()->goals.size()))
            return;
        std::vector<model::Goal> goals = strategy()->goals;
        goals.erase(goals.begin() + row);
        pushGoals(goals);
    });
}

const model::Strategy *StrategyForm::strategy() const
{
    return document() ? document()->project().strategy(entity()) : nullptr;
}

bool StrategyForm::changesChoices(const ChangeEvent &event) const
{
    // Processes, their tasks (for a wait) and roles (for a utilisation) fill the measure's combos.
    return changesNamesOf(event, EntityKind::Process) || changesNamesOf(event, EntityKind::Node)
        || changesNamesOf(event, EntityKind::Role);
}

bool StrategyForm::fill(const model::Project &project)
{
    const model::Strategy *s = project.strategy(entity());
    if (!s)
        return false;
    showText(mTitle, s->title);
    showPlain(mStatement, s->statement);
    showText(mOwner, s->owner);
    mGoals->setRowCount(int(s->goals.size()));
    for (int r = 0; r < int(s->goals.size()); ++r)
        fillGoal(r, s->goals[size_t(r)], project);
    fitRows(mGoals);
    return true;
}

void StrategyForm::fillGoal(int row, const model::Goal &goal, const model::Project &project)
{
    showCell(mGoals, row, GoalColumn, goal.text, goal.text);
    showCell(mGoals, row, KpiColumn, goal.kpi);
    showCell(mGoals, row, TargetColumn, targetText(goal.target));
    showCell(mGoals, row, UnitColumn, goal.unit);
    QComboBox *process = measureCombo(row, ProcessColumn);
    QComboBox *kpi = measureCombo(row, MeasureColumn);
    fillChoices(process, processChoices(project), tr("—"));
    selectData(process, goal.measure ? goal.measure->process : QString());
    // Without a measure the goal is reported by hand: there is nothing to measure.
    kpi->setEnabled(goal.measure.has_value());
    if (goal.measure)
        selectData(kpi, int(goal.measure->kpi));
    else
        kpi->setCurrentIndex(-1);
    kpi->setToolTip(goal.measure ? QString() : tr("Choose a process to measure this goal on."));
    fillMeasureDetails(row, goal, project);
}

void StrategyForm::fillMeasureDetails(int row, const model::Goal &goal, const model::Project &project)
{
    const std::optional<model::Measure> &measure = goal.measure;
    QComboBox *statistic = measureCombo(row, StatisticColumn);
    QComboBox *comparator = measureCombo(row, ComparatorColumn);
    QComboBox *node = measureCombo(row, NodeColumn);
    QComboBox *role = measureCombo(row, RoleColumn);
    // Each detail is there for the KPIs it applies to only, so a measure stays one the validator takes.
    const bool wait = measure && measure->kpi == model::Kpi::Wait;
    const bool utilization = measure && measure->kpi == model::Kpi::Utilization;
    statistic->setEnabled(measure && hasPercentiles(measure->kpi));
    comparator->setEnabled(measure.has_value());
    node->setEnabled(wait);
    role->setEnabled(utilization);
    const model::Process *measured = measure ? project.process(measure->process) : nullptr;
    fillChoices(node, measured ? taskChoices(*measured) : Choices(), tr("whole process"));
    fillChoices(role, roleChoices(project));
    if (measure) {
        selectData(statistic, int(measure->statistic));
        selectData(comparator, int(measure->comparator));
    } else {
        statistic->setCurrentIndex(-1);
        comparator->setCurrentIndex(-1);
    }
    if (wait)
        selectData(node, measure->node);
    else
        node->setCurrentIndex(-1);
    if (utilization)
        selectData(role, measure->role);
    else
        role->setCurrentIndex(-1);
    statistic->setToolTip(tr("Percentiles are taken of cycle times and waits; the rest are means"));
    comparator->setToolTip(tr("The goal is met when the result is at most, or at least, the target"));
    node->setToolTip(tr("A wait at one task of the measured process, or over all its tasks"));
    role->setToolTip(tr("Whose utilisation is measured"));
}

QComboBox *StrategyForm::measureCombo(int row, Column column)
{
    return cellEditor<QComboBox>(mGoals, row, column, [this, column](QComboBox *combo) {
        // The enums are listed once; processes, tasks and roles come from the project on every fill.
        switch (column) {
        case MeasureColumn:
            for (const model::Kpi k : kKpis)
                combo->addItem(kpiName(k), int(k));
            break;
        case StatisticColumn:
            for (const model::Statistic st : kStatistics)
                combo->addItem(statisticName(st), int(st));
            break;
        case ComparatorColumn:
            for (const model::Comparator c : kComparators)
                combo->addItem(comparatorName(c), int(c));
            break;
        default: break;
        }
        connect(combo, &QComboBox::activated, this,
            [this, combo, column](int index) { measureChosen(combo, column, index); });
    });
}

void StrategyForm::goalEdited(QTableWidgetItem *item)
{
    const model::Strategy *s = strategy();
    if (!editable() || !s || item->row() >= int(s->goals.size()))
        return;
    std::vector<model::Goal> goals = s->goals;
    model::Goal &goal = goals[size_t(item->row())];
    const QString text = item->text().trimmed();
    switch (item->column()) {
    case GoalColumn: goal.text = text; break;
    case KpiColumn: goal.kpi = text; break;
    case UnitColumn: goal.unit = text; break;
    case TargetColumn: {
        bool ok = false;
        double target = QLocale().toDouble(text, &ok);
        if (!ok)
            target = text.toDouble(&ok); // "0.05" typed in a locale that writes "0,05"
        if (!ok) {
            refresh(); // not a number: show the target the goal still has
            return;
        }
        goal.target = target;
        break;
    }
    default: return;
    }
    pushGoals(goals);
}

void StrategyForm::measureChosen(QComboBox *combo, Column column, int index)
{
    const model::Strategy *s = strategy();
    const int row = rowOfCellWidget(mGoals, column, combo);
    if (!editable() || !s || row < 0 || row >= int(s->goals.size()))
        return;
    std::vector<model::Goal> goals = s->goals;
    std::optional<model::Measure> &measure = goals[size_t(row)].measure;
    if (column == ProcessColumn) {
        const QString process = idAt(combo, index);
        if (process.isEmpty()) {
            // A role's utilisation needs no process; any other measure goes with it.
            if (measure && measure->kpi == model::Kpi::Utilization && !measure->role.isEmpty())
                measure->process.clear();
            else
                measure.reset();
        } else {
            if (!measure)
                measure = model::Measure();
            if (measure->process != process)
                measure->node.clear(); // a node of the old process
            measure->process = process;
        }
        pushGoals(goals);
        return;
    }
    if (!measure)
        return;
    const int data = combo->itemData(index).toInt();
    switch (column) {
    case MeasureColumn:
        measure->kpi = model::Kpi(data);
        // Keep the measure valid: only waits are taken at a node, percentiles exist for times only,
        // a role is whose utilisation.
        if (measure->kpi != model::Kpi::Wait)
            measure->node.clear();
        if (!hasPercentiles(measure->kpi))
            measure->statistic = model::Statistic::Mean;
        if (measure->kpi != model::Kpi::Utilization) {
            measure->role.clear();
        } else if (measure->role.isEmpty()) {
            // A utilisation needs a role: the measured process's first lane is a start.
            const model::Process *process = document()->project().process(measure->process);
            measure->role = process ? process->laneRoles().value(0) : QString();
        }
        break;
    case StatisticColumn: measure->statistic = model::Statistic(data); break;
    case ComparatorColumn: measure->comparator = model::Comparator(data); break;
    case NodeColumn: measure->node = idAt(combo, index); break;
    case RoleColumn: measure->role = idAt(combo, index); break;
    default: return;
    }
    pushGoals(goals);
}

void StrategyForm::pushGoals(const std::vector<model::Goal> &goals)
{
    edit<SetStrategyGoals>(goals);
}

} // namespace oi::editor
