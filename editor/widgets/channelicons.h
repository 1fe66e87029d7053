// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace oi::editor {

/** Translated channel name for people ("Field visit"). */
QString channelName(model::Channel channel);
/** ":/icons/channels/<file name of the channel>.svg". */
QString channelIconPath(model::Channel channel);
/**
 * Draws the channel's line icon into `rect`, tinted `color`, sharp at the painter's current scale
 * (rendered pixmaps are cached). Draws a neutral dot when the icon resource is not linked in.
 */
void paintChannelIcon(QPainter *painter, const QRectF &rect, model::Channel channel, const QColor &color);
QIcon channelIcon(model::Channel channel, const QColor &color);

} // namespace oi::editor
