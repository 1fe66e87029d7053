// SPDX-License-Identifier: GPL-3.0-or-later
// The studio's light and dark themes: Fusion with a palette whose every text colour reads at 4.5:1 or
// more on the ground it is drawn on (WCAG AA). The journey map follows the palette on screen; exports and
// prints are always on white paper.
#pragma once

#include "editor/settings/preferences.h"

#include <QColor>
#include <QPalette>

namespace oi::app {

QPalette lightPalette();
QPalette darkPalette();
/** Sets the application's style and palette for `theme`; System restores what the desktop gave. */
void applyTheme(editor::Theme theme);
/** WCAG 2 contrast ratio of two colours, 1 to 21. */
double contrastRatio(const QColor &a, const QColor &b);

} // namespace oi::app
