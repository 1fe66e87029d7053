// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include "editor/journey/itemtypes.h"

#include <QGraphicsItem>

namespace oi::editor {

class JourneyScene;
struct JourneyStyle;

/**
 * The map's frame: stage headers, lane bands and titles, stage separators, and the lines of
 * visibility and internal interaction. Paints only what is exposed, so large maps stay fast.
 */
class JourneyGridItem : public QGraphicsItem
{
public:
    enum { Type = JourneyGridItemType };

    JourneyGridItem();
    int type() const override { return Type; }
    void updateGeometry();

    QRectF boundingRect() const override { return mBounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /** Paints the lane title column at scene x `left` (the view keeps it visible when scrolled). */
    /**
     * Paints the stage header bars at y `top`, names starting right of `textLeft` (the view keeps
     * headers and names visible when scrolled). `mapX` maps a scene x to where it is drawn (the
     * canvas's sticky headers keep their 100 % size while the map is zoomed); identity when empty.
     */
    static void paintStageHeaders(QPainter *painter, const JourneyScene *s, qreal top, const QRectF &exposed,
        qreal textLeft = 0, const std::function<qreal(qreal)> &mapX = {});
    static void paintLaneTitles(QPainter *painter, const JourneyScene *scene, qreal left, const QRectF &exposed);

private:
    JourneyScene *journeyScene() const;
    /** The card markers' legend from `at` (top left) down to `bottom` at most. */
    static void paintCardLegend(QPainter *painter, const JourneyStyle &st, QPointF at, qreal bottom);
    QRectF mBounds;
};

} // namespace oi::editor
