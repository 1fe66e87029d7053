// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/process/processlegend.h"

#include <QFontMetricsF>
#include <QPainter>

namespace oi::editor {

ProcessLegendItem::ProcessLegendItem(
    const ProcessOverlay &overlay, const QRectF &diagram, const QFont &font, const QColor &text, const QColor &ground)
    : mLegend(overlay.legend)
    , mNote(overlay.legendNote)
    , mRect(diagram.left(), diagram.bottom(), diagram.width(), Height)
    , mFont(font)
    , mText(text)
    , mGround(ground)
{
    setZValue(5);
}

void ProcessLegendItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->fillRect(mRect, mGround);
    p->setRenderHint(QPainter::Antialiasing);
    p->setFont(mFont);
    const QFontMetricsF m(mFont);
    const double swatch = m.height() * 0.8;
    // Colours on the first line, what the figures are on the second: narrow diagrams keep both whole.
    double x = mRect.left() + 8;
    double y = mRect.top() + 4;
    for (const ProcessOverlay::Mark &mark : mLegend) {
        p->setPen(Qt::NoPen);
        p->setBrush(mark.color);
        p->drawRoundedRect(QRectF(x, y + (m.height() - swatch) / 2, swatch, swatch), 2, 2);
        x += swatch + 5;
        p->setPen(mText);
        const double width = m.horizontalAdvance(mark.label);
        p->drawText(QRectF(x, y, width + 1, m.height()), Qt::AlignLeft | Qt::AlignVCenter, mark.label);
        x += width + 18;
    }
    if (!mNote.isEmpty()) {
        if (!mLegend.isEmpty())
            y += m.height() + 2;
        x = mRect.left() + 8;
        p->setPen(mText);
        const double room = std::max(0.0, mRect.right() - x - 8);
        p->drawText(QRectF(x, y, room, m.height()), Qt::AlignLeft | Qt::AlignVCenter,
            m.elidedText(mNote, Qt::ElideRight, room));
    }
}

} // namespace oi::editor
