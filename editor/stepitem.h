// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemtypes.h"

#include "model/project.h"

#include <QGraphicsItem>

namespace oi::editor {

class JourneyScene;

/**
 * A step's card in the customer-actions lane: title, channel icon, customer-initiated and
 * moment-of-truth markers, metric badge, evidence level. Selectable and draggable; the drag is a
 * local preview, the scene turns the drop into one MoveSteps.
 */
class StepItem : public QGraphicsItem
{
public:
    enum { Type = StepItemType };
    static constexpr qreal Height = 120;

    explicit StepItem(const model::Step &step);

    int type() const override { return Type; }
    QString stepId() const { return mStep.id; }
    const model::Step &step() const { return mStep; }
    /** Takes the model's current values; repaints only when something shown changed. */
    void syncFromModel(const model::Step &step);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    /** Where the overlay's label for this step is drawn (straddling the top edge); empty if none. */
    QRectF overlayLabelRect() const;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /** Where the title is drawn, for the inline editor. */
    QRectF titleRect() const;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    JourneyScene *journeyScene() const;
    void updateToolTip();
    void paintDetail(QPainter *painter, const QRectF &card);

    model::Step mStep;
    QPointF mPressPos;
    bool mRangeClick = false;
    bool mHovered = false;
};

} // namespace oi::editor
