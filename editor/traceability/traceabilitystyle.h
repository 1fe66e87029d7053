// SPDX-License-Identifier: GPL-3.0-or-later
// The colours of the traceability view's chain highlight; one place to tune them. The text colour
// is set with the fill, so a dark palette's light text never lands on the light fill.
#pragma once

#include <QColor>

namespace oi::editor {

struct TraceabilityStyle
{
    QColor chain { 0xfe, 0xf3, 0xc7 }; // a row or column on the selected entity's chain
    QColor link { 0xfc, 0xd3, 0x4d }; // a cell whose row and column are both on it
    QColor text { 0x1a, 0x20, 0x2c }; // on either fill, at a contrast well above 4.5:1
};

} // namespace oi::editor
