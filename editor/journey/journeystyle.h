// SPDX-License-Identifier: GPL-3.0-or-later
// Colours, fonts and sizes of the journey map, derived from the widget palette so the map follows
// light and dark mode. One place to tune the look.
#pragma once

#include "model/project.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace oi::editor {

struct JourneyStyle
{
    static JourneyStyle fromPalette(const QPalette &palette, const QFont &font);

    bool dark = false;
    QColor canvas; // behind everything
    QColor laneBand; // every other lane
    QColor laneLabel; // lane titles
    QColor grid; // stage separators
    QColor stageHeader;
    QColor stageText;
    QColor cardFill;
    QColor cardBorder;
    QColor cardText;
    QColor mutedText;
    QColor accent; // selection, as-is curve
    QColor toBe; // to-be curve
    QColor warning; // out-of-range metric: badge fill, and text on cards
    QColor warningText; // text on a warning-filled badge
    QColor pain;
    QColor opportunity;
    QColor momentOfTruth;
    QColor roleChip;
    QColor processChip;
    QColor requirementChip;
    QColor line; // lines of visibility / interaction

    QFont titleFont;
    QFont textFont;
    QFont smallFont;
    QFont headerFont;
    QFont laneFont;

    /** -2 (red) .. +2 (green), tuned for both modes. */
    QColor emotionColor(double emotion) const;
    QColor chipFill(const QColor &base) const;
    /** WCAG 2 contrast ratio of two opaque colours, 1..21 (text needs >= 4.5). */
    static double contrastRatio(const QColor &a, const QColor &b);
};

} // namespace oi::editor
