// SPDX-License-Identifier: GPL-3.0-or-later
// Measuring a laid-out Qt chart the way a reader sees it: the texts it draws (axis labels,
// titles, legend entries) as the items of its scene, their rectangles and whether Qt elided them.
#pragma once

#include "editor/results/chartstyle.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
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

inline QString rectText(const QRectF &r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

/**
 * What a reader would find wrong with a laid-out chart, or empty: a title; both axes titled, value
 * axes with their unit in brackets, no label truncated; every series and bar set named in a
 * visible legend entry (continuations of a broken line apart); and every text it draws inside the
 * chart, not elided, its ink clear of every other's.
 */
inline QString chartProblem(QChart *chart)
{
    const QString name = chart->title();
    if (name.isEmpty())
        return QStringLiteral("a chart without a title");
    if (chart->axes().size() != 2)
        return name + QStringLiteral(": not two axes");
    for (QAbstractAxis *axis : chart->axes()) {
        const QString title = axis->titleText();
        const bool categories = axis->type() == QAbstractAxis::AxisTypeBarCategory;
        if (title.isEmpty() || (!categories && !(title.contains(u'(') && title.endsWith(u')'))))
            return name + QStringLiteral(": axis title without a unit: ") + title;
        if (axis->labelsTruncated())
            return name + QStringLiteral(": labels truncated on ") + title;
    }
    QStringList legend;
    for (QLegendMarker *marker : chart->legend()->markers())
        if (marker->isVisible())
            legend << marker->label();
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                if (!legend.contains(set->label()))
                    return name + QStringLiteral(": not in the legend: ") + set->label();
        } else if (!editor::results::isContinuation(series)
            && (series->name().isEmpty() || !legend.contains(series->name()))) {
            return name + QStringLiteral(": not in the legend: ") + series->name();
        }
    }
    const QList<DrawnText> texts = drawnTexts(chart);
    if (texts.size() < 5)
        return name + QStringLiteral(": hardly any text drawn");
    const QRectF drawn = chart->sceneBoundingRect();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (!drawn.contains(texts[i].rect))
            return QStringLiteral("%1: \"%2\" %3 is cut off by the chart's edge %4")
                .arg(name, texts[i].text, rectText(texts[i].rect), rectText(drawn));
        if (texts[i].text.endsWith(QLatin1String("...")) || texts[i].text.endsWith(QChar(0x2026)))
            return name + QStringLiteral(": elided ") + texts[i].text;
        for (qsizetype j = i + 1; j < texts.size(); ++j)
            if (texts[i].rect.intersects(texts[j].rect))
                return QStringLiteral("%1: \"%2\" %3 overlaps \"%4\" %5")
                    .arg(name, texts[i].text, rectText(texts[i].rect), texts[j].text, rectText(texts[j].rect));
    }
    return {};
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
