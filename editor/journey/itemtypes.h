// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>

namespace oi::editor {

/** QGraphicsItem::type() values of the journey canvas, for qgraphicsitem_cast. */
enum ItemType {
    StepItemType = QGraphicsItem::UserType + 1,
    StepDetailsItemType,
    EmotionCurveItemType,
    JourneyGridItemType,
};

} // namespace oi::editor
