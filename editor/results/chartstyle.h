// SPDX-License-Identifier: GPL-3.0-or-later
// How every results chart looks: the theme follows the palette (dark grounds get the dark theme),
// text in the palette's colours, and series colours that read on light and dark grounds alike.
// Series keep their colour in a property because a theme change repaints every series.
#pragma once

#include <QColor>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QBarSet;
class QChart;
QT_END_NAMESPACE

namespace oi::editor::results {

/** The n-th colour for series that are not the constraint (which is always red). */
QColor seriesColour(int index);
bool isDark(const QPalette &palette);

/** Remembers how a series is drawn, so styleChart can draw it so again after a theme change. */
void setSeriesLook(QAbstractSeries *series, const QColor &colour, double width = 2, bool dashed = false);
void setBarSetLook(QBarSet *set, const QColor &colour);
/** Marks a series as the continuation of another (a line broken by hours off duty): no legend entry. */
void setContinuation(QAbstractSeries *series, QAbstractSeries *first);
bool isContinuation(const QAbstractSeries *series);

/** Theme, ground, fonts and text colours of `chart` from `palette`, then every series' own look. */
void styleChart(QChart *chart, const QPalette &palette);

} // namespace oi::editor::results
