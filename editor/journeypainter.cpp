// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeypainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace oi::editor::JourneyPainter {

qreal drawWrapped(
    QPainter *painter, const QRectF &rect, const QString &text, const QFont &font, const QColor &color, int maxLines)
{
    if (text.isEmpty() || maxLines <= 0)
        return 0;
    const QFontMetricsF fm(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    qreal y = 0;
    int lines = 0;
    QString lastLineText;
    bool elided = false;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        if (lines + 1 == maxLines || y + 2 * fm.lineSpacing() > rect.height()) {
            // Last line we may draw: if text remains, elide it ourselves.
            const QString rest = text.mid(line.textStart());
            lastLineText = fm.elidedText(rest.simplified(), Qt::ElideRight, rect.width());
            elided = true;
            line.setPosition(QPointF(0, y));
            y += fm.lineSpacing();
            ++lines;
            break;
        }
        line.setPosition(QPointF(0, y));
        y += fm.lineSpacing();
        ++lines;
    }
    layout.endLayout();
    painter->save();
    painter->setPen(color);
    painter->setFont(font);
    const int full = elided ? lines - 1 : lines;
    for (int i = 0; i < full; ++i)
        layout.lineAt(i).draw(painter, rect.topLeft());
    if (elided) {
        painter->drawText(
            QPointF(rect.left(), rect.top() + (lines - 1) * fm.lineSpacing() + fm.ascent()), lastLineText);
    }
    painter->restore();
    return y;
}

qreal chipWidth(const QString &text, const QFont &font, qreal maxWidth)
{
    return std::min(maxWidth, QFontMetricsF(font).horizontalAdvance(text) + 16);
}

void drawChip(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font, const QColor &fill,
    const QColor &border, const QColor &textColor, bool broken)
{
    painter->save();
    QPen pen(border, 1);
    if (broken)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(fill);
    const qreal r = rect.height() / 2;
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), r, r);
    painter->setPen(textColor);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const QRectF textRect = rect.adjusted(8, 0, -8, 0);
    painter->drawText(
        textRect, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace oi::editor::JourneyPainter
