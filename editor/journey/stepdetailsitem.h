// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/entitykind.h"
#include "editor/journey/itemtypes.h"
#include "editor/journey/lanes.h"

#include "model/project.h"

#include <QColor>
#include <QGraphicsItem>

#include <vector>

namespace oi::editor {

struct JourneyLayout;
class JourneyScene;
struct JourneyStyle;

/**
 * A step's cells in every lane below the card except the emotion curve: touchpoint, pain points
 * and opportunities, role/process/requirement chips, metrics. Clicking a chip activates it.
 */
class StepDetailsItem : public QGraphicsItem
{
public:
    enum { Type = StepDetailsItemType };

    StepDetailsItem()
    {
        setZValue(1);
        setAcceptedMouseButtons(Qt::LeftButton);
        setAcceptHoverEvents(true);
    }
    int type() const override { return Type; }

    /** Re-reads the step and link names, lays out chips for the current lanes. */
    void syncFromModel(const model::Step &step, const model::Project &project, const JourneyLayout &layout);
    static constexpr int PainPointLines = 4; // per pain point or opportunity, then elided
    /** The pain-points lane height that shows all of `step`'s pain points and opportunities. */
    static qreal painPointsHeightFor(const model::Step &step, const JourneyStyle &style);
    QString stepId() const { return mStep.id; }

    QRectF boundingRect() const override { return mBounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    struct Chip
    {
        QRectF rect;
        EntityKind kind;
        QString id;
        QString label;
        bool broken = false; // links to an id the project does not have
        QString detail; // tooltip: a requirement's text, or what a "+n" chip stands for
    };
    const std::vector<Chip> &chips() const { return mChips; }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    JourneyScene *journeyScene() const;
    void paintCell(QPainter *painter, Lane lane, const QRectF &cell);

    model::Step mStep;
    std::vector<std::pair<Lane, QRectF>> mCells; // item coordinates
    std::vector<Chip> mChips;
    QRectF mBounds;
};

} // namespace oi::editor
