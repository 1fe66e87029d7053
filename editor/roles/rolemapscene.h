// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/roles/rolemaplayout.h"

#include <QGraphicsScene>
#include <QPointer>
#include <QSet>

namespace oi::editor {

class Document;

/**
 * The role map of a document: rebuilt from the project on every relevant change (it is small),
 * and the place where drags become undo commands (a card into another band changes the role's
 * office; a responsibility onto another card changes its as-is or to-be owner).
 */
class RoleMapScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit RoleMapScene(QObject *parent = nullptr);

    void setDocument(Document *document);
    Document *document() const;
    void setMode(RoleMapMode mode);
    RoleMapMode mode() const { return mMode; }
    const RoleMapStyle &style() const { return mStyle; }
    const RoleMapLayout &layout() const { return mLayout; }
    /** Roles in the chain of what is selected elsewhere (a strategy, a process, a step...). */
    bool inChain(const QString &role) const { return mChainRoles.contains(role); }
    void rebuild();

    /** A card was dropped with its centre at `point`; false when nothing changed. */
    bool dropRole(const QString &role, const QPointF &point);
    /** A responsibility was dropped at `point` on `side`; false when nothing changed. */
    bool dropResponsibility(const QString &responsibility, RoleMapSide side, const QPointF &point);

signals:
    void roleActivated(const QString &role);

private:
    QPointer<Document> mDocument;
    RoleMapMode mMode = RoleMapMode::SideBySide;
    RoleMapStyle mStyle = RoleMapStyle::standard();
    RoleMapLayout mLayout;
    QSet<QString> mChainRoles;
};

} // namespace oi::editor
