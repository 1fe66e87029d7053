// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

namespace oi::editor {

/**
 * Colours and short labels laid over the process diagram by someone else (the simulation studio:
 * nodes by wait, lanes by utilisation, the constraint marked). The diagram only paints them; it
 * knows nothing about where they come from. An empty overlay paints nothing.
 */
struct ProcessOverlay
{
    struct Mark
    {
        QColor color;
        QString label; // drawn on the diagram ("wait 12 min", "92 % busy")
        QString detail; // the tooltip: the figures in people's units
        bool operator==(const Mark &) const = default;
    };
    QHash<QString, Mark> nodes; // by node id: a tint on the shape and a label above it
    QHash<QString, Mark> lanes; // by role id: a tint on the lane's title and a label in it
    QString constraintNode; // outlined in red and labelled "Constraint"
    QString constraintRole;
    QList<Mark> legend; // what each colour means, on screen and in exported pictures
    QString legendNote;

    bool isEmpty() const { return nodes.isEmpty() && lanes.isEmpty() && constraintNode.isEmpty(); }
    bool operator==(const ProcessOverlay &) const = default;
};

} // namespace oi::editor
