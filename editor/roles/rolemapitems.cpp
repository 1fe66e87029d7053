// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/roles/rolemapitems.h"

#include "editor/roles/rolemapscene.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace oi::editor {

namespace {

using namespace RoleMapMetrics;

void text(QPainter *p, const QRectF &r, const QString &s, const QFont &font, const QColor &colour, int flags = 0)
{
    p->setFont(font);
    p->setPen(colour);
    p->drawText(r, Qt::TextWordWrap | flags, s);
}

// Drops happen after the mouse event returns: the drop changes the document, which rebuilds the
// scene and deletes the item that is still handling the event.
template<typename Fn> void later(QObject *context, Fn &&fn)
{
    QMetaObject::invokeMethod(context, std::forward<Fn>(fn), Qt::QueuedConnection);
}

} // namespace

RoleMapBackdropItem::RoleMapBackdropItem(const RoleMapLayout &layout, const RoleMapStyle &style)
    : mLayout(layout)
    , mStyle(style)
{
    setZValue(-10);
}

void RoleMapBackdropItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->fillRect(mLayout.bounds, mStyle.canvas);
    for (const RoleBandLayout &b : mLayout.bands) {
        p->setPen(Qt::NoPen);
        p->setBrush(mStyle.band);
        p->drawRoundedRect(b.rect, 6, 6);
        for (const RoleColumnLayout &c : mLayout.columns)
            text(p, QRectF(c.rect.left() + BandPadding, b.rect.top() + 6, c.rect.width(), BandHeader - 6), b.title,
                mStyle.titleFont, mStyle.bandText);
    }
    for (const RoleColumnLayout &c : mLayout.columns)
        text(p, QRectF(c.rect.left(), c.rect.top(), c.rect.width(), ColumnHeader - 8), c.title, mStyle.headerFont,
            mStyle.text, Qt::AlignLeft | Qt::AlignVCenter);
}

RoleCardItem::RoleCardItem(const RoleCardLayout &card, const RoleMapStyle &style, RoleMapScene *scene)
    : mCard(card)
    , mStyle(style)
    , mScene(scene)
{
    // Geometry relative to the card, so moving the item moves everything on it.
    const QPointF origin = card.rect.topLeft();
    mCard.rect.translate(-origin);
    for (QRectF *r : { &mCard.departmentRect, &mCard.nameRect, &mCard.factsRect, &mCard.badgeRect, &mCard.worksRect })
        r->translate(-origin);
    setPos(origin);
    setFlags(ItemIsMovable | ItemIsSelectable);
    setCursor(Qt::OpenHandCursor);
    setToolTip(card.worksInDetail.isEmpty() ? card.name : card.name + u'\n' + card.worksInDetail);
    setData(0, card.role);
}

QRectF RoleCardItem::boundingRect() const
{
    return mCard.rect.adjusted(-5, -5, 5, 5); // the selection and chain outlines
}

void RoleCardItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(option->state & QStyle::State_Selected ? mStyle.selection : mStyle.cardBorder,
        option->state & QStyle::State_Selected ? 2 : 1));
    p->setBrush(mStyle.cardFill);
    p->drawRoundedRect(mCard.rect, 6, 6);
    if (!(option->state & QStyle::State_Selected) && mScene->inChain(mCard.role)) {
        p->setPen(QPen(mStyle.arrow, 3));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(mCard.rect.adjusted(-3, -3, 3, 3), 8, 8);
    }
    p->setPen(Qt::NoPen);
    p->setBrush(RoleMapStyle::changeColour(mCard.changeKind));
    p->drawRoundedRect(mCard.badgeRect, 9, 9);
    text(p, mCard.badgeRect, mCard.change, mStyle.smallFont, Qt::white, Qt::AlignCenter);
    text(p, mCard.departmentRect, mCard.department, mStyle.smallFont, mStyle.muted);
    text(p, mCard.nameRect, mCard.name, mStyle.titleFont, mStyle.text);
    text(p, mCard.factsRect, mCard.facts, mStyle.smallFont, mStyle.muted);
    text(p, mCard.worksRect, mCard.worksIn, mStyle.smallFont, mStyle.muted);
}

void RoleCardItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    mPressedAt = pos();
    setZValue(5);
    QGraphicsObject::mousePressEvent(event);
}

void RoleCardItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsObject::mouseReleaseEvent(event);
    setZValue(0);
    if (pos() == mPressedAt) {
        emit mScene->roleActivated(mCard.role);
        return;
    }
    const QString role = mCard.role;
    const QPointF centre = mapToScene(mCard.rect.center());
    RoleMapScene *scene = mScene;
    later(scene, [scene, role, centre] { scene->dropRole(role, centre); });
}

ResponsibilityChipItem::ResponsibilityChipItem(
    const RoleChipLayout &chip, RoleMapSide side, const RoleMapStyle &style, RoleMapScene *scene)
    : mChip(chip)
    , mSide(side)
    , mStyle(style)
    , mScene(scene)
{
    setPos(chip.rect.topLeft());
    mChip.rect.moveTopLeft(QPointF(0, 0));
    setZValue(1);
    setFlags(ItemIsMovable);
    setCursor(Qt::OpenHandCursor);
    setToolTip(chip.note.isEmpty() ? chip.text : chip.text + QStringLiteral(" (") + chip.note + u')');
    setData(0, chip.responsibility);
}

QRectF ResponsibilityChipItem::boundingRect() const
{
    return mChip.rect;
}

void ResponsibilityChipItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(mStyle.chipFill);
    p->drawRoundedRect(mChip.rect, 4, 4);
    const double inner = mChip.rect.width() - 12;
    const double h = wrappedHeight(mChip.text, mStyle.textFont, inner);
    text(p, QRectF(6, 4, inner, h), mChip.text, mStyle.textFont, mStyle.text);
    if (!mChip.note.isEmpty())
        text(p, QRectF(6, 4 + h + 2, inner, mChip.rect.height() - h - 6), mChip.note, mStyle.smallFont, mStyle.arrow);
}

void ResponsibilityChipItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    mPressedAt = pos();
    setZValue(6);
    QGraphicsObject::mousePressEvent(event);
}

void ResponsibilityChipItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsObject::mouseReleaseEvent(event);
    setZValue(1);
    if (pos() == mPressedAt)
        return;
    const QString id = mChip.responsibility;
    const RoleMapSide side = mSide;
    const QPointF centre = mapToScene(mChip.rect.center());
    RoleMapScene *scene = mScene;
    later(scene, [scene, id, side, centre] { scene->dropResponsibility(id, side, centre); });
}

ResponsibilityArrowItem::ResponsibilityArrowItem(const RoleArrowLayout &arrow, const RoleMapStyle &style)
    : mArrow(arrow)
    , mStyle(style)
{
    setZValue(-1); // beneath the cards it may pass
}

QPainterPath ResponsibilityArrowItem::path() const
{
    QPainterPath path(mArrow.from);
    const double dx = std::max(60.0, std::abs(mArrow.to.x() - mArrow.from.x()) / 2);
    path.cubicTo(mArrow.from + QPointF(dx, 0), mArrow.to - QPointF(dx, 0), mArrow.to);
    return path;
}

QRectF ResponsibilityArrowItem::boundingRect() const
{
    return path().boundingRect().adjusted(-8, -8, 8, 8);
}

QPainterPath ResponsibilityArrowItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(6);
    return stroker.createStroke(path());
}

void ResponsibilityArrowItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(mStyle.arrow, 1.6));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path());
    const QPointF tip = mArrow.to;
    QPolygonF head { tip, tip + QPointF(-9, -4.5), tip + QPointF(-9, 4.5) };
    p->setBrush(mStyle.arrow);
    p->drawPolygon(head);
}

} // namespace oi::editor
