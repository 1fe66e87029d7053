// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/properties/strategyform.h"

#include "editor/commands/entitycommands.h"
#include "editor/properties/entitynames.h"
#include "editor/properties/formfields.h"
#include "model/enumnames.h"

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

QString targetText(double target)
{
    return QLocale().toString(target, 'g', 10);
}

/** What the measure checks beyond the process and the KPI (not edited here, kept on every edit). */
QString measureDetails(const model::Measure &m)
{
    QStringList parts { StrategyForm::tr("statistic: %1").arg(model::toString(m.statistic)),
        StrategyForm::tr("met when the result is %1 the target").arg(model::toString(m.comparator)) };
    if (!m.node.isEmpty())
        parts.append(StrategyForm::tr("at node: %1").arg(m.node));
    if (!m.role.isEmpty())
        parts.append(StrategyForm::tr("role: %1").arg(m.role));
    return parts.join(QStringLiteral("; "));
}

} // namespace

StrategyForm::StrategyForm(QWidget *parent)
    : EntityForm(EntityKind::Strategy, parent)
    , mTitle(new QLineEdit(this))
    , mStatement(new QPlainTextEdit(this))
    , mOwner(new QLineEdit(this))
    , mGoals(newFormTable(
          { tr("Goal"), tr("KPI"), tr("Target"), tr("Unit"), tr("Measured on"), tr("Measure") }, GoalColumn, this))
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
                          "against the results (a share from 0 to 1 for abandonment and utilisation)."));
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
    return changesNamesOf(event, EntityKind::Process);
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
    // The combos of a row stay while the row does: one may be the sender of the edit being shown.
    auto *process = cellWidget<QComboBox>(mGoals, row, ProcessColumn);
    if (!process) {
        process = new QComboBox;
        connect(process, &QComboBox::activated, this,
            [this, process](int index) { measureChosen(process, ProcessColumn, index); });
        putCellWidget(mGoals, row, ProcessColumn, process);
    }
    auto *kpi = cellWidget<QComboBox>(mGoals, row, MeasureColumn);
    if (!kpi) {
        kpi = new QComboBox;
        for (const model::Kpi k : kKpis)
            kpi->addItem(kpiName(k), int(k));
        connect(kpi, &QComboBox::activated, this, [this, kpi](int index) { measureChosen(kpi, MeasureColumn, index); });
        putCellWidget(mGoals, row, MeasureColumn, kpi);
    }
    fillChoices(process, processChoices(project), tr("—"));
    selectData(process, goal.measure ? goal.measure->process : QString());
    // Without a measure the goal is reported by hand: there is nothing to measure.
    kpi->setEnabled(goal.measure.has_value());
    if (goal.measure)
        selectData(kpi, int(goal.measure->kpi));
    else
        kpi->setCurrentIndex(-1);
    kpi->setToolTip(goal.measure ? measureDetails(*goal.measure) : tr("Choose a process to measure this goal on."));
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
    } else {
        if (!measure)
            return;
        measure->kpi = model::Kpi(combo->itemData(index).toInt());
        // Keep the measure valid: only waits are taken at a node, percentiles exist for times only.
        if (measure->kpi != model::Kpi::Wait)
            measure->node.clear();
        if (measure->kpi != model::Kpi::Wait && measure->kpi != model::Kpi::CycleTime)
            measure->statistic = model::Statistic::Mean;
    }
    pushGoals(goals);
}

void StrategyForm::pushGoals(const std::vector<model::Goal> &goals)
{
    edit<SetStrategyGoals>(goals);
}

} // namespace oi::editor
