// SPDX-License-Identifier: GPL-3.0-or-later
// The drawn parts of a process diagram in BPMN notation: the lanes behind, a shape per node
// (events as circles, tasks as rounded boxes, gateways as diamonds), sequence flows with arrowheads.
#pragma once

#include "editor/process/processdiagram.h"

#include <QGraphicsObject>

namespace oi::editor {

struct ProcessStyle;
class ProcessScene;

class ProcessLanesItem : public QGraphicsItem
{
public:
    ProcessLanesItem(const ProcessDiagram &diagram, const ProcessStyle &style);
    QRectF boundingRect() const override { return mDiagram.bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    ProcessDiagram mDiagram;
    const ProcessStyle &mStyle;
};

/** A node; drag it to move it (into another lane: another role does the task). */
class ProcessNodeItem : public QGraphicsObject
{
    Q_OBJECT
public:
    ProcessNodeItem(const ProcessNodeGeometry &node, const ProcessStyle &style, ProcessScene *scene);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    const ProcessNodeGeometry &node() const { return mNode; }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    ProcessNodeGeometry mNode; // relative to the item's position (the shape's top-left)
    const ProcessStyle &mStyle;
    ProcessScene *mScene;
    QPointF mPressedAt;
};

class ProcessFlowItem : public QGraphicsItem
{
public:
    ProcessFlowItem(const ProcessFlowGeometry &flow, const ProcessStyle &style);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    const ProcessFlowGeometry &flow() const { return mFlow; }

private:
    ProcessFlowGeometry mFlow;
    const ProcessStyle &mStyle;
};

} // namespace oi::editor
