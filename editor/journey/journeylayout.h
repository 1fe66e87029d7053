// SPDX-License-Identifier: GPL-3.0-or-later
// Geometry of a journey map: stages are columns holding one sub-column per step, lanes are rows.
// Pure computation from the model, so the scene, the exporters and tests agree on where things are.
#pragma once

#include "editor/journey/lanes.h"

#include "model/project.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <optional>

namespace oi::editor {

struct JourneyLayout
{
    static constexpr qreal LabelWidth = 172; // lane titles on the left
    static constexpr qreal HeaderHeight = 52; // stage names on top
    static constexpr qreal ColumnWidth = 212; // one step
    static constexpr qreal ColumnGap = 14;
    static constexpr qreal StagePadding = 12;
    static constexpr qreal CellPadding = 8;

    struct Row
    {
        Lane lane;
        qreal top = 0;
        qreal height = 0;
    };
    struct StageSpan
    {
        QString id; // empty for steps whose stage does not exist
        QString name;
        qreal left = 0;
        qreal right = 0;
        QStringList steps;
    };

    /** `heights` replaces laneHeight() for the lanes it names (lanes sized to their content). */
    static JourneyLayout compute(
        const model::Journey &journey, const LaneConfig &lanes, const QHash<Lane, qreal> &heights = {});
    static qreal laneHeight(Lane lane);

    /** The visible row of `lane`, if shown. */
    std::optional<Row> row(Lane lane) const;
    /** Left edge of step column `column` (0-based, in display order). */
    qreal columnLeft(int column) const { return mColumnLeft.value(column); }
    int columnOf(const QString &step) const { return mColumn.value(step, -1); }
    /** The cell of `step` in `lane` (null rect when either is not shown). */
    QRectF cell(const QString &step, Lane lane) const;
    /** Stage and position a step dropped at scene x `x` lands on, not counting `moving` steps. */
    std::pair<QString, int> dropTarget(qreal x, const QStringList &moving) const;
    const StageSpan *stageAt(qreal x) const;
    /** The step whose column contains scene x `x`, or empty. */
    QString stepAt(qreal x) const;

    QList<Row> rows;
    QList<StageSpan> stages;
    QStringList stepOrder; // display order
    QRectF bounds;

private:
    QHash<QString, int> mColumn;
    QList<qreal> mColumnLeft;
};

} // namespace oi::editor
