// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/journeycanvas.h"

#include "editor/journey/journeygriditem.h"
#include "editor/journey/journeyscene.h"
#include "editor/journey/stepitem.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace oi::editor {

JourneyCanvas::JourneyCanvas(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(NoAnchor);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlag(DontAdjustForAntialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
}

JourneyScene *JourneyCanvas::journeyScene() const
{
    return static_cast<JourneyScene *>(scene());
}

void JourneyCanvas::setZoom(qreal factor, const QPoint &anchor)
{
    factor = std::clamp(factor, 0.05, 4.0);
    const QPoint a = anchor.x() < 0 ? viewport()->rect().center() : anchor;
    const QPointF before = mapToScene(a);
    setTransform(QTransform::fromScale(factor, factor));
    const QPointF after = mapToScene(a);
    const QPointF delta = (before - after) * factor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::lround(delta.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::lround(delta.y())));
    emit zoomChanged(factor);
}

void JourneyCanvas::fitToWindow()
{
    if (!scene())
        return;
    const QRectF r = scene()->sceneRect();
    const QSize v = viewport()->size();
    if (r.isEmpty() || v.isEmpty())
        return;
    const qreal factor = std::min(v.width() / r.width(), v.height() / r.height());
    setTransform(QTransform::fromScale(std::clamp(factor, 0.05, 4.0), std::clamp(factor, 0.05, 4.0)));
    centerOn(r.center());
    emit zoomChanged(zoom());
}

void JourneyCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(1.15, steps), event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void JourneyCanvas::moveSelection(int dx, int dy)
{
    JourneyScene *s = journeyScene();
    if (!s)
        return;
    const JourneyLayout &l = s->layout();
    if (l.stepOrder.isEmpty())
        return;
    const QStringList selected = s->selectedStepIds();
    QString target;
    if (selected.isEmpty()) {
        target = l.stepOrder.first();
    } else if (dx != 0) {
        const qsizetype i = l.stepOrder.indexOf(dx < 0 ? selected.first() : selected.last());
        target = l.stepOrder.value(std::clamp<qsizetype>(i + dx, 0, l.stepOrder.size() - 1));
    } else {
        // Up/down: the first step of the previous/next non-empty stage.
        const QString current = selected.first();
        qsizetype stage = -1;
        for (qsizetype i = 0; i < l.stages.size(); ++i) {
            if (l.stages[i].steps.contains(current))
                stage = i;
        }
        for (qsizetype i = stage + dy; i >= 0 && i < l.stages.size(); i += dy) {
            if (!l.stages[i].steps.isEmpty()) {
                target = l.stages[i].steps.first();
                break;
            }
        }
        if (target.isEmpty())
            target = current;
    }
    s->selectSteps({ target });
    if (StepItem *item = s->stepItem(target)) {
        item->setFocus();
        ensureVisible(item, 40, 40);
    }
}

void JourneyCanvas::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !mSpaceHeld) {
        mSpaceHeld = true;
        setDragMode(ScrollHandDrag);
        // Items must not take the press, or the drag would move cards instead of the map.
        setInteractive(false);
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left: moveSelection(-1, 0); return;
    case Qt::Key_Right: moveSelection(1, 0); return;
    case Qt::Key_Up: moveSelection(0, -1); return;
    case Qt::Key_Down: moveSelection(0, 1); return;
    case Qt::Key_Home:
    case Qt::Key_End:
        if (JourneyScene *s = journeyScene(); s && !s->layout().stepOrder.isEmpty()) {
            const QString id
                = event->key() == Qt::Key_Home ? s->layout().stepOrder.first() : s->layout().stepOrder.last();
            s->selectSteps({ id });
            if (StepItem *item = s->stepItem(id))
                ensureVisible(item, 40, 40);
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (JourneyScene *s = journeyScene(); s && !s->selectedStepIds().isEmpty())
            s->requestStepEdit(s->selectedStepIds().first());
        return;
    case Qt::Key_Escape:
        if (scene())
            scene()->clearSelection();
        return;
    default: break;
    }
    QGraphicsView::keyPressEvent(event);
}

void JourneyCanvas::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        mSpaceHeld = false;
        setDragMode(RubberBandDrag);
        setInteractive(true);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void JourneyCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        mPanning = true;
        mPanLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (const QString stage = stickyStageAt(event->position()); !stage.isEmpty()) {
        if (event->button() == Qt::LeftButton) {
            journeyScene()->clearSelection();
            journeyScene()->selectStage(stage);
        }
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void JourneyCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const QString stage = stickyStageAt(event->position()); !stage.isEmpty()) {
        emit journeyScene()->stageEditRequested(stage);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

QString JourneyCanvas::stickyStageAt(const QPointF &viewportPos) const
{
    // Only while scrolled down: then drawForeground shows the headers over the map.
    JourneyScene *s = journeyScene();
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (!s || visible.top() <= 0.5 || viewportPos.y() >= JourneyLayout::HeaderHeight)
        return {};
    const QPointF p = mapToScene(viewportPos.toPoint());
    if (p.x() < visible.left() + JourneyLayout::LabelWidth)
        return {};
    const JourneyLayout::StageSpan *span = s->layout().stageAt(p.x());
    return span ? span->id : QString();
}

void JourneyCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (mPanning) {
        const QPoint p = event->position().toPoint();
        const QPoint d = p - mPanLast;
        mPanLast = p;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void JourneyCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (mPanning && event->button() == Qt::MiddleButton) {
        mPanning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void JourneyCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    emit contextMenuRequested(event->globalPos(), mapToScene(event->pos()));
    event->accept();
}

void JourneyCanvas::drawForeground(QPainter *painter, const QRectF &rect)
{
    // Keep lane titles and stage headers in view when the map is scrolled.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    JourneyScene *s = journeyScene();
    if (!s)
        return;
    const bool left = visible.left() > 0.5;
    const bool top = visible.top() > 0.5;
    if (left)
        JourneyGridItem::paintLaneTitles(painter, s, visible.left(), rect);
    if (left || top) {
        // Drawn in viewport pixels at their 100 % size: zoomed in, scene-sized bars would hide the
        // tops of the cards and clip their own titles.
        const qreal z = zoom();
        const qreal y = std::max<qreal>(0, visible.top());
        painter->save();
        painter->translate(visible.left(), y);
        painter->scale(1 / z, 1 / z);
        const QRectF exposed(0, 0, viewport()->width(), JourneyLayout::HeaderHeight);
        const qreal textLeft = left ? JourneyLayout::LabelWidth * z : 0;
        JourneyGridItem::paintStageHeaders(
            painter, s, 0, exposed, textLeft, [&](qreal sceneX) { return (sceneX - visible.left()) * z; });
        if (left)
            painter->fillRect(
                QRectF(0, 0, JourneyLayout::LabelWidth * z, JourneyLayout::HeaderHeight), s->style().canvas);
        painter->restore();
    }
}

} // namespace oi::editor
