// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/document.h"

#include <QPointer>

#include <QTreeWidget>
#include <functional>

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
    /** Item data: the entity kind (int) and id of a leaf; groups have the kind only. */
    enum ItemData { KindRole = Qt::UserRole + 1, IdRole };

    explicit ProjectTree(QWidget *parent = nullptr);
    void setDocument(editor::Document *document);
    /** Selects and reveals the entity's item; false when the tree has no such entity. */
    bool selectEntity(const QString &kind, const QString &id);

    /** "kind:id" lines for the entities among `items` (null when there are none). */
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;

    /** Adds a new entity of `kind` (one undo step) and selects it, so its properties open. */
    void newEntity(editor::EntityKind kind);
    /**
     * Deletes the entity as one undo step. While something refers to it, asks whether to unlink
     * those references too (refused when the answer is no). False when nothing was deleted.
     */
    bool deleteEntity(const editor::EntityRef &ref);
    /** Renames the entity's id and every reference (one undo step); an empty `to` asks for it. */
    bool renameEntity(const editor::EntityRef &ref, const QString &to = QString());
    /** Moves the entity `delta` places up (negative) or down its list: the order files and pages show. */
    bool moveEntity(const editor::EntityRef &ref, int delta);
    /** The entity the tree's current item stands for (invalid on a group). */
    editor::EntityRef currentEntity() const;
    /** Asks a yes/no question (a message box; tests answer it themselves). */
    using Question = std::function<bool(const QString &title, const QString &text)>;
    void setQuestion(Question question) { mQuestion = std::move(question); }
    /** Where refusals go (a message box; tests read them). */
    using Notice = std::function<void(const QString &text)>;
    void setNotice(Notice notice) { mNotice = std::move(notice); }

    /** Whether the entity's item is marked as linked to the selection (shown in bold). */
    bool isMarked(editor::EntityKind kind, const QString &id) const;

    /** Rebuilds so far: of the whole tree, and of single groups (tests assert edits cost little). */
    int fullRebuilds() const { return mFullRebuilds; }
    int groupRebuilds() const { return mGroupRebuilds; }

signals:
    void entityActivated(const oi::editor::EntityRef &ref);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void rebuildGroup(editor::EntityKind kind);
    void fillGroup(QTreeWidgetItem *group, editor::EntityKind kind);
    void updateItems(editor::EntityKind kind, const QStringList &ids);
    void onChanged(const editor::ChangeEvent &event);
    void followSelection();
    void markChain();
    void publishSelection();
    QTreeWidgetItem *group(editor::EntityKind kind) const;
    QTreeWidgetItem *item(editor::EntityKind kind, const QString &id) const;

    QPointer<editor::Document> mDocument;
    int mFullRebuilds = 0;
    int mGroupRebuilds = 0;
    bool mSyncing = false;
    Question mQuestion;
    Notice mNotice;
};

} // namespace oi::app
