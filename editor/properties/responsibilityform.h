// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/properties/entityform.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
QT_END_NAMESPACE

namespace oi::editor {

/** Edits a responsibility: its text and who holds it as-is and to-be (nobody: new or retired work). */
class ResponsibilityForm : public EntityForm
{
    Q_OBJECT
public:
    explicit ResponsibilityForm(QWidget *parent = nullptr);

protected:
    bool fill(const model::Project &project) override;
    bool changesChoices(const ChangeEvent &event) const override;

private:
    QLineEdit *mText;
    QComboBox *mAsIs;
    QComboBox *mToBe;
};

} // namespace oi::editor
