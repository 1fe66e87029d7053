// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/entitykind.h"
#include "model/project.h"

#include <QTreeWidget>

namespace oi::editor {

/**
 * One chain per strategy, read top-down as the method runs: the strategy, the roles it changes or
 * that work in its processes, those processes, the journey steps they serve, the requirements
 * that follow, and the customer needs at the root; every item by name, carrying its entity.
 */
class StrategyChainsTree : public QTreeWidget
{
    Q_OBJECT
public:
    enum ItemRole { RefRole = Qt::UserRole };

    explicit StrategyChainsTree(QWidget *parent = nullptr);
    void rebuild(const model::Project *project);
    static EntityRef refOf(const QTreeWidgetItem *item);
    /** The strategy's top-level item, or null. */
    QTreeWidgetItem *strategyItem(const QString &id) const;
};

} // namespace oi::editor
