// SPDX-License-Identifier: GPL-3.0-or-later
// Axes of the results charts: durations in the unit that reads best for the range shown, round
// steps from zero, and the hours of the day as clock times.
#pragma once

#include "model/project.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QValueAxis;
QT_END_NAMESPACE

namespace oi::editor::results {

/** Durations on an axis: value in the project's unit × factor, read in `unit` ("minutes"). */
struct TimeScale
{
    double factor = 1;
    QString unit;
};
/** Minutes up to two hours, hours up to two days, days beyond, for an axis reaching `largest`. */
TimeScale timeScaleFor(double largest, model::TimeUnit unit);

/** From `from` (0, or a round value) to a round top at or above `largest`, in about `intervals` round steps. */
QValueAxis *valueAxis(double largest, const QString &title, int intervals = 5, double from = 0);
/** The hours of the day, 0 to 24, labelled every three hours as clock times. */
QValueAxis *hourAxis(const QString &title);
/** "06:00" */
QString clockText(int hour);
/** "06:00–07:00" */
QString hourSpan(int hour);

} // namespace oi::editor::results
