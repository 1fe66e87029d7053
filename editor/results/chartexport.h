// SPDX-License-Identifier: GPL-3.0-or-later
// A chart as a picture (PNG, SVG) and its data as CSV, each written atomically.
#pragma once

#include "editor/results/resultscharts.h"

#include <QByteArray>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace oi::editor::results {

/**
 * CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read the names right): cells with a
 * comma, quote or line break quoted; a text cell a spreadsheet would run as a formula (first
 * character =, +, -, @, tab or carriage return) gets a leading apostrophe. Numbers stay numbers.
 */
QByteArray csvText(const ChartTable &table);
/** The cell as csvText writes it. */
QString csvCell(const QString &cell);
bool writeCsv(const QString &fileName, const ChartTable &table, QString *error);

/** The chart as it is laid out now, to PNG or SVG (by the extension of `fileName`). */
bool writeChartPicture(QChart *chart, const QString &fileName, QString *error);

} // namespace oi::editor::results
