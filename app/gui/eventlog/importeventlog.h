// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QMainWindow;
QT_END_NAMESPACE

namespace oi::editor {
class Document;
}

namespace oi::app {

class EditorHost;

/**
 * Opens the event-log wizard on `document`; once the draft is added, the journey map and the
 * process editor show what came of it.
 */
void importEventLog(QMainWindow *window, editor::Document *document, EditorHost *editors);

} // namespace oi::app
