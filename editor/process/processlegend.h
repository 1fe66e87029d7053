// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/process/processoverlay.h"

#include <QFont>
#include <QGraphicsItem>

namespace oi::editor {

/**
 * The overlay's legend under the diagram: a swatch and a word for each colour, then what the
 * figures are (or why there are none). Part of the scene, so exported pictures carry it too.
 */
class ProcessLegendItem : public QGraphicsItem
{
public:
    ProcessLegendItem(const ProcessOverlay &overlay, const QRectF &diagram, const QFont &font, const QColor &text,
        const QColor &ground);
    QRectF boundingRect() const override { return mRect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /** The room under the diagram the legend needs. */
    static constexpr double Height = 46;

private:
    QList<ProcessOverlay::Mark> mLegend;
    QString mNote;
    QRectF mRect;
    QFont mFont;
    QColor mText;
    QColor mGround;
};

} // namespace oi::editor
