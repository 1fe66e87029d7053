// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QString>

#include <vector>

QT_BEGIN_NAMESPACE
class QMimeData;
QT_END_NAMESPACE

namespace oi::editor {

/**
 * Steps on the system clipboard, between journeys, projects and studio windows: MIME type
 * `application/x-outsidein-steps` holds {"format":"outsidein-steps","version":1,"steps":[...]} in
 * the journey JSON step form; text/plain carries a readable list for other applications.
 */
namespace JourneyClipboard {

inline const QString MimeType = QStringLiteral("application/x-outsidein-steps");

QMimeData *toMimeData(const std::vector<model::Step> &steps);
bool canRead(const QMimeData *mime);
/** The steps, or empty with `error` set when the data is not readable. */
std::vector<model::Step> fromMimeData(const QMimeData *mime, QString *error);

} // namespace JourneyClipboard

} // namespace oi::editor
