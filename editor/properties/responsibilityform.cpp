// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/properties/responsibilityform.h"

#include "editor/commands/entitycommands.h"
#include "editor/properties/entitynames.h"
#include "editor/properties/formfields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace oi::editor {

ResponsibilityForm::ResponsibilityForm(QWidget *parent)
    : EntityForm(EntityKind::Responsibility, parent)
    , mText(new QLineEdit(this))
    , mAsIs(new QComboBox(this))
    , mToBe(new QComboBox(this))
{
    // Object names let tests and style sheets find the fields.
    setObjectName(QStringLiteral("responsibilityForm"));
    mText->setObjectName(QStringLiteral("text"));
    mAsIs->setObjectName(QStringLiteral("asIs"));
    mToBe->setObjectName(QStringLiteral("toBe"));
    mAsIs->setToolTip(tr("Who does this work today"));
    mToBe->setToolTip(tr("Who does it after the redesign; another role than today's moves it"));

    QFormLayout *form = newFormLayout(this);
    form->addRow(tr("Responsibility"), mText);
    form->addRow(tr("As-is"), mAsIs);
    form->addRow(tr("To-be"), mToBe);

    watchFocus(mText);
    connect(mText, &QLineEdit::textEdited, this, [this](const QString &t) { edit<SetResponsibilityText>(t, mText); });
    connect(mAsIs, &QComboBox::activated, this, [this](int i) { edit<SetResponsibilityAsIs>(idAt(mAsIs, i)); });
    connect(mToBe, &QComboBox::activated, this, [this](int i) { edit<SetResponsibilityToBe>(idAt(mToBe, i)); });
}

bool ResponsibilityForm::changesChoices(const ChangeEvent &event) const
{
    return changesNamesOf(event, EntityKind::Role);
}

bool ResponsibilityForm::fill(const model::Project &project)
{
    const model::Responsibility *r = project.responsibility(entity());
    if (!r)
        return false;
    showText(mText, r->text);
    const Choices roles = roleChoices(project);
    // Nobody as-is: work the redesign creates; nobody to-be: work it ends.
    fillChoices(mAsIs, roles, tr("nobody (new)"));
    fillChoices(mToBe, roles, tr("nobody (retired)"));
    selectData(mAsIs, r->asIs);
    selectData(mToBe, r->toBe);
    return true;
}

} // namespace oi::editor
