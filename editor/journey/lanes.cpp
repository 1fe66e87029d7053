// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/lanes.h"

#include <QCoreApplication>

namespace oi::editor {

QList<Lane> LaneConfig::defaultOrder()
{
    return { Lane::CustomerActions, Lane::Touchpoints, Lane::Emotion, Lane::PainPoints, Lane::FrontRoles,
        Lane::LineOfVisibility, Lane::BackRoles, Lane::LineOfInteraction, Lane::Processes, Lane::Metrics,
        Lane::Requirements };
}

QList<Lane> LaneConfig::visibleLanes() const
{
    QList<Lane> result;
    for (Lane lane : order) {
        if (!hidden.contains(lane))
            result.append(lane);
    }
    return result;
}

void LaneConfig::setVisible(Lane lane, bool visible)
{
    if (visible)
        hidden.remove(lane);
    else
        hidden.insert(lane);
}

bool LaneConfig::move(Lane lane, int delta)
{
    const qsizetype from = order.indexOf(lane);
    const qsizetype to = from + delta;
    if (from < 0 || to < 0 || to >= order.size())
        return false;
    order.move(from, to);
    return true;
}

QString LaneConfig::toString() const
{
    QStringList parts;
    for (Lane lane : order)
        parts.append((hidden.contains(lane) ? QStringLiteral("!") : QString()) + key(lane));
    return parts.join(u',');
}

LaneConfig LaneConfig::fromString(const QString &text)
{
    LaneConfig config;
    config.order.clear();
    const QList<Lane> all = defaultOrder();
    for (QString part : text.split(u',', Qt::SkipEmptyParts)) {
        part = part.trimmed();
        const bool hide = part.startsWith(u'!');
        if (hide)
            part.remove(0, 1);
        for (Lane lane : all) {
            if (key(lane) == part && !config.order.contains(lane)) {
                config.order.append(lane);
                if (hide)
                    config.hidden.insert(lane);
            }
        }
    }
    for (Lane lane : all) {
        if (!config.order.contains(lane))
            config.order.append(lane);
    }
    return config;
}

QString LaneConfig::key(Lane lane)
{
    switch (lane) {
    case Lane::CustomerActions: return QStringLiteral("customer-actions");
    case Lane::Touchpoints: return QStringLiteral("touchpoints");
    case Lane::Emotion: return QStringLiteral("emotion");
    case Lane::PainPoints: return QStringLiteral("pain-points");
    case Lane::FrontRoles: return QStringLiteral("front-stage");
    case Lane::LineOfVisibility: return QStringLiteral("line-of-visibility");
    case Lane::BackRoles: return QStringLiteral("back-stage");
    case Lane::LineOfInteraction: return QStringLiteral("line-of-interaction");
    case Lane::Processes: return QStringLiteral("processes");
    case Lane::Metrics: return QStringLiteral("metrics");
    case Lane::Requirements: return QStringLiteral("requirements");
    }
    return {};
}

QString LaneConfig::title(Lane lane)
{
    const char *text = "";
    switch (lane) {
    case Lane::CustomerActions: text = QT_TRANSLATE_NOOP("Lanes", "Customer actions"); break;
    case Lane::Touchpoints: text = QT_TRANSLATE_NOOP("Lanes", "Touchpoints & channels"); break;
    case Lane::Emotion: text = QT_TRANSLATE_NOOP("Lanes", "Emotion"); break;
    case Lane::PainPoints: text = QT_TRANSLATE_NOOP("Lanes", "Pain points & opportunities"); break;
    case Lane::FrontRoles: text = QT_TRANSLATE_NOOP("Lanes", "Front stage"); break;
    case Lane::LineOfVisibility: text = QT_TRANSLATE_NOOP("Lanes", "Line of visibility"); break;
    case Lane::BackRoles: text = QT_TRANSLATE_NOOP("Lanes", "Back stage"); break;
    case Lane::LineOfInteraction: text = QT_TRANSLATE_NOOP("Lanes", "Line of internal interaction"); break;
    case Lane::Processes: text = QT_TRANSLATE_NOOP("Lanes", "Processes"); break;
    case Lane::Metrics: text = QT_TRANSLATE_NOOP("Lanes", "Metrics"); break;
    case Lane::Requirements: text = QT_TRANSLATE_NOOP("Lanes", "Requirements"); break;
    }
    return QCoreApplication::translate("Lanes", text);
}

} // namespace oi::editor
