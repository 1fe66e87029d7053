// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/chartstyle.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>

#include <iterator>

namespace oi::editor::results {

namespace {
const char *kColour = "oiColour";
const char *kWidth = "oiWidth";
const char *kDashed = "oiDashed";
const char *kContinuation = "oiContinuation";

void drawSeries(QAbstractSeries *series)
{
    const QColor colour = series->property(kColour).value<QColor>();
    if (!colour.isValid())
        return;
    QPen pen(colour, series->property(kWidth).toDouble());
    if (series->property(kDashed).toBool())
        pen.setStyle(Qt::DashLine);
    if (auto *area = qobject_cast<QAreaSeries *>(series)) {
        QColor fill = colour;
        fill.setAlphaF(0.35);
        area->setBrush(fill);
        area->setPen(pen);
    } else if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
        scatter->setColor(colour);
        scatter->setBorderColor(colour);
    } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
        line->setPen(pen);
    }
}
} // namespace

QColor seriesColour(int index)
{
    // Eight hues apart from the constraint's red, each between 3.3:1 and 4.7:1 against white and at
    // least 3.5:1 against the dark theme's ground (WCAG's bar for lines and bars).
    static const QColor colours[]
        = { QColor(0x4e, 0x79, 0xa7), QColor(0xd9, 0x73, 0x0d), QColor(0x2e, 0x9e, 0x5b), QColor(0x9b, 0x59, 0xb6),
              QColor(0x1f, 0x9a, 0xa3), QColor(0x9c, 0x75, 0x5f), QColor(0xc2, 0x41, 0x9a), QColor(0x7d, 0x8c, 0x1e) };
    const int n = int(std::size(colours));
    return colours[((index % n) + n) % n];
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void setSeriesLook(QAbstractSeries *series, const QColor &colour, double width, bool dashed)
{
    series->setProperty(kColour, colour);
    series->setProperty(kWidth, width);
    series->setProperty(kDashed, dashed);
    drawSeries(series);
}

void setBarSetLook(QBarSet *set, const QColor &colour)
{
    set->setProperty(kColour, colour);
    set->setColor(colour);
    set->setBorderColor(colour);
}

void setContinuation(QAbstractSeries *series, QAbstractSeries *first)
{
    series->setProperty(kContinuation, QVariant::fromValue(static_cast<QObject *>(first)));
}

bool isContinuation(const QAbstractSeries *series)
{
    return series->property(kContinuation).isValid();
}

void styleChart(QChart *chart, const QPalette &palette)
{
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QColor ground = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15);
    chart->setBackgroundBrush(ground);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont font = QApplication::font();
    QFont title = font;
    title.setBold(true);
    title.setPointSizeF(font.pointSizeF() * 1.1);
    chart->setTitleFont(title);
    chart->setTitleBrush(text);
    chart->legend()->setFont(font);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(font);
        axis->setLabelsColor(text);
        QFont axisTitle = font;
        axisTitle.setBold(true);
        axis->setTitleFont(axisTitle);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setTruncateLabels(false);
    }
    for (QAbstractSeries *series : chart->series()) {
        drawSeries(series);
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets()) {
                const QColor colour = set->property(kColour).value<QColor>();
                if (colour.isValid()) {
                    set->setColor(colour);
                    set->setBorderColor(colour);
                }
                set->setLabelColor(text);
            }
        if (isContinuation(series))
            for (QLegendMarker *marker : chart->legend()->markers(series))
                marker->setVisible(false);
    }
}

} // namespace oi::editor::results
