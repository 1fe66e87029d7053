// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/properties/entityform.h"

#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
QT_END_NAMESPACE

namespace oi::editor {

/**
 * Edits a scenario: name, description, arrival multiplier, cross-training, headcount per role,
 * duration factors per task, and a table for each of model v2's changes. Each table holds one of
 * the scenario's lists and every edit of a cell sets that list whole: one undo step.
 *
 * The implementation is in three files: scenarioform.cpp (the fields, headcount and durations),
 * scenariochoices.cpp (which variant runs, who does a task, extra cross-training) and
 * scenariocalendars.cpp (staffing and demand in time windows, diversions: the changes that become
 * calendars in model/scenarioinput.cpp).
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
    template<typename Item> using List = std::vector<Item> model::Scenario::*;

    const model::Scenario *scenario() const;
    /** The project's day in its time unit: what the time-of-day cells convert with. */
    double dayLength() const;
    /** Puts `table` under `heading` with buttons "add<name>" and "remove<name>"; Remove passes the current row. */
    void addListTable(QFormLayout *form, QTableWidget *table, const QString &heading, const QString &addText,
        const QString &removeText, const QString &name, void (ScenarioForm::*add)(),
        const std::function<void(int row)> &remove);

    void fillHeadcount(const model::Scenario &shown, const model::Project &project);
    void fillDurations(const model::Scenario &shown, const model::Project &project);
    void addHeadcount();
    void addDuration();

    // scenariochoices.cpp
    void fillExtraCrossTraining(const model::Scenario &shown, const model::Project &project);
    void fillVariants(const model::Scenario &shown, const model::Project &project);
    void fillReassign(const model::Scenario &shown, const model::Project &project);
    void addExtraCrossTraining();
    void addVariant();
    void addReassignment();

    // scenariocalendars.cpp
    void fillStaffing(const model::Scenario &shown, const model::Project &project);
    void fillArrivalChanges(const model::Scenario &shown, const model::Project &project);
    void fillDivert(const model::Scenario &shown, const model::Project &project);
    void addStaffing();
    void addArrivalChange();
    void addDiversion();

    /** Changes item `row` of the scenario's `list` with `change` and sets the list through Command. */
    template<typename Command, typename Item, typename Change>
    void editItem(List<Item> list, int row, Change change, QObject *editor = nullptr)
    {
        const model::Scenario *s = scenario();
        if (!editable() || !s || row < 0 || row >= int((s->*list).size()))
            return;
        std::vector<Item> items = s->*list;
        change(items[size_t(row)]);
        edit<Command>(items, editor);
    }
    template<typename Command, typename Item> void appendItem(List<Item> list, const Item &item)
    {
        const model::Scenario *s = scenario();
        if (!s)
            return;
        std::vector<Item> items = s->*list;
        items.push_back(item);
        edit<Command>(items);
    }
    template<typename Command, typename Item> void removeItem(List<Item> list, int row)
    {
        const model::Scenario *s = scenario();
        if (!s || row < 0 || row >= int((s->*list).size()))
            return;
        std::vector<Item> items = s->*list;
        items.erase(items.begin() + row);
        edit<Command>(items);
    }

    QLineEdit *mName;
    QPlainTextEdit *mDescription;
    QDoubleSpinBox *mArrivalMultiplier;
    QComboBox *mCrossTraining;
    QTableWidget *mHeadcount;
    QTableWidget *mDurations;
    QTableWidget *mExtraCrossTraining;
    QTableWidget *mVariants;
    QTableWidget *mReassign;
    QTableWidget *mStaffing;
    QTableWidget *mArrivalChanges;
    QTableWidget *mDivert;
};

} // namespace oi::editor
