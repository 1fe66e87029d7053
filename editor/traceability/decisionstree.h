// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/entitykind.h"
#include "model/project.h"

#include <QTreeWidget>

namespace oi::editor {

/**
 * The executives' decisions recorded in the review, where the consultant works: what each is on
 * (by name), the verdict, the note, who and when — newest first. An item carries the entity the
 * decision is on, so a click shows it.
 */
class DecisionsTree : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { SubjectColumn, VerdictColumn, NoteColumn, ByColumn, DateColumn, ColumnCount };
    enum ItemRole { RefRole = Qt::UserRole };

    explicit DecisionsTree(QWidget *parent = nullptr);

    /** Lists the decisions of `project` (null: none). */
    void rebuild(const model::Project *project);

    static EntityRef refOf(const QTreeWidgetItem *item);
    /** "Approved", "Rejected", "Questioned". */
    static QString verdictText(model::Decision::Verdict verdict);
};

} // namespace oi::editor
