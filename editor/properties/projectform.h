// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/properties/entityform.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace oi::editor {

/**
 * Edits the project itself: its name, the client it is for, the author, a description and the
 * currency its money is shown in — what the title block, the review's title page and the vendor
 * specification's cover say. The time unit is shown, not edited: changing it would change what
 * every time in the project means.
 */
class ProjectForm : public EntityForm
{
    Q_OBJECT
public:
    explicit ProjectForm(QWidget *parent = nullptr);

protected:
    bool fill(const model::Project &project) override;

private:
    QLineEdit *mName;
    QLineEdit *mClient;
    QLineEdit *mAuthor;
    QPlainTextEdit *mDescription;
    QComboBox *mCurrency;
    QLabel *mTimeUnit;
    QLabel *mDates;
};

} // namespace oi::editor
