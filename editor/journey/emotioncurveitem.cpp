// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/emotioncurveitem.h"

#include "editor/journey/journeyscene.h"

#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace oi::editor {

namespace {
constexpr qreal Margin = 16;
constexpr qreal PointRadius = 6;
constexpr qreal RingRadius = PointRadius + 4;
} // namespace

qreal EmotionCurveItem::shownValue(size_t i, bool toBe) const
{
    const Point &p = mPoints[i];
    if (int(i) == mDragIndex && mDragToBe == toBe)
        return mDragValue;
    return toBe ? p.toBe.value_or(p.asIs) : p.asIs;
}

bool EmotionCurveItem::coincident(size_t i) const
{
    const bool hasToBe = mPoints[i].toBe || (int(i) == mDragIndex && mDragToBe);
    return hasToBe && shownValue(i, true) == shownValue(i, false);
}

JourneyScene *EmotionCurveItem::journeyScene() const
{
    return static_cast<JourneyScene *>(scene());
}

void EmotionCurveItem::setGeometry(qreal left, qreal width, qreal height)
{
    prepareGeometryChange();
    mLeft = left;
    mWidth = width;
    mHeight = height;
    setAcceptHoverEvents(true);
    setToolTip(QCoreApplication::translate("EmotionCurveItem",
        "Drag a point to change the emotion; Shift-drag to set the to-be emotion. The ring is the to-be value."));
}

void EmotionCurveItem::setPoints(std::vector<Point> points)
{
    mPoints = std::move(points);
    mDragIndex = -1;
    update();
}

qreal EmotionCurveItem::yFor(qreal emotion) const
{
    const qreal usable = mHeight - 2 * Margin;
    return Margin + (2.0 - std::clamp(emotion, -2.0, 2.0)) / 4.0 * usable;
}

void EmotionCurveItem::paintCurve(QPainter *painter, size_t from, size_t to, bool toBe)
{
    const JourneyStyle &st = journeyScene()->style();
    const auto value = [&](size_t i) { return shownValue(i, toBe); };
    const auto at = [&](size_t i) { return QPointF(mPoints[i].x, yFor(value(i))); };
    // Catmull-Rom through the points as cubic Béziers: smooth, and it passes through each value.
    QPainterPath path(at(from));
    for (size_t i = from; i + 1 <= to; ++i) {
        const QPointF p0 = at(i == 0 ? 0 : i - 1), p1 = at(i), p2 = at(i + 1);
        const QPointF p3 = at(std::min(i + 2, mPoints.size() - 1));
        path.cubicTo(p1 + (p2 - p0) / 6.0, p2 - (p3 - p1) / 6.0, p2);
    }
    const QColor color = toBe ? st.toBe : st.accent;
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(color, toBe ? 2.0 : 2.6, toBe ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
    painter->drawPath(path);
    for (size_t i = from; i <= to; ++i) {
        if (toBe && !mPoints[i].toBe && !(int(i) == mDragIndex && mDragToBe))
            continue;
        const qreal v = value(i);
        if (toBe) {
            painter->setPen(QPen(color, 2));
            // On the as-is point the to-be marker becomes a ring around it, so both stay visible.
            if (coincident(i)) {
                painter->setBrush(Qt::NoBrush);
                painter->drawEllipse(at(i), RingRadius, RingRadius);
                continue;
            }
            painter->setBrush(st.cardFill);
        } else {
            painter->setPen(QPen(st.cardFill, 2));
            painter->setBrush(st.emotionColor(v));
        }
        painter->drawEllipse(at(i), PointRadius, PointRadius);
    }
}

void EmotionCurveItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const JourneyStyle &st = journeyScene()->style();
    const QRectF exposed = option->exposedRect;
    painter->setRenderHint(QPainter::Antialiasing);
    // Guides: the neutral line stronger than ±1/±2.
    for (int v = -2; v <= 2; ++v) {
        painter->setPen(QPen(st.grid, v == 0 ? 1.2 : 0.8, v == 0 ? Qt::SolidLine : Qt::DotLine));
        const qreal y = yFor(v);
        painter->drawLine(
            QPointF(std::max(mLeft, exposed.left()), y), QPointF(std::min(mLeft + mWidth, exposed.right()), y));
    }
    if (mPoints.empty())
        return;
    // Only the visible stretch (plus one point either side) is built and stroked.
    const auto first = std::lower_bound(
        mPoints.begin(), mPoints.end(), exposed.left(), [](const Point &p, qreal x) { return p.x < x; });
    const auto last = std::upper_bound(
        mPoints.begin(), mPoints.end(), exposed.right(), [](qreal x, const Point &p) { return x < p.x; });
    size_t from = size_t(std::max<ptrdiff_t>(0, first - mPoints.begin() - 1));
    size_t to = size_t(std::min<ptrdiff_t>(ptrdiff_t(mPoints.size()) - 1, last - mPoints.begin()));
    const bool anyToBe = std::any_of(mPoints.begin(), mPoints.end(), [](const Point &p) { return p.toBe.has_value(); });
    if (anyToBe && journeyScene()->showToBe())
        paintCurve(painter, from, to, true);
    paintCurve(painter, from, to, false);
}

