// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/properties/entityform.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
QT_END_NAMESPACE

namespace oi::editor {

/**
 * Edits a role: name, department, office, kind of change, driving strategy, headcount, cost per
 * hour, the shift calendar as staff on duty per hour of the day, and cross-training.
 */
class RoleForm : public EntityForm
{
    Q_OBJECT
public:
    explicit RoleForm(QWidget *parent = nullptr);

protected:
    bool fill(const model::Project &project) override;
    bool changesChoices(const ChangeEvent &event) const override;

private:
    const model::Role *role() const;
    double dayLength() const;
    void fillShifts(const model::Role &shown);
    void fillCrossTraining(const model::Role &shown, const model::Project &project);
    void shiftsEdited();
    void noShiftsClicked(bool on);
    void pushCrossTraining(const std::vector<model::CrossTraining> &skills);

    QLineEdit *mName;
    QLineEdit *mDepartment;
    QComboBox *mOffice;
    QComboBox *mChange;
    QComboBox *mStrategy;
    QSpinBox *mHeadcount;
    QDoubleSpinBox *mCost;
    QCheckBox *mNoShifts;
    QTableWidget *mShifts;
    QLabel *mShiftNote;
    QTableWidget *mCrossTraining;
};

} // namespace oi::editor
