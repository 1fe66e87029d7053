// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/journeylayout.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace oi::editor {

qreal JourneyLayout::laneHeight(Lane lane)
{
    switch (lane) {
    case Lane::CustomerActions: return 136;
    case Lane::Touchpoints: return 64;
    case Lane::Emotion: return 132;
    case Lane::PainPoints: return 104;
    case Lane::LineOfVisibility:
    case Lane::LineOfInteraction: return 26;
    case Lane::Metrics: return 64;
    default: return 60;
    }
}

JourneyLayout JourneyLayout::compute(
    const model::Journey &journey, const LaneConfig &lanes, const QHash<Lane, qreal> &heights)
{
    JourneyLayout l;
    qreal y = HeaderHeight;
    for (Lane lane : lanes.visibleLanes()) {
        const qreal height = heights.value(lane, laneHeight(lane));
        l.rows.append({ lane, y, height });
        y += height;
    }

    QSet<QString> known;
    for (const model::Stage &stage : journey.stages) {
        l.stages.append({ stage.id, stage.name, 0, 0, {} });
        known.insert(stage.id);
    }
    StageSpan orphans { QString(), QCoreApplication::translate("JourneyLayout", "(No stage)"), 0, 0, {} };
    QHash<QString, qsizetype> spanOf;
    for (qsizetype i = 0; i < l.stages.size(); ++i)
        spanOf.insert(l.stages[i].id, i);
    for (const model::Step &step : journey.steps) {
        if (known.contains(step.stage))
            l.stages[spanOf.value(step.stage)].steps.append(step.id);
        else
            orphans.steps.append(step.id);
    }
    if (!orphans.steps.isEmpty())
        l.stages.append(orphans);

    qreal x = LabelWidth;
    for (StageSpan &span : l.stages) {
        span.left = x;
        qreal cx = x + StagePadding;
        for (const QString &id : span.steps) {
            l.mColumn.insert(id, int(l.stepOrder.size()));
            l.mColumnLeft.append(cx);
            l.stepOrder.append(id);
            cx += ColumnWidth + ColumnGap;
        }
        const qsizetype n = std::max<qsizetype>(1, span.steps.size());
        span.right = x + 2 * StagePadding + n * ColumnWidth + (n - 1) * ColumnGap;
        x = span.right;
    }
    // An empty journey keeps room for the "no stages yet" hint.
    const qreal width = l.stages.isEmpty() ? LabelWidth + 960 : x + StagePadding;
    l.bounds = QRectF(0, 0, width, y + StagePadding);
    return l;
}

std::optional<JourneyLayout::Row> JourneyLayout::row(Lane lane) const
{
    for (const Row &r : rows) {
        if (r.lane == lane)
            return r;
    }
    return std::nullopt;
}

QRectF JourneyLayout::cell(const QString &step, Lane lane) const
{
    const int column = columnOf(step);
    const auto r = row(lane);
    if (column < 0 || !r)
        return {};
    return QRectF(columnLeft(column), r->top, ColumnWidth, r->height);
}

const JourneyLayout::StageSpan *JourneyLayout::stageAt(qreal x) const
{
    if (stages.isEmpty())
        return nullptr;
    for (const StageSpan &span : stages) {
        if (x < span.right)
            return &span;
    }
    return &stages.last();
}

QString JourneyLayout::stepAt(qreal x) const
{
    const auto it = std::upper_bound(mColumnLeft.begin(), mColumnLeft.end(), x);
    if (it == mColumnLeft.begin())
        return {};
    const qsizetype column = (it - mColumnLeft.begin()) - 1;
    return x < mColumnLeft[column] + ColumnWidth ? stepOrder.value(column) : QString();
}

std::pair<QString, int> JourneyLayout::dropTarget(qreal x, const QStringList &moving) const
{
    const StageSpan *span = stageAt(x);
    if (!span)
        return { QString(), -1 };
    int position = 0;
    for (const QString &id : span->steps) {
        if (moving.contains(id))
            continue;
        if (columnLeft(columnOf(id)) + ColumnWidth / 2 < x)
            ++position;
    }
    return { span->id, position };
}

} // namespace oi::editor
