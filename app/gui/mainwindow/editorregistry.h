// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace oi::editor {
class Editor;
}

namespace oi::app {

/**
 * Every editor of the studio, in tab order. The window hosts them and `outsidein --view NAME` and
 * `--export KIND` find them here by name: a new editor is registered in this one place.
 */
QList<editor::Editor *> createEditors();

} // namespace oi::app
