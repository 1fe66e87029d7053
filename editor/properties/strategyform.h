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
 * report and, optionally, the process measure the simulation checks it against.
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
    enum Column { GoalColumn, KpiColumn, TargetColumn, UnitColumn, ProcessColumn, MeasureColumn, ColumnCount };

    const model::Strategy *strategy() const;
    void fillGoal(int row, const model::Goal &goal, const model::Project &project);
    void goalEdited(QTableWidgetItem *item);
    void measureChosen(QComboBox *combo, Column column, int index);
    void pushGoals(const std::vector<model::Goal> &goals);

    QLineEdit *mTitle;
    QPlainTextEdit *mStatement;
    QLineEdit *mOwner;
    QTableWidget *mGoals;
};

} // namespace oi::editor
