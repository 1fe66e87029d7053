// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/properties/entityform.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTableWidgetItem;
QT_END_NAMESPACE

namespace oi::editor {

/**
 * Edits a strategy: title, statement, owner and its goals, each goal with the KPI and target people
 * report and, optionally, the process measure the simulation checks it against: its statistic,
 * whether the result must stay at most or reach at least the target, the task of a wait and the
 * role of a utilisation.
 */
class StrategyForm : public EntityForm
{
    Q_OBJECT
public:
    explicit StrategyForm(QWidget *parent = nullptr);

protected:
    bool fill(const model::Project &project) override;
    bool changesChoices(const ChangeEvent &event) const override;

private:
    // The measure's columns follow the goal's: the process, the KPI, then what is taken of it.
    enum Column {
        GoalColumn,
        KpiColumn,
        TargetColumn,
        UnitColumn,
        ProcessColumn,
        MeasureColumn,
        StatisticColumn,
        ComparatorColumn,
        NodeColumn,
        RoleColumn,
        ColumnCount
    };

    const model::Strategy *strategy() const;
    void fillGoal(int row, const model::Goal &goal, const model::Project &project);
    void fillMeasureDetails(int row, const model::Goal &goal, const model::Project &project);
    /** The combo in a goal's `column`, made (and connected to measureChosen) when the row has none. */
    QComboBox *measureCombo(int row, Column column);
    void goalEdited(QTableWidgetItem *item);
    void measureChosen(QComboBox *combo, Column column, int index);
    void pushGoals(const std::vector<model::Goal> &goals);

    QLineEdit *mTitle;
    QPlainTextEdit *mStatement;
    QLineEdit *mOwner;
    QTableWidget *mGoals;
};

} // namespace oi::editor
