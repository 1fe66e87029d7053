// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/process/processitems.h"

#include "editor/process/processscene.h"

#include <QCoreApplication>

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
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

// A light tint of an overlay colour, so dark text on it keeps its contrast.
QColor tint(const QColor &c, double strength = 0.28)
{
    const auto mix = [strength](int a) { return int(255 - (255 - a) * strength); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

void badge(QPainter *p, const QRectF &r, const QColor &fill, const QColor &line, const QString &text, const QFont &font)
{
    p->setPen(QPen(line, 1));
    p->setBrush(fill);
    p->drawRoundedRect(r, 3, 3);
    p->setFont(font);
    p->setPen(QColor(0x1a, 0x20, 0x2c));
    p->drawText(r, Qt::AlignCenter, text);
}

QRectF badgeRect(const QString &text, const QFont &font, const QPointF &bottomCentre)
{
    const QFontMetricsF m(font);
    const QSizeF size(m.horizontalAdvance(text) + 10, m.height() + 2);
    return QRectF(bottomCentre - QPointF(size.width() / 2, size.height()), size);
}

// Drops happen after the mouse event returns: the drop rebuilds the scene, deleting this item.
template<typename Fn> void later(QObject *context, Fn &&fn)
{
    QMetaObject::invokeMethod(context, std::forward<Fn>(fn), Qt::QueuedConnection);
}

} // namespace

ProcessLanesItem::ProcessLanesItem(const ProcessDiagram &diagram, ProcessScene *scene)
    : mDiagram(diagram)
    , mScene(scene)
{
    setZValue(-10);
}

void ProcessLanesItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const ProcessStyle &style = mScene->style();
    const ProcessOverlay &overlay = mScene->overlay();
    p->fillRect(mDiagram.bounds, style.canvas);
    for (std::size_t i = 0; i < mDiagram.lanes.size(); ++i) {
        const ProcessLaneGeometry &l = mDiagram.lanes[i];
        p->fillRect(l.rect, i % 2 ? style.laneAlternate : style.laneFill);
        const auto mark = overlay.lanes.constFind(l.role);
        const bool marked = mark != overlay.lanes.constEnd();
        p->fillRect(l.header, marked ? tint(mark->color, 0.45) : style.headerFill);
        p->setPen(QPen(style.laneLine, 1));
        p->drawLine(l.rect.bottomLeft(), l.rect.bottomRight());
        p->drawLine(l.header.topRight(), l.header.bottomRight());
        if (overlay.constraintRole == l.role) {
            p->setPen(QPen(style.constraint, 3));
            p->setBrush(Qt::NoBrush);
            p->drawRect(l.header.adjusted(1.5, 1.5, -1.5, -1.5));
        }
        p->setFont(style.headerFont);
        p->setPen(style.text);
        QRectF title = l.header.adjusted(8, 6, -8, -6);
        if (marked && !mark->label.isEmpty()) {
            const QFontMetricsF m(style.font);
            const QRectF label(title.left(), title.bottom() - m.height(), title.width(), m.height());
            p->setFont(style.font);
            p->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, mark->label);
            title.setBottom(label.top() - 2);
            p->setFont(style.headerFont);
        }
        p->drawText(title, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, l.title);
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
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(!scene->isReadOnly());
    setCursor(scene->isReadOnly() ? Qt::ArrowCursor : Qt::OpenHandCursor);
    QString tip = node.label;
    if (const auto mark = scene->overlay().nodes.constFind(node.id); mark != scene->overlay().nodes.constEnd())
        tip += u'\n' + mark->detail;
    setToolTip(tip);
    setData(0, node.id);
    setData(1, QStringLiteral("node"));
}

QRectF ProcessNodeItem::handleRect() const
{
    const QRectF &r = mNode.rect;
    return QRectF(r.right() + 4, r.center().y() - 6, 12, 12);
}

QRectF ProcessNodeItem::boundingRect() const
{
    QRectF all = (mNode.rect | mNode.labelRect | handleRect()).adjusted(-4, -4, 4, 4);
    const auto mark = mScene->overlay().nodes.constFind(mNode.id);
    if (mark != mScene->overlay().nodes.constEnd() || mScene->overlay().constraintNode == mNode.id)
        all.setTop(all.top() - 2 * QFontMetricsF(mStyle.font).height() - 8);
    return all;
}

void ProcessNodeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    const QRectF &r = mNode.rect;
    const ProcessOverlay &overlay = mScene->overlay();
    const auto mark = overlay.nodes.constFind(mNode.id);
    const bool marked = mark != overlay.nodes.constEnd();
    const bool constraint = overlay.constraintNode == mNode.id;
    p->setRenderHint(QPainter::Antialiasing);
    QPen line(selected ? mStyle.selection : mStyle.shapeLine, selected ? 2.5 : 1.5);
    if (constraint && !selected)
        line = QPen(mStyle.constraint, 3);
    p->setPen(line);
    p->setBrush(marked ? tint(mark->color) : mStyle.taskFill);
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
    // Overlay labels sit above the shape: the figure, and "Constraint" over it when it is the one.
    QPointF above(r.center().x(), r.top() - 3);
    if (marked && !mark->label.isEmpty()) {
        const QRectF b = badgeRect(mark->label, mStyle.font, above);
        badge(p, b, tint(mark->color, 0.55), mark->color.darker(130), mark->label, mStyle.font);
        above.setY(b.top() - 2);
    }
    if (constraint) {
        const QString text = QCoreApplication::translate("ProcessScene", "Constraint");
        QFont bold = mStyle.font;
        bold.setWeight(QFont::DemiBold);
        const QRectF b = badgeRect(text, bold, above);
        p->setPen(Qt::NoPen);
        p->setBrush(mStyle.constraint);
        p->drawRoundedRect(b, 3, 3);
        p->setFont(bold);
        p->setPen(Qt::white);
        p->drawText(b, Qt::AlignCenter, text);
    }
    if ((selected || mHover) && !mScene->isReadOnly() && mNode.type != model::NodeType::End) {
        p->setPen(QPen(mStyle.selection, 1.5));
        p->setBrush(mHover ? mStyle.selection : QColor(Qt::white));
        p->drawEllipse(handleRect().adjusted(1, 1, -1, -1));
    }
}

void ProcessNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    mHover = true;
    update();
    QGraphicsObject::hoverEnterEvent(event);
}

void ProcessNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    mHover = false;
    update();
    QGraphicsObject::hoverLeaveEvent(event);
}

void ProcessNodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    mPressScene = event->scenePos();
    mDragging = false;
    if (event->button() == Qt::LeftButton && !mScene->isReadOnly() && mNode.type != model::NodeType::End
        && handleRect().adjusted(-3, -3, 3, 3).contains(event->pos())) {
        const QPointF from = mapToScene(QPointF(mNode.rect.right(), mNode.rect.center().y()));
        mRubber = mScene->addLine(QLineF(from, from), QPen(mStyle.selection, 1.5, Qt::DashLine));
        mRubber->setZValue(30);
        event->accept();
        return;
    }
    QGraphicsObject::mousePressEvent(event);
    if (!isSelected() && !(event->modifiers() & Qt::ControlModifier)) {
        mScene->clearSelection();
        setSelected(true);
    }
    mStarts.clear();
    for (QGraphicsItem *item : mScene->selectedItems())
        if (auto *node = dynamic_cast<ProcessNodeItem *>(item))
            mStarts.insert(node, node->pos());
    mStarts.insert(this, pos());
}

void ProcessNodeItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (mRubber) {
        mRubber->setLine(QLineF(mRubber->line().p1(), event->scenePos()));
        return;
    }
    if (mScene->isReadOnly() || !(event->buttons() & Qt::LeftButton))
        return;
    const QPointF delta = event->scenePos() - mPressScene;
    if (!mDragging && delta.manhattanLength() < 4)
        return;
    mDragging = true;
    setZValue(5);
    // This node snaps (grid, guides); the others keep their distance to it.
    const QPointF start = mStarts.value(this);
    const QPointF at = mScene->snapped(mNode.id, mNode.rect, start + delta);
    const QPointF moved = at - start;
    for (auto it = mStarts.begin(); it != mStarts.end(); ++it)
        it.key()->setPos(it.value() + moved);
}

void ProcessNodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    ProcessScene *scene = mScene;
    const QString id = mNode.id;
    if (mRubber) {
        const QString target = scene->nodeAt(event->scenePos(), id);
        scene->removeItem(mRubber);
        delete mRubber;
        mRubber = nullptr;
        if (!target.isEmpty())
            later(scene, [scene, id, target] { scene->connectNodes(id, target); });
        return;
    }
    if (!mDragging) {
        QGraphicsObject::mouseReleaseEvent(event);
        if (!(event->modifiers() & Qt::ControlModifier)) {
            scene->clearSelection();
            setSelected(true);
        }
        emit scene->nodeActivated(id);
        return;
    }
    mDragging = false;
    QHash<QString, QPointF> drops;
    for (auto it = mStarts.constBegin(); it != mStarts.constEnd(); ++it)
        drops.insert(it.key()->node().id, it.key()->pos());
    later(scene, [scene, drops] { scene->dropNodes(drops); });
}

