// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace oi::editor {

class JourneyScene;

/**
 * What every exported journey picture shows above the map, so it reads on its own in a deck or an
 * e-mail: the journey and its persona; client, project and date; and what the colours mean.
 */
namespace JourneyTitleBlock {

/** The block's height in scene units (the map's own units). */
qreal height();
/** Paints the block into `rect` (scene units), in the scene's style. */
void paint(QPainter *painter, const QRectF &rect, const JourneyScene &scene);

} // namespace JourneyTitleBlock

} // namespace oi::editor
