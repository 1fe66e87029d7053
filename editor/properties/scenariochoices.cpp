// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario form's tables of who does what and which process runs: extra cross-training,
// reassigned tasks and process variants (the form itself: scenarioform.h).
#include "editor/properties/scenarioform.h"

#include "editor/commands/entitycommands.h"
#include "editor/properties/entitynames.h"
#include "editor/properties/formfields.h"

#include <QComboBox>
#include <QSpinBox>
#include <QTableWidget>

#include <algorithm>
#include <utility>

namespace oi::editor {

namespace {

using ExtraSkill = std::pair<QString, model::CrossTraining>; // (role, the work it also takes)

enum ExtraSkillColumn { SkillRoleColumn, SkillTakesColumn, SkillPriorityColumn };
enum VariantsColumn { OriginalColumn, RedesignColumn };
enum ReassignColumn { TaskColumn, DoneByColumn };

bool hasChoice(const Choices &choices, const QString &id)
{
    return std::any_of(choices.begin(), choices.end(),
        [&id](const std::pair<QString, QString> &choice) { return choice.first == id; });
}

} // namespace

void ScenarioForm::fillExtraCrossTraining(const model::Scenario &shown, const model::Project &project)
{
    const Choices roles = roleChoices(project);
    mExtraCrossTraining->setRowCount(int(shown.addCrossTraining.size()));
    for (int r = 0; r < int(shown.addCrossTraining.size()); ++r) {
        const ExtraSkill &shownSkill = shown.addCrossTraining[size_t(r)];
        auto *who = cellEditor<QComboBox>(mExtraCrossTraining, r, SkillRoleColumn, [this](QComboBox *combo) {
            connect(combo, &QComboBox::activated, this, [this, combo](int index) {
                editItem<SetScenarioAddCrossTraining>(&model::Scenario::addCrossTraining,
                    rowOfCellWidget(mExtraCrossTraining, SkillRoleColumn, combo),
                    [&](ExtraSkill &item) { item.first = idAt(combo, index); });
            });
        });
        fillChoices(who, roles);
        selectData(who, shownSkill.first);
        auto *takes = cellEditor<QComboBox>(mExtraCrossTraining, r, SkillTakesColumn, [this](QComboBox *combo) {
            connect(combo, &QComboBox::activated, this, [this, combo](int index) {
                editItem<SetScenarioAddCrossTraining>(&model::Scenario::addCrossTraining,
                    rowOfCellWidget(mExtraCrossTraining, SkillTakesColumn, combo),
                    [&](ExtraSkill &item) { item.second.role = idAt(combo, index); });
            });
        });
        fillChoices(takes, roles);
        selectData(takes, shownSkill.second.role);
        auto *priority = cellEditor<QSpinBox>(mExtraCrossTraining, r, SkillPriorityColumn, [this](QSpinBox *spin) {
            spin->setRange(0, 999);
            watchFocus(spin);
            connect(spin, &QSpinBox::valueChanged, this, [this, spin](int value) {
                editItem<SetScenarioAddCrossTraining>(
                    &model::Scenario::addCrossTraining, rowOfCellWidget(mExtraCrossTraining, SkillPriorityColumn, spin),
                    [value](ExtraSkill &item) { item.second.priority = value; }, spin);
            });
        });
        showValue(priority, shownSkill.second.priority);
    }
    fitRows(mExtraCrossTraining);
}

void ScenarioForm::fillVariants(const model::Scenario &shown, const model::Project &project)
{
    // Only a process that has a redesign can have one run in its place.
    Choices originals;
    for (const auto &candidate : variantChoices(project, QString()))
        if (!variantChoices(project, candidate.first).isEmpty())
            originals.append(candidate);
    mVariants->setRowCount(int(shown.variants.size()));
    for (int r = 0; r < int(shown.variants.size()); ++r) {
        const model::VariantChoice &choice = shown.variants[size_t(r)];
        auto *original = cellEditor<QComboBox>(mVariants, r, OriginalColumn, [this](QComboBox *combo) {
            connect(combo, &QComboBox::activated, this, [this, combo](int index) {
                const QString picked = idAt(combo, index);
                const Choices redesigns = variantChoices(document()->project(), picked);
                editItem<SetScenarioVariants>(&model::Scenario::variants,
                    rowOfCellWidget(mVariants, OriginalColumn, combo), [&](model::VariantChoice &item) {
                        // The variant must be a redesign of the new original: its first one, unless it is one.
                        item.process = picked;
                        if (!hasChoice(redesigns, item.variant))
                            item.variant = redesigns.isEmpty() ? QString() : redesigns.first().first;
                    });
            });
        });
        fillChoices(original, originals);
        selectData(original, choice.process);
        auto *variant = cellEditor<QComboBox>(mVariants, r, RedesignColumn, [this](QComboBox *combo) {
            connect(combo, &QComboBox::activated, this, [this, combo](int index) {
                editItem<SetScenarioVariants>(&model::Scenario::variants,
                    rowOfCellWidget(mVariants, RedesignColumn, combo),
                    [&](model::VariantChoice &item) { item.variant = idAt(combo, index); });
            });
        });
        // Only the redesigns of this row's original: another process cannot run in its place.
        fillChoices(variant, variantChoices(project, choice.process));
        selectData(variant, choice.variant);
    }
    fitRows(mVariants);
}

void ScenarioForm::fillReassign(const model::Scenario &shown, const model::Project &project)
{
    const Choices tasks = taskChoices(project);
    const Choices roles = roleChoices(project);
    mReassign->setRowCount(int(shown.reassign.size()));
    for (int r = 0; r < int(shown.reassign.size()); ++r) {
        const model::Reassignment &reassignment = shown.reassign[size_t(r)];
        auto *task = cellEditor<QComboBox>(mReassign, r, TaskColumn, [this](QComboBox *combo) {
            connect(combo, &QComboBox::activated, this, [this, combo](int index) {
                editItem<SetScenarioReassign>(&model::Scenario::reassign, rowOfCellWidget(mReassign, TaskColumn, combo),
                    [&](model::Reassignment &item) { item.node = idAt(combo, index); });
            });
        });
        fillChoices(task, tasks);
        selectData(task, reassignment.node);
        auto *doneBy = cellEditor<QComboBox>(mReassign, r, DoneByColumn, [this](QComboBox *combo) {
            connect(combo, &QComboBox::activated, this, [this, combo](int index) {
                editItem<SetScenarioReassign>(&model::Scenario::reassign,
                    rowOfCellWidget(mReassign, DoneByColumn, combo),
                    [&](model::Reassignment &item) { item.role = idAt(combo, index); });
            });
        });
        fillChoices(doneBy, roles);
        selectData(doneBy, reassignment.role);
    }
    fitRows(mReassign);
}

void ScenarioForm::addExtraCrossTraining()
{
    const model::Scenario *s = scenario();
    if (!s)
        return;
    // The first pair of roles the scenario does not cross-train yet.
    const std::vector<model::Role> &roles = document()->project().roles;
    for (const model::Role &who : roles)
        for (const model::Role &other : roles) {
            const auto added = [&who, &other](const ExtraSkill &extra) {
                return extra.first == who.id && extra.second.role == other.id;
            };
            if (other.id != who.id && std::none_of(s->addCrossTraining.begin(), s->addCrossTraining.end(), added)) {
                model::CrossTraining skill;
                skill.role = other.id;
                appendItem<SetScenarioAddCrossTraining>(&model::Scenario::addCrossTraining, ExtraSkill(who.id, skill));
                return;
            }
        }
}

void ScenarioForm::addVariant()
{
    const model::Scenario *s = scenario();
    if (!s)
        return;
    // The first process with a redesign that the scenario does not run a redesign of yet.
    const model::Project &project = document()->project();
    for (const auto &candidate : variantChoices(project, QString())) {
        const QString &process = candidate.first;
        const Choices redesigns = variantChoices(project, process);
        const auto chosen = [&process](const model::VariantChoice &v) { return v.process == process; };
        if (!redesigns.isEmpty() && std::none_of(s->variants.begin(), s->variants.end(), chosen)) {
            model::VariantChoice choice;
            choice.process = process;
            choice.variant = redesigns.first().first;
            appendItem<SetScenarioVariants>(&model::Scenario::variants, choice);
            return;
        }
    }
}

void ScenarioForm::addReassignment()
{
    const model::Scenario *s = scenario();
    if (!s)
        return;
    // The first task not reassigned yet, to the first role other than its own.
    const model::Project &project = document()->project();
    for (const auto &task : taskChoices(project)) {
        const QString &node = task.first;
        const auto reassigned = [&node](const model::Reassignment &a) { return a.node == node; };
        if (std::any_of(s->reassign.begin(), s->reassign.end(), reassigned))
            continue;
        const model::Process *process = project.process(node.section(u'/', 0, 0));
        const model::Node *n = process ? process->node(node.section(u'/', 1)) : nullptr;
        for (const model::Role &role : project.roles) {
            if (n && role.id == n->role)
                continue;
            model::Reassignment reassignment;
            reassignment.node = node;
            reassignment.role = role.id;
            appendItem<SetScenarioReassign>(&model::Scenario::reassign, reassignment);
            return;
        }
    }
}

} // namespace oi::editor
