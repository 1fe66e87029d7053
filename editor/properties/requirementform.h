// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/properties/entityform.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QListWidget;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace oi::editor {

/** Edits a requirement: kind, text, priority, acceptance criterion, and the steps and nodes it serves. */
class RequirementForm : public EntityForm
{
    Q_OBJECT
public:
    explicit RequirementForm(QWidget *parent = nullptr);

protected:
    bool fill(const model::Project &project) override;
    bool changesChoices(const ChangeEvent &event) const override;

private:
    const model::Requirement *requirement() const;

    QComboBox *mKind;
    QPlainTextEdit *mText;
    QComboBox *mPriority;
    QPlainTextEdit *mAcceptance;
    QListWidget *mSteps;
    QListWidget *mNodes;
};

} // namespace oi::editor
