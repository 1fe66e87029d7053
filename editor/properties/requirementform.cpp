// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/properties/requirementform.h"

#include "editor/commands/entitycommands.h"
#include "editor/properties/entitynames.h"
#include "editor/properties/formfields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>

namespace oi::editor {

RequirementForm::RequirementForm(QWidget *parent)
    : EntityForm(EntityKind::Requirement, parent)
    , mKind(new QComboBox(this))
    , mText(new QPlainTextEdit(this))
    , mPriority(new QComboBox(this))
    , mAcceptance(new QPlainTextEdit(this))
    , mSteps(new QListWidget(this))
    , mNodes(new QListWidget(this))
{
    // Object names let tests and style sheets find the fields.
    setObjectName(QStringLiteral("requirementForm"));
    mKind->setObjectName(QStringLiteral("kind"));
    mText->setObjectName(QStringLiteral("text"));
    mPriority->setObjectName(QStringLiteral("priority"));
    mAcceptance->setObjectName(QStringLiteral("acceptance"));
    mSteps->setObjectName(QStringLiteral("steps"));
    mNodes->setObjectName(QStringLiteral("nodes"));
    for (const model::RequirementKind k : { model::RequirementKind::ProcessControl,
             model::RequirementKind::InformationManagement, model::RequirementKind::NonFunctional })
        mKind->addItem(requirementKindName(k), int(k));
    for (const model::Priority p :
        { model::Priority::Must, model::Priority::Should, model::Priority::Could, model::Priority::Wont })
        mPriority->addItem(priorityName(p), int(p));
    fitLines(mText, 3);
    fitLines(mAcceptance, 4);
    mAcceptance->setPlaceholderText(tr("How a tester knows the requirement is met"));
    for (QListWidget *list : { mSteps, mNodes }) {
        // Long names wrap instead of hiding behind a sideways scroll bar.
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setWordWrap(true);
    }

    QFormLayout *form = newFormLayout(this);
    form->addRow(tr("Kind"), mKind);
    form->addRow(tr("Text"), mText);
    form->addRow(tr("Priority"), mPriority);
    form->addRow(tr("Acceptance"), mAcceptance);
    // The checklists get the whole width, under their label.
    form->addRow(newHeading(tr("Journey steps"), this));
    form->addRow(mSteps);
    form->addRow(newHeading(tr("Process nodes"), this));
    form->addRow(mNodes);

    watchFocus(mText);
    watchFocus(mAcceptance);
    connect(mKind, &QComboBox::activated, this,
        [this](int i) { edit<SetRequirementKind>(model::RequirementKind(mKind->itemData(i).toInt())); });
    connect(mPriority, &QComboBox::activated, this,
        [this](int i) { edit<SetRequirementPriority>(model::Priority(mPriority->itemData(i).toInt())); });
    connect(
        mText, &QPlainTextEdit::textChanged, this, [this] { edit<SetRequirementText>(mText->toPlainText(), mText); });
    connect(mAcceptance, &QPlainTextEdit::textChanged, this,
        [this] { edit<SetRequirementAcceptance>(mAcceptance->toPlainText(), mAcceptance); });
    // A tick adds or removes one link; links to steps or nodes that no longer exist stay for the validator.
    connect(mSteps, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (const model::Requirement *r = requirement(); r && editable())
            edit<SetRequirementSteps>(
                toggled(r->steps, item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked));
    });
    connect(mNodes, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (const model::Requirement *r = requirement(); r && editable())
            edit<SetRequirementNodes>(
                toggled(r->nodes, item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked));
    });
}

const model::Requirement *RequirementForm::requirement() const
{
    return document() ? document()->project().requirement(entity()) : nullptr;
}

bool RequirementForm::changesChoices(const ChangeEvent &event) const
{
    return changesNamesOf(event, EntityKind::Step) || changesNamesOf(event, EntityKind::Node);
}

bool RequirementForm::fill(const model::Project &project)
{
    const model::Requirement *r = project.requirement(entity());
    if (!r)
        return false;
    selectData(mKind, int(r->kind));
    showPlain(mText, r->text);
    selectData(mPriority, int(r->priority));
    showPlain(mAcceptance, r->acceptance);
    fillChecklist(mSteps, stepChoices(project), r->steps);
    fillChecklist(mNodes, nodeChoices(project), r->nodes);
    return true;
}

} // namespace oi::editor
