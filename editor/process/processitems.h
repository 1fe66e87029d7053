// SPDX-License-Identifier: GPL-3.0-or-later
// The drawn parts of a process diagram in BPMN notation: the lanes behind, a shape per node
// (events as circles, tasks as rounded boxes, gateways as diamonds), sequence flows with arrowheads.
#pragma once

#include "editor/process/processdiagram.h"

#include <QGraphicsObject>
#include <QHash>

QT_BEGIN_NAMESPACE
class QGraphicsLineItem;
QT_END_NAMESPACE

namespace oi::editor {

struct ProcessStyle;
class ProcessScene;

class ProcessLanesItem : public QGraphicsItem
{
public:
    ProcessLanesItem(const ProcessDiagram &diagram, ProcessScene *scene);
    QRectF boundingRect() const override { return mDiagram.bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    ProcessDiagram mDiagram;
    ProcessScene *mScene;
};

/**
 * A node. Drag it to move it (into another lane: another role does the task), with the other
 * selected nodes; drag from its connection handle (the dot on its right) to another node to connect.
 */
class ProcessNodeItem : public QGraphicsObject
{
    Q_OBJECT
public:
    ProcessNodeItem(const ProcessNodeGeometry &node, const ProcessStyle &style, ProcessScene *scene);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    const ProcessNodeGeometry &node() const { return mNode; }
    /** The connection handle, in item coordinates. */
    QRectF handleRect() const;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    ProcessNodeGeometry mNode; // relative to the item's position (the shape's top-left)
    const ProcessStyle &mStyle;
    ProcessScene *mScene;
    QPointF mPressScene;
    QHash<ProcessNodeItem *, QPointF> mStarts; // every selected node's position when the drag began
    QGraphicsLineItem *mRubber = nullptr; // the flow being drawn from the handle
    bool mHover = false;
    bool mDragging = false;
};

/** A sequence flow; select it to see its ends, and drag an end onto another node to reconnect it. */
class ProcessFlowItem : public QGraphicsItem
{
public:
    ProcessFlowItem(const ProcessFlowGeometry &flow, ProcessScene *scene);
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    const ProcessFlowGeometry &flow() const { return mFlow; }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    ProcessFlowGeometry mFlow;
    ProcessScene *mScene;
    int mDraggedEnd = -1; // 0 the source, 1 the target, while reconnecting
    QGraphicsLineItem *mRubber = nullptr;
};

} // namespace oi::editor
