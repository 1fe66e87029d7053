// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/journey/itemtypes.h"

#include <QGraphicsItem>
#include <QString>

#include <optional>
#include <vector>

namespace oi::editor {

class JourneyScene;

/**
 * The emotion lane: a smooth as-is curve through every step's emotion (-2..+2) and, when any step
 * has one, the to-be curve, so a client sees what the redesign changes. Points drag vertically in
 * whole steps; the release pushes one SetStepEmotion / SetStepEmotionToBe. Shift-dragging an as-is
 * point sets (or creates) the step's to-be value; a to-be value equal to the as-is one is drawn as a
 * ring around the as-is dot, and dragging that ring moves the to-be value.
 */
class EmotionCurveItem : public QGraphicsItem
{
public:
    enum { Type = EmotionCurveItemType };

    struct Point
    {
        QString step;
        qreal x = 0;
        int asIs = 0;
        std::optional<int> toBe;
    };

    EmotionCurveItem()
    {
        setZValue(1);
        setFlag(ItemUsesExtendedStyleOption); // paint() draws only the exposed stretch
    }
    int type() const override { return Type; }

    void setGeometry(qreal left, qreal width, qreal height);
    void setPoints(std::vector<Point> points);
    const std::vector<Point> &points() const { return mPoints; }
    /** Lane-local y of an emotion value. */
    qreal yFor(qreal emotion) const;

    QRectF boundingRect() const override { return QRectF(mLeft, 0, mWidth, mHeight); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    JourneyScene *journeyScene() const;
    /** Index of the point near `pos` (topmost as painted: as-is first), -1 if none. */
    int hit(const QPointF &pos, bool *toBe) const;
    /** The value shown for point `i` (the dragged value while dragging). */
    qreal shownValue(size_t i, bool toBe) const;
    /** Point `i` has a to-be value (or one being dragged) equal to its as-is value. */
    bool coincident(size_t i) const;
    void paintCurve(QPainter *painter, size_t from, size_t to, bool toBe);

    std::vector<Point> mPoints;
    qreal mLeft = 0;
    qreal mWidth = 0;
    qreal mHeight = 0;
    int mDragIndex = -1;
    bool mDragToBe = false;
    int mDragValue = 0;
};

} // namespace oi::editor
