// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/document.h"

#include <QPointer>
#include <QTreeWidget>

namespace oi::app {

/**
 * The Project dock: strategies, personas, journeys, roles, processes, requirements and scenarios,
 * in the outside-in order. Items drag as `application/x-outsidein-entity` ("kind:id") so they can be
 * dropped on a journey step to link it. Double-click asks for the entity to be shown. It follows
 * the document's change events item by item and shares the document's selection.
 */
class ProjectTree : public QTreeWidget
{
    Q_OBJECT
public:
    static QString mimeType() { return QStringLiteral("application/x-outsidein-entity"); }

    explicit ProjectTree(QWidget *parent = nullptr);
    void setDocument(editor::Document *document);
    /** Selects and reveals the entity's item; false when the tree has no such entity. */
    bool selectEntity(const QString &kind, const QString &id);

    /** "kind:id" lines for the entities among `items` (null when there are none). */
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;

    /** Rebuilds so far: of the whole tree, and of single groups (tests assert edits cost little). */
    int fullRebuilds() const { return mFullRebuilds; }
    int groupRebuilds() const { return mGroupRebuilds; }

signals:
    void entityActivated(const oi::editor::EntityRef &ref);

private:
    void rebuild();
    void rebuildGroup(editor::EntityKind kind);
    void fillGroup(QTreeWidgetItem *group, editor::EntityKind kind);
    void updateItems(editor::EntityKind kind, const QStringList &ids);
    void onChanged(const editor::ChangeEvent &event);
    void followSelection();
    void publishSelection();
    QTreeWidgetItem *group(editor::EntityKind kind) const;
    QTreeWidgetItem *item(editor::EntityKind kind, const QString &id) const;

    QPointer<editor::Document> mDocument;
    int mFullRebuilds = 0;
    int mGroupRebuilds = 0;
    bool mSyncing = false;
};

} // namespace oi::app
