// SPDX-License-Identifier: GPL-3.0-or-later
// Measuring a laid-out Qt chart the way a reader sees it: the texts it draws (axis labels,
// titles, legend entries) as the items of its scene, their rectangles and whether Qt elided them.
#pragma once

#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QFontMetricsF>
#include <QTextDocument>

#include <cmath>

namespace oi::test {

struct DrawnText
{
    QString text;
    QRectF rect; // in scene coordinates: where its glyphs are inked (no leading, no margins)
};

/** Every visible text the chart draws, with the rectangle its glyphs cover. */
inline QList<DrawnText> drawnTexts(QChart *chart)
{
    QList<DrawnText> out;
    if (!chart || !chart->scene())
        return out;
    for (QGraphicsItem *item : chart->scene()->items()) {
        if (!item->isVisible() || item->effectiveOpacity() <= 0)
            continue;
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item)) {
            // Chart labels are single lines laid out from the document's margin; their ink sits
            // around the baseline, one ascent below the top.
            const QString plain = text->toPlainText();
            if (plain.trimmed().isEmpty())
                continue;
            const double m = text->document()->documentMargin();
            const QFontMetricsF metrics(text->font());
            const QRectF ink = metrics.tightBoundingRect(plain).translated(m, m + metrics.ascent());
            out.append({ plain, text->mapRectToScene(ink) });
        } else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
            if (simple->text().trimmed().isEmpty())
                continue;
            const QFontMetricsF metrics(simple->font());
            const QRectF ink = metrics.tightBoundingRect(simple->text()).translated(0, metrics.ascent());
            out.append({ simple->text(), simple->mapRectToScene(ink) });
        }
    }
    return out;
}

/** WCAG 2 contrast ratio of two colours (1 to 21). */
inline double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace oi::test
