// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/process/processitems.h"

#include "editor/process/processscene.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace oi::editor {

namespace {

void gatewayMark(QPainter *p, const QRectF &r, model::NodeType type, const QColor &colour)
{
    p->setPen(QPen(colour, 2.4, Qt::SolidLine, Qt::RoundCap));
    const QPointF c = r.center();
    const double s = r.width() * 0.18;
    if (type == model::NodeType::Xor) { // exclusive: an X
        p->drawLine(c + QPointF(-s, -s), c + QPointF(s, s));
        p->drawLine(c + QPointF(-s, s), c + QPointF(s, -s));
    } else { // parallel: a +
        p->drawLine(c + QPointF(0, -s * 1.3), c + QPointF(0, s * 1.3));
        p->drawLine(c + QPointF(-s * 1.3, 0), c + QPointF(s * 1.3, 0));
    }
}

void clock(QPainter *p, const QRectF &r, const QColor &colour)
{
    const QRectF face = r.adjusted(r.width() * 0.22, r.height() * 0.22, -r.width() * 0.22, -r.height() * 0.22);
    p->setPen(QPen(colour, 1.2));
    p->drawEllipse(face);
    p->drawLine(face.center(), face.center() + QPointF(0, -face.height() * 0.35));
    p->drawLine(face.center(), face.center() + QPointF(face.width() * 0.28, 0));
}

// Drops happen after the mouse event returns: the drop rebuilds the scene, deleting this item.
template<typename Fn> void later(QObject *context, Fn &&fn)
{
    QMetaObject::invokeMethod(context, std::forward<Fn>(fn), Qt::QueuedConnection);
}

} // namespace

ProcessLanesItem::ProcessLanesItem(const ProcessDiagram &diagram, const ProcessStyle &style)
    : mDiagram(diagram)
    , mStyle(style)
{
    setZValue(-10);
}

void ProcessLanesItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->fillRect(mDiagram.bounds, mStyle.canvas);
    for (std::size_t i = 0; i < mDiagram.lanes.size(); ++i) {
        const ProcessLaneGeometry &l = mDiagram.lanes[i];
        p->fillRect(l.rect, i % 2 ? mStyle.laneAlternate : mStyle.laneFill);
        p->fillRect(l.header, mStyle.headerFill);
        p->setPen(QPen(mStyle.laneLine, 1));
        p->drawLine(l.rect.bottomLeft(), l.rect.bottomRight());
        p->drawLine(l.header.topRight(), l.header.bottomRight());
        p->setFont(mStyle.headerFont);
        p->setPen(mStyle.text);
        p->drawText(l.header.adjusted(8, 6, -8, -6), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, l.title);
    }
}

ProcessNodeItem::ProcessNodeItem(const ProcessNodeGeometry &node, const ProcessStyle &style, ProcessScene *scene)
    : mNode(node)
    , mStyle(style)
    , mScene(scene)
{
    const QPointF origin = node.rect.topLeft();
    mNode.rect.translate(-origin);
    mNode.labelRect.translate(-origin);
    setPos(origin);
    setFlags(ItemIsMovable | ItemIsSelectable);
    setCursor(Qt::OpenHandCursor);
    setToolTip(node.label + QStringLiteral(" (") + node.id + u')');
    setData(0, node.id);
}

QRectF ProcessNodeItem::boundingRect() const
{
    return (mNode.rect | mNode.labelRect).adjusted(-4, -4, 4, 4);
}

void ProcessNodeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    const QRectF &r = mNode.rect;
    p->setRenderHint(QPainter::Antialiasing);
    const QPen line(selected ? mStyle.selection : mStyle.shapeLine, selected ? 2.5 : 1.5);
    p->setPen(line);
    p->setBrush(mStyle.taskFill);
    switch (mNode.type) {
    case model::NodeType::Start: p->drawEllipse(r); break;
    case model::NodeType::End:
        p->setPen(QPen(line.color(), 3.5));
        p->drawEllipse(r.adjusted(1.5, 1.5, -1.5, -1.5));
        break;
    case model::NodeType::Timer:
        p->drawEllipse(r);
        p->drawEllipse(r.adjusted(3, 3, -3, -3));
        clock(p, r, line.color());
        break;
    case model::NodeType::Task: p->drawRoundedRect(r, 10, 10); break;
    case model::NodeType::Xor:
    case model::NodeType::AndSplit:
    case model::NodeType::AndJoin: {
        const QPolygonF diamond { QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()),
            QPointF(r.center().x(), r.bottom()), QPointF(r.left(), r.center().y()) };
        p->drawPolygon(diamond);
        gatewayMark(p, r, mNode.type, line.color());
        break;
    }
    }
    p->setFont(mStyle.font);
    p->setPen(mStyle.text);
    const int align = mNode.type == model::NodeType::Task ? Qt::AlignCenter : Qt::AlignHCenter | Qt::AlignTop;
    p->drawText(mNode.labelRect, align | Qt::TextWordWrap, mNode.label);
}

void ProcessNodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    mPressedAt = pos();
    setZValue(5);
    QGraphicsObject::mousePressEvent(event);
}

void ProcessNodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsObject::mouseReleaseEvent(event);
    setZValue(0);
    if (pos() == mPressedAt) {
        emit mScene->nodeActivated(mNode.id);
        return;
    }
    ProcessScene *scene = mScene;
    const QString id = mNode.id;
    const QPointF topLeft = pos();
    later(scene, [scene, id, topLeft] { scene->dropNode(id, topLeft); });
}

ProcessFlowItem::ProcessFlowItem(const ProcessFlowGeometry &flow, const ProcessStyle &style)
    : mFlow(flow)
    , mStyle(style)
{
    setZValue(-1);
    setToolTip(flow.label.isEmpty() ? flow.id : flow.label);
}

QRectF ProcessFlowItem::boundingRect() const
{
    return (mFlow.path.boundingRect() | mFlow.labelRect).adjusted(-8, -8, 8, 8);
}

void ProcessFlowItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(mStyle.flow, 1.5));
    p->setBrush(Qt::NoBrush);
    p->drawPolyline(mFlow.path);
    const QPointF tip = mFlow.path.last();
    const QPointF before = mFlow.path.at(mFlow.path.size() - 2);
    const double angle = std::atan2(tip.y() - before.y(), tip.x() - before.x());
    const auto at = [&](double a, double len) { return tip - QPointF(std::cos(a) * len, std::sin(a) * len); };
    p->setBrush(mStyle.flow);
    p->drawPolygon(QPolygonF { tip, at(angle + 0.4, 10), at(angle - 0.4, 10) });
    if (!mFlow.label.isEmpty()) {
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(255, 255, 255, 230));
        p->drawRoundedRect(mFlow.labelRect, 3, 3);
        p->setFont(mStyle.font);
        p->setPen(mStyle.label);
        p->drawText(mFlow.labelRect, Qt::AlignCenter, mFlow.label);
    }
}

} // namespace oi::editor
