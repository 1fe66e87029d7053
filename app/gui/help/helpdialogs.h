// SPDX-License-Identifier: GPL-3.0-or-later
// Help that works offline: the user guide bundled with the program, and the keyboard shortcuts as
// the window and its editors have them, so the list is never out of date.
#pragma once

#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QDialog;
class QWidget;
QT_END_NAMESPACE

namespace oi::app {

struct Shortcut
{
    QString action; // as in the menu, without the accelerator's &
    QString keys; // as the platform writes them
};

/** Every action of `window` (and its children) with a shortcut, by action name, each once. */
QList<Shortcut> shortcutsOf(const QWidget *window);

/** Help ▸ User Guide: docs/user-guide.md, compiled into the program. */
QDialog *newUserGuide(QWidget *parent);

/** Help ▸ Keyboard Shortcuts: shortcutsOf(window) as a table. */
QDialog *newShortcutList(QWidget *window);

} // namespace oi::app
