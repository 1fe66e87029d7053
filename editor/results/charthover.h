// SPDX-License-Identifier: GPL-3.0-or-later
// Hovering a bar or a line shows its figures in a tooltip, in people's units.
#pragma once

#include <QPointF>
#include <QStringList>

#include <functional>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QBarSet;
class QXYSeries;
QT_END_NAMESPACE

namespace oi::editor::results {

/** The tooltip of bar i of `set` is texts[i]. */
void hoverTexts(QBarSet *set, const QStringList &texts);
/** The tooltip at a point of `series` (in chart values) is text(point). */
void hoverTexts(QXYSeries *series, const std::function<QString(const QPointF &)> &text);
void hoverTexts(QAreaSeries *series, const std::function<QString(const QPointF &)> &text);

} // namespace oi::editor::results
