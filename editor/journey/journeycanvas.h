// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace oi::editor {

class JourneyScene;

/**
 * The graphics view of the journey map: Ctrl+wheel zoom around the cursor, pan by space-drag,
 * middle-drag or scrolling, rubber-band selection, arrow keys between steps. Lane titles stay
 * visible when scrolled sideways.
 */
class JourneyCanvas : public QGraphicsView
{
    Q_OBJECT
public:
    explicit JourneyCanvas(QWidget *parent = nullptr);

    JourneyScene *journeyScene() const;
    qreal zoom() const { return transform().m11(); }
    /** Sets the zoom factor (clamped to 5 %..400 %), keeping `anchor` (viewport pos) in place. */
    void setZoom(qreal factor, const QPoint &anchor = QPoint(-1, -1));
    void fitToWindow();
    /** Selects the step next to the current one: dx -1/+1 along the journey, dy -1/+1 by stage. */
    void moveSelection(int dx, int dy);

signals:
    void zoomChanged(qreal factor);
    void contextMenuRequested(const QPoint &globalPos, const QPointF &scenePos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    /** The stage whose sticky header is at `viewportPos`, if the view is scrolled down. */
    QString stickyStageAt(const QPointF &viewportPos) const;

    bool mSpaceHeld = false;
    bool mPanning = false;
    QPoint mPanLast;
};

} // namespace oi::editor