ProcessFlowItem::ProcessFlowItem(const ProcessFlowGeometry &flow, ProcessScene *scene)
    : mFlow(flow)
    , mScene(scene)
{
    setZValue(-1);
    setFlags(ItemIsSelectable);
    setToolTip(flow.label.isEmpty() ? flow.id : flow.label);
    setData(0, flow.id);
    setData(1, QStringLiteral("flow"));
}

QRectF ProcessFlowItem::boundingRect() const
{
    return (mFlow.path.boundingRect() | mFlow.labelRect).adjusted(-8, -8, 8, 8);
}

QPainterPath ProcessFlowItem::shape() const
{
    QPainterPath line;
    line.addPolygon(mFlow.path);
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath hit = stroker.createStroke(line);
    hit.addRect(mFlow.labelRect);
    return hit;
}

void ProcessFlowItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const ProcessStyle &style = mScene->style();
    const bool selected = option->state & QStyle::State_Selected;
    const QColor colour = selected ? style.selection : style.flow;
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(colour, selected ? 2.5 : 1.5));
    p->setBrush(Qt::NoBrush);
    p->drawPolyline(mFlow.path);
    const QPointF tip = mFlow.path.last();
    const QPointF before = mFlow.path.at(mFlow.path.size() - 2);
    const double angle = std::atan2(tip.y() - before.y(), tip.x() - before.x());
    const auto at = [&](double a, double len) { return tip - QPointF(std::cos(a) * len, std::sin(a) * len); };
    p->setBrush(colour);
    p->drawPolygon(QPolygonF { tip, at(angle + 0.4, 10), at(angle - 0.4, 10) });
    if (!mFlow.label.isEmpty()) {
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(255, 255, 255, 230));
        p->drawRoundedRect(mFlow.labelRect, 3, 3);
        p->setFont(style.font);
        p->setPen(style.label);
        p->drawText(mFlow.labelRect, Qt::AlignCenter | Qt::TextWordWrap, mFlow.label);
    }
    if (selected && !mScene->isReadOnly()) {
        p->setPen(QPen(style.selection, 1.5));
        p->setBrush(Qt::white);
        for (const QPointF &end : { mFlow.path.first(), mFlow.path.last() })
            p->drawRect(QRectF(end - QPointF(4, 4), QSizeF(8, 8)));
    }
}

void ProcessFlowItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    mDraggedEnd = -1;
    if (isSelected() && !mScene->isReadOnly() && event->button() == Qt::LeftButton) {
        const QPointF ends[] = { mFlow.path.first(), mFlow.path.last() };
        for (int i = 0; i < 2; ++i)
            if (QLineF(ends[i], event->pos()).length() < 9) {
                mDraggedEnd = i;
                mRubber = mScene->addLine(
                    QLineF(ends[1 - i], event->scenePos()), QPen(mScene->style().selection, 1.5, Qt::DashLine));
                mRubber->setZValue(30);
                event->accept();
                return;
            }
    }
    QGraphicsItem::mousePressEvent(event);
}

void ProcessFlowItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (mRubber)
        mRubber->setLine(QLineF(mRubber->line().p1(), event->scenePos()));
}

void ProcessFlowItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!mRubber) {
        QGraphicsItem::mouseReleaseEvent(event);
        return;
    }
    ProcessScene *scene = mScene;
    scene->removeItem(mRubber);
    delete mRubber;
    mRubber = nullptr;
    const QString target = scene->nodeAt(event->scenePos());
    const QString flow = mFlow.id;
    const model::FlowEnd end = mDraggedEnd == 0 ? model::FlowEnd::Source : model::FlowEnd::Target;
    const QString unchanged = mDraggedEnd == 0 ? mFlow.from : mFlow.to;
    mDraggedEnd = -1;
    if (!target.isEmpty() && target != unchanged)
        later(scene, [scene, flow, end, target] { scene->reconnectFlow(flow, end, target); });
}

} // namespace oi::editor
