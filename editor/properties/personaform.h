// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/properties/entityform.h"

QT_BEGIN_NAMESPACE
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTableWidgetItem;
QT_END_NAMESPACE

namespace oi::editor {

/**
 * Edits a persona: name, description, needs (journey steps serve them by id), jobs to be done and
 * the customer's customer. A new need gets a readable id made from its text, unique in the project;
 * an edited need keeps its id, so the steps serving it still do.
 */
class PersonaForm : public EntityForm
{
    Q_OBJECT
public:
    explicit PersonaForm(QWidget *parent = nullptr);

protected:
    bool fill(const model::Project &project) override;

private:
    const model::Persona *persona() const;
    void needEdited(QTableWidgetItem *item);
    void addNeed();

    QLineEdit *mName;
    QPlainTextEdit *mDescription;
    QTableWidget *mNeeds;
    QPlainTextEdit *mJobs;
    QLineEdit *mCustomersCustomer;
    /** The persona whose "Add Need" row waits for a text: it becomes a need once it has one. */
    QString mPendingNeed;
};

} // namespace oi::editor
