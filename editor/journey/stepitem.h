// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/journey/itemtypes.h"

#include "model/project.h"

#include <QGraphicsItem>

namespace oi::editor {

class JourneyScene;
struct JourneyStyle;

/**
 * A step's card in the customer-actions lane: title, channel icon, customer-initiated and
 * moment-of-truth markers, metric badge, evidence level. Selectable and draggable; the drag is a
 * local preview, the scene turns the drop into one MoveSteps.
 */
class StepItem : public QGraphicsItem
{
public:
    enum { Type = StepItemType };
    static constexpr qreal Height = 120; // the smallest card
    static constexpr int TitleLines = 4; // beyond these the text is elided (the tooltip has it all)
    static constexpr int ActionLines = 4;

    /** The card height that shows `step`'s title and customer action without cutting them short. */
    static qreal heightFor(const model::Step &step, const JourneyStyle &style);

    explicit StepItem(const model::Step &step);

    int type() const override { return Type; }
    QString stepId() const { return mStep.id; }
    const model::Step &step() const { return mStep; }
    /** Takes the model's current values; repaints only when something shown changed. */
    void syncFromModel(const model::Step &step);

    /** All cards of a journey share one height, that of the tallest (set by the scene). */
    void setHeight(qreal height);
    qreal height() const { return mHeight; }

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
    qreal mHeight = Height;
};

} // namespace oi::editor
