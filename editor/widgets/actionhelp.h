// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QKeySequence>
#include <QString>

namespace oi::editor {

/**
 * Says what a command does: `tip` in the status bar, and in the tooltip with the shortcut after
 * it, so the key is learnt where the command is found ("Zoom in on the journey (Ctrl++)").
 * Call after the shortcuts are set.
 */
inline void describe(QAction *action, const QString &tip)
{
    action->setStatusTip(tip);
    const QKeySequence key = action->shortcut();
    action->setToolTip(
        key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
}

} // namespace oi::editor
