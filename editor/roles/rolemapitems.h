// SPDX-License-Identifier: GPL-3.0-or-later
// The drawn parts of the role map: bands and column headers behind, a card per role, a chip per
// responsibility on its card, and the arrows of moved responsibilities beneath the cards.
#pragma once

#include "editor/roles/rolemaplayout.h"

#include <QGraphicsObject>

namespace oi::editor {

class RoleMapScene;

/** Column headers and office bands: the board the cards sit on. */
class RoleMapBackdropItem : public QGraphicsItem
{
public:
    RoleMapBackdropItem(const RoleMapLayout &layout, const RoleMapStyle &style);
    QRectF boundingRect() const override { return mLayout.bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    RoleMapLayout mLayout;
    RoleMapStyle mStyle;
};

/** A role on one side; drag it into another band to change its office. */
class RoleCardItem : public QGraphicsObject
{
    Q_OBJECT
public:
    RoleCardItem(const RoleCardLayout &card, const RoleMapStyle &style, RoleMapScene *scene);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    const RoleCardLayout &card() const { return mCard; }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    RoleCardLayout mCard; // positions relative to the card's top-left
    RoleMapStyle mStyle;
    RoleMapScene *mScene;
    QPointF mPressedAt;
};

/** A responsibility on its owner's card; drag it onto another card of the same side to move it. */
class ResponsibilityChipItem : public QGraphicsObject
{
    Q_OBJECT
public:
    ResponsibilityChipItem(
        const RoleChipLayout &chip, RoleMapSide side, const RoleMapStyle &style, RoleMapScene *scene);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    const RoleChipLayout &chip() const { return mChip; }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    RoleChipLayout mChip; // rect relative to the chip's top-left
    RoleMapSide mSide;
    RoleMapStyle mStyle;
    RoleMapScene *mScene;
    QPointF mPressedAt;
};

/** A moved responsibility: from its as-is owner's chip to its to-be owner's chip. */
class ResponsibilityArrowItem : public QGraphicsItem
{
public:
    ResponsibilityArrowItem(const RoleArrowLayout &arrow, const RoleMapStyle &style);
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    const RoleArrowLayout &arrow() const { return mArrow; }

private:
    QPainterPath path() const;
    RoleArrowLayout mArrow;
    RoleMapStyle mStyle;
};

} // namespace oi::editor
