// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/editor.h"

#include <QString>
#include <QTextStream>

namespace oi::app {

/**
 * `outsidein FILE --export KIND OUT`: opens FILE, hands it to the editor that paints KIND and
 * writes OUT (format by extension) through that editor's own export, the code File ▸ Export
 * runs. Shows no window. Returns the exit code: 0 written, 1 with a sentence on `err`.
 */
int exportPicture(const QString &projectFile, const QString &kind, const QString &output,
    const editor::ExportOptions &options, QTextStream &err);

/** The KINDs `--export` knows (one per editor that paints a picture). */
QStringList pictureKinds();

} // namespace oi::app
