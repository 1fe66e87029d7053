// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/journey/lanes.h"

#include <QColor>
#include <QHash>
#include <QString>

namespace oi::editor {

/**
 * Colours and short labels laid over the journey map by someone else (e.g. simulation results:
 * "wait 4.2 min" in amber). The canvas only paints them; it knows nothing about where they come
 * from. An empty overlay paints nothing.
 */
struct StepOverlay
{
    struct Mark
    {
        Mark() = default;
        Mark(const QColor &color, const QString &label, const QString &detail = {})
            : color(color)
            , label(label)
            , detail(detail)
        {
        }
        QColor color;
        QString label;
        QString detail; // for the tooltip: the figure in the project's own unit
        bool operator==(const Mark &) const = default;
    };
    QHash<QString, Mark> steps; // by step id: a band on the card and a label
    QHash<Lane, Mark> lanes; // a tint on the lane and a label next to its title
    QHash<QString, Mark> entities; // by role/process/requirement id: the chips' colour
    QList<Mark> legend; // what each colour means, for the legend on screen and in exported pictures
    QString legendNote; // what the figures are (e.g. which window they are means over)

    bool isEmpty() const { return steps.isEmpty() && lanes.isEmpty() && entities.isEmpty(); }
    bool operator==(const StepOverlay &) const = default;
};

} // namespace oi::editor
