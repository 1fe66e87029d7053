// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/roles/rolemapscene.h"

#include <QGraphicsView>

namespace oi::editor {

class Document;
class DocumentFollower;

/**
 * The role map on screen: follows the document (rebuilding only for role, responsibility, strategy,
 * step and process changes, and only while shown), zooms with the wheel and keys like the journey map.
 */
class RoleMapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit RoleMapView(QWidget *parent = nullptr);

    void setDocument(Document *document);
    RoleMapScene *mapScene() const { return mScene; }
    int rebuildCount() const;
    void zoomBy(double factor);
    void fit();
    void revealRole(const QString &role);

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    RoleMapScene *mScene;
    DocumentFollower *mFollower;
};

} // namespace oi::editor
