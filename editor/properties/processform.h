// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/properties/entityform.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace oi::editor {

/**
 * Edits a process's own fields: name, description, the strategy it serves, the process it is a
 * redesign (variant) of, and what a completed case is worth and a customer lost while waiting
 * costs. Its diagram (nodes, flows, lanes) is the process editor's; a node has no form here.
 */
class ProcessForm : public EntityForm
{
    Q_OBJECT
public:
    explicit ProcessForm(QWidget *parent = nullptr);

protected:
    bool fill(const model::Project &project) override;
    bool changesChoices(const ChangeEvent &event) const override;

private:
    QLineEdit *mName;
    QPlainTextEdit *mDescription;
    QComboBox *mStrategy;
    QComboBox *mVariantOf;
    QDoubleSpinBox *mValuePerCase;
    QDoubleSpinBox *mCostPerAbandonment;
};

} // namespace oi::editor
