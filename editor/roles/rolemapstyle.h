// SPDX-License-Identifier: GPL-3.0-or-later
// Colours, fonts and sizes of the role map; one place to tune its look. Fonts are in scene units
// (pixels at 100 %), so pictures at any DPI lay out exactly like the screen.
#pragma once

#include "model/project.h"

#include <QColor>
#include <QFont>

namespace oi::editor {

struct RoleMapStyle
{
    static RoleMapStyle standard();

    QColor canvas { 0xf7, 0xf8, 0xfa };
    QColor band { 0xed, 0xf0, 0xf4 };
    QColor bandText { 0x2d, 0x37, 0x48 };
    QColor cardFill { Qt::white };
    QColor cardBorder { 0xcb, 0xd2, 0xdc };
    QColor text { 0x1a, 0x20, 0x2c };
    QColor muted { 0x4a, 0x55, 0x68 };
    QColor chipFill { 0xee, 0xf2, 0xf7 };
    QColor arrow { 0x2b, 0x6c, 0xb0 };
    QColor selection { 0x2b, 0x6c, 0xb0 };

    QFont titleFont;
    QFont textFont;
    QFont smallFont;
    QFont headerFont;

    /** The badge colour of a change kind; white text on it keeps a contrast of at least 4.5:1. */
    static QColor changeColour(model::ChangeKind kind);
};

/** The role map's geometry constants, in scene units. */
namespace RoleMapMetrics {
inline constexpr double CardWidth = 270;
inline constexpr double CardPadding = 10;
inline constexpr double CardGap = 16;
inline constexpr int CardsPerRow = 3;
inline constexpr double BandHeader = 30;
inline constexpr double BandPadding = 12;
inline constexpr double ColumnHeader = 40;
inline constexpr double ColumnGap = 90;
inline constexpr double PairedGap = 200; // side by side: room for the arrows of moved responsibilities
inline constexpr double ChipGap = 4;
} // namespace RoleMapMetrics

} // namespace oi::editor
