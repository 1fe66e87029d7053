// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/journeypainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>
#include <QPolygonF>
#include <QTextLayout>

#include <cmath>
#include <numbers>

namespace oi::editor::JourneyPainter {

qreal wrappedHeight(qreal width, const QString &text, const QFont &font, int maxLines)
{
    if (text.isEmpty() || maxLines <= 0)
        return 0;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    while (lines < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        ++lines;
    }
    layout.endLayout();
    return lines * QFontMetricsF(font).lineSpacing();
}

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

void drawMomentOfTruth(QPainter *painter, const QPointF &centre, const QColor &color)
{
    QPolygonF star;
    for (int i = 0; i < 10; ++i) {
        const qreal r = i % 2 ? 3.0 : 7.0;
        const qreal a = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        star << centre + QPointF(r * std::cos(a), r * std::sin(a));
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(star);
}

void drawCustomerInitiated(QPainter *painter, const QPointF &centre, const QColor &color)
{
    painter->setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(centre, 6.5, 6.5);
    painter->drawLine(centre + QPointF(-3, 0), centre + QPointF(3, 0));
    painter->drawPolyline(
        QPolygonF { centre + QPointF(0.5, -2.5), centre + QPointF(3, 0), centre + QPointF(0.5, 2.5) });
}

void drawEvidence(QPainter *painter, const QPointF &centre, model::Evidence evidence, const QColor &color)
{
    painter->setPen(QPen(color, 1.2));
    painter->setBrush(evidence == model::Evidence::Observed ? QBrush(color) : QBrush(Qt::NoBrush));
    painter->drawEllipse(centre, 3.5, 3.5);
    if (evidence == model::Evidence::Research) {
        painter->setBrush(color);
        painter->drawPie(QRectF(centre - QPointF(3.5, 3.5), QSizeF(7, 7)), 90 * 16, 180 * 16);
    }
}

} // namespace oi::editor::JourneyPainter
