// SPDX-License-Identifier: GPL-3.0-or-later
// What the dashboard's KPI tiles say, in people's words and units, every figure with its 95 %
// interval: per process throughput, cycle time, customers lost and still in process, waiting;
// per goal of the strategy its measure against the target, met, not met or uncertain.
#pragma once

#include "model/project.h"

#include "simulation/results.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace oi::editor::results {

enum class Tone { Neutral, Good, Bad, Uncertain };

struct TileText
{
    QString title; // "Throughput"
    QString value; // "61.1 per day"
    QString interval; // "± 1.3 per day": the 95 % half-width, in the value's unit; empty when none
    QStringList lines; // further figures, each with its interval
    QString verdict; // goals: "Met", "Not met", "Uncertain"
    Tone tone = Tone::Neutral;
    QString tip; // the tooltip: how the figure was measured
};

struct TileRow
{
    QString title; // the process's name
    QString subtitle; // "runs in place of Order to activation"
    QList<TileText> tiles;
};

/** A row per process of `results`, in results order; `project` may be null (ids are shown then). */
QList<TileRow> processTiles(const model::Project *project, const sim::Results &results);
/** A tile per goal with a measure (none without a project). */
QList<TileText> goalTiles(const model::Project *project, const sim::Results &results);

/** "61.1 per day" and "± 1.3 per day": a rate and its interval in the same unit (per hour from 10 an hour). */
QString rateText(double perUnit, model::TimeUnit unit);
QString rateInterval(double perUnit, double ci95, model::TimeUnit unit);

} // namespace oi::editor::results