int EmotionCurveItem::hit(const QPointF &pos, bool *toBe) const
{
    // Topmost first, as painted: the as-is dots lie over the to-be markers. Where the two
    // coincide, the dot itself is as-is and the ring around it is to-be.
    const bool showToBe = journeyScene()->showToBe();
    const auto distance = [&pos](qreal x, qreal y) { return std::hypot(x - pos.x(), y - pos.y()); };
    for (size_t i = 0; i < mPoints.size(); ++i) {
        const bool ring = showToBe && coincident(i);
        if (distance(mPoints[i].x, yFor(mPoints[i].asIs)) <= (ring ? PointRadius + 1 : PointRadius + 4)) {
            *toBe = false;
            return int(i);
        }
    }
    if (showToBe) {
        for (size_t i = 0; i < mPoints.size(); ++i) {
            const Point &p = mPoints[i];
            if (!p.toBe)
                continue;
            const qreal reach = coincident(i) ? RingRadius + 4 : PointRadius + 4;
            if (distance(p.x, yFor(*p.toBe)) <= reach) {
                *toBe = true;
                return int(i);
            }
        }
    }
    return -1;
}

void EmotionCurveItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    bool toBe = false;
    setCursor(hit(event->pos(), &toBe) >= 0 ? Qt::SizeVerCursor : Qt::ArrowCursor);
}

void EmotionCurveItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    bool toBe = false;
    const int index = hit(event->pos(), &toBe);
    if (event->button() != Qt::LeftButton || index < 0) {
        event->ignore();
        return;
    }
    mDragIndex = index;
    // Shift-drag on an as-is point sets the step's to-be value (creating it when there is none).
    mDragToBe = toBe || ((event->modifiers() & Qt::ShiftModifier) && journeyScene()->showToBe());
    const Point &p = mPoints[size_t(index)];
    mDragValue = mDragToBe ? p.toBe.value_or(p.asIs) : p.asIs;
    event->accept();
}

void EmotionCurveItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (mDragIndex < 0)
        return;
    const qreal usable = mHeight - 2 * Margin;
    const int value = int(std::lround(2.0 - (event->pos().y() - Margin) / usable * 4.0));
    const int clamped = std::clamp(value, -2, 2);
    if (clamped != mDragValue) {
        mDragValue = clamped;
        update();
    }
}

void EmotionCurveItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *)
{
    if (mDragIndex < 0)
        return;
    const Point p = mPoints[size_t(mDragIndex)];
    const int value = mDragValue;
    const bool toBe = mDragToBe;
    mDragIndex = -1;
    const bool unchanged = toBe ? p.toBe == value : p.asIs == value;
    if (!unchanged)
        journeyScene()->setStepEmotion(p.step, value, toBe);
    update();
}

} // namespace oi::editor
