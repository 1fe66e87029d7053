// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/roles/rolemapview.h"

#include "editor/document/document.h"
#include "editor/document/documentfollower.h"
#include "editor/roles/rolemapitems.h"

#include <QWheelEvent>

namespace oi::editor {

RoleMapView::RoleMapView(QWidget *parent)
    : QGraphicsView(parent)
    , mScene(new RoleMapScene(this))
{
    setObjectName(QStringLiteral("roleMap"));
    setScene(mScene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setBackgroundBrush(mScene->style().canvas);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    mFollower = new DocumentFollower(this,
        showsKinds({ EntityKind::Role, EntityKind::Responsibility, EntityKind::Strategy, EntityKind::Process,
            EntityKind::Node, EntityKind::Step }),
        [this] { mScene->rebuild(); });
}

void RoleMapView::setDocument(Document *document)
{
    mScene->setDocument(document);
    mFollower->setDocument(document);
}

int RoleMapView::rebuildCount() const
{
    return mFollower->rebuilds();
}

void RoleMapView::zoomBy(double factor)
{
    const double now = transform().m11();
    const double next = std::clamp(now * factor, 0.2, 4.0);
    scale(next / now, next / now);
}

void RoleMapView::fit()
{
    fitInView(mScene->sceneRect(), Qt::KeepAspectRatio);
}

void RoleMapView::revealRole(const QString &role)
{
    mScene->clearSelection();
    for (QGraphicsItem *item : mScene->items())
        if (auto *card = dynamic_cast<RoleCardItem *>(item); card && card->card().role == role) {
            card->setSelected(true);
            ensureVisible(card);
        }
}

void RoleMapView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace oi::editor
