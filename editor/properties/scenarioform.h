// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/properties/entityform.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
QT_END_NAMESPACE

namespace oi::editor {

/**
 * Edits a scenario: name, description, arrival multiplier, cross-training, headcount per role and
 * duration factors per task. The changes model v2 added (process variants, reassigned tasks, staffing
 * and demand in time windows, diversions) and extra cross-training are listed read-only for now: the
 * simulation studio issue builds their panels.
 */
class ScenarioForm : public EntityForm
{
    Q_OBJECT
public:
    explicit ScenarioForm(QWidget *parent = nullptr);

protected:
    bool fill(const model::Project &project) override;
    bool changesChoices(const ChangeEvent &event) const override;

private:
    const model::Scenario *scenario() const;
    void fillHeadcount(const model::Scenario &shown, const model::Project &project);
    void fillDurations(const model::Scenario &shown, const model::Project &project);
    void fillChanges(const model::Scenario &shown, const model::Project &project);
    void addHeadcount();
    void addDuration();

    QLineEdit *mName;
    QPlainTextEdit *mDescription;
    QDoubleSpinBox *mArrivalMultiplier;
    QComboBox *mCrossTraining;
    QTableWidget *mHeadcount;
    QTableWidget *mDurations;
    QListWidget *mChanges;
};

} // namespace oi::editor
