// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of a journey map (a service blueprint): which ones show, and in what order.
#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace oi::editor {

enum class Lane {
    CustomerActions,
    Touchpoints,
    Emotion,
    PainPoints,
    FrontRoles,
    LineOfVisibility,
    BackRoles,
    LineOfInteraction,
    Processes,
    Metrics,
    Requirements,
};

/** Lane order and visibility of one view; a value type the view keeps and may persist. */
struct LaneConfig
{
    QList<Lane> order = defaultOrder();
    QSet<Lane> hidden;

    static QList<Lane> defaultOrder();
    /** The lanes to draw, top to bottom. */
    QList<Lane> visibleLanes() const;
    bool isVisible(Lane lane) const { return !hidden.contains(lane); }
    void setVisible(Lane lane, bool visible);
    /** Moves `lane` one place up (delta -1) or down (+1); false at either end. */
    bool move(Lane lane, int delta);
    bool operator==(const LaneConfig &) const = default;

    /**
     * For settings: lane keys in order, hidden ones prefixed with '!'
     * ("customer-actions,!emotion,..."). `fromString` ignores unknown keys and appends lanes the
     * text does not name, so settings written by older versions still give every lane.
     */
    QString toString() const;
    static LaneConfig fromString(const QString &text);

    /** "customer-actions", ... : stable names for settings. */
    static QString key(Lane lane);
    static QString title(Lane lane);
    /** Lines are thin separator rows, not content lanes. */
    static bool isLine(Lane lane) { return lane == Lane::LineOfVisibility || lane == Lane::LineOfInteraction; }
};

inline size_t qHash(Lane lane, size_t seed = 0)
{
    return ::qHash(int(lane), seed);
}

} // namespace oi::editor
