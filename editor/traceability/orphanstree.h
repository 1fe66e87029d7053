// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/entitykind.h"
#include "model/project.h"

#include <QTreeWidget>

namespace oi::editor {

/**
 * The gaps of the outside-in chain (model::findOrphans): one heading per kind of gap, saying
 * what is missing, and under it the entities by name. Items carry the entity they stand for.
 */
class OrphansTree : public QTreeWidget
{
    Q_OBJECT
public:
    enum ItemRole {
        RefRole = Qt::UserRole, // EntityRef; invalid on headings
        NeedRole, // a need's id (its ref is its persona)
    };

    explicit OrphansTree(QWidget *parent = nullptr);

    /** Lists the orphans of `project` (null: nothing), keeping the current item where it still is. */
    void rebuild(const model::Project *project);

    static EntityRef refOf(const QTreeWidgetItem *item);
    static QString needOf(const QTreeWidgetItem *item);
    /** The first item standing for `ref` (and, for a persona, the need `need`), or null. */
    QTreeWidgetItem *itemFor(const EntityRef &ref, const QString &need = {}) const;
};

} // namespace oi::editor
