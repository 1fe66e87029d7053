// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's charts, built with Qt Charts from one run's results: each with its axes titled
// in people's units, every series named for the legend, hover texts, and its data as a table for CSV.
#pragma once

#include "simulation/results.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace oi::editor::results {

class ResultNames;

/** What a chart shows, as rows for a CSV file; the header names each column with its unit. */
struct ChartTable
{
    QStringList header;
    QList<QStringList> rows;
};

struct BuiltChart
{
    QChart *chart = nullptr; // the caller owns it
    ChartTable data;
    QString fileStem; // "role-utilisation": the default file name of its exports
    QString note; // a sentence under the chart when there is something to say ("no case completed")
    int minimumHeight = 320; // in pixels: room for every category label
    bool wide = false; // a line per role reads best across the whole dashboard, the legend beside it
    // The narrowest chart whose category labels fit: Qt Charts gives a category axis only about
    // 38 % of a chart's width, and cuts off what does not fit (0: no category labels).
    int readableWidth = 0;
};

/** The readable width of a bar chart whose longest category label is `categories`' widest. */
int readableWidthFor(const QStringList &categories);

/** Each role's busy share of its staff-time on duty, the constraint in red. */
BuiltChart utilisationChart(const sim::Results &results, const ResultNames &names);
/** Busy share by hour of the day, a line per role; hours with nobody on duty leave a gap. */
BuiltChart utilisationByHourChart(const sim::Results &results, const ResultNames &names);
/** Cases waiting for each role's tasks by hour of the day, a line per role. */
BuiltChart queueByHourChart(const sim::Results &results, const ResultNames &names);
/** The queue at the constraint's task by hour, with the hours nobody of its role is on duty. */
BuiltChart constraintQueueChart(const sim::Results &results, const ResultNames &names);
/** The cycle times of process `index` (into results.processes) as a histogram with p50 and p90. */
BuiltChart cycleTimeChart(const sim::Results &results, const ResultNames &names, int index);
/** The mean wait at each task, longest first, the constraint in red. */
BuiltChart waitsChart(const sim::Results &results, const ResultNames &names);

/** The colour of a role in every chart: the constraint red, the others by their order in the results. */
QColor roleColour(const sim::Results &results, const std::string &role);

} // namespace oi::editor::results
