// SPDX-License-Identifier: GPL-3.0-or-later
// Painting helpers shared by the journey map items (text that wraps and elides, chips, badges).
#pragma once

#include "model/project.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace oi::editor {

namespace JourneyPainter {

/**
 * Draws `text` word-wrapped into `rect`, at most `maxLines` lines, eliding the last one.
 * Returns the height used.
 */
qreal drawWrapped(
    QPainter *painter, const QRectF &rect, const QString &text, const QFont &font, const QColor &color, int maxLines);

/** Height drawWrapped() needs for `text` at `width`, given room for `maxLines` lines. */
qreal wrappedHeight(qreal width, const QString &text, const QFont &font, int maxLines);

/** Width a chip with `text` needs (capped at `maxWidth`). */
qreal chipWidth(const QString &text, const QFont &font, qreal maxWidth);
/** A rounded pill with a tinted fill, a coloured border (dashed if `broken`) and elided text. */
void drawChip(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font, const QColor &fill,
    const QColor &border, const QColor &textColor, bool broken = false);

/** The card markers, centred on `centre` (the cards and the map's legend draw the same). */
void drawMomentOfTruth(QPainter *painter, const QPointF &centre, const QColor &color);
void drawCustomerInitiated(QPainter *painter, const QPointF &centre, const QColor &color);
/** Filled dot: observed; half-filled: research; hollow: assumption. */
void drawEvidence(QPainter *painter, const QPointF &centre, model::Evidence evidence, const QColor &color);

} // namespace JourneyPainter

} // namespace oi::editor
