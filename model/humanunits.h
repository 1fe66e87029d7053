// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers as people read them: durations in the unit that reads best ("3 h 20 min", "1.1 days"),
// shares as percentages, counts as whole numbers. The project's own unit stays for machines.
#pragma once

#include "model/project.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace oi::model {

/** Minutes in one `unit`. */
double minutesPer(TimeUnit unit);
/** The unit named in results ("minute", "hour", "day"); minutes for anything else. */
TimeUnit timeUnitFromName(const QString &name);

/** How durations are shown: in the unit that reads best (the default), or always in one unit. A
 * person's display preference, the same for every view, so it lives here and not in each caller. */
enum class DurationDisplay { Automatic, Minutes, Hours, Days };
void setDurationDisplay(DurationDisplay display);
DurationDisplay durationDisplay();

/** `value` (in `unit`) as "35 s", "48.9 min", "3 h 20 min", "1.1 days"; "–" when not finite. */
QString humanDuration(double value, TimeUnit unit);
/** A mean with its 95 % half-width: "48.9 min ± 8.7 min" (the half-width alone when `n` < 2). */
QString humanDuration(double mean, double ci95, int n, TimeUnit unit);
/** A share 0..1 as "92 %" (whole percent; "< 1 %" above zero). */
QString percent(double share);
/** A whole amount with the project's currency: "€1,240", "-€391", "1,240 CHF", "1,240" (none). */
QString money(double amount, const QString &currency);
/** A count as a whole number, with its interval when there is one: "373 ± 11". */
QString wholeCount(double mean, double ci95, int n);
/** A rate per `unit` as a rate per hour or per day, whichever reads best: "61 per day". */
QString humanRate(double perUnit, TimeUnit unit);

/** Rows of cells as lines, each column as wide as its widest cell plus two spaces; `indent` first. */
QString textTable(const QList<QStringList> &rows, const QString &indent);

} // namespace oi::model
