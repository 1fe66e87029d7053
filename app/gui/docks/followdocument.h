// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/document.h"

#include <QPointer>
#include <QUndoStack>

namespace oi::app {

/**
 * Points a read-only view at `document`: drops its tie to the previous one, then calls
 * `rebuild` now and after every edit, undo and redo of the new one. The overview views are
 * small enough that rebuilding beats tracking fine-grained change events.
 */
template<typename View>
void followDocument(
    View *view, QPointer<editor::Document> &current, editor::Document *document, void (View::*rebuild)())
{
    if (current)
        QObject::disconnect(current->undoStack(), nullptr, view, nullptr);
    current = document;
    if (current)
        QObject::connect(current->undoStack(), &QUndoStack::indexChanged, view, rebuild);
    (view->*rebuild)();
}

} // namespace oi::app
