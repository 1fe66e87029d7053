// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

namespace oi::editor {

/** What an id names, e.g. in JourneyView::entityActivated(kind, id). */
enum class EntityKind { Persona, Journey, Stage, Step, Role, Process, Requirement };

} // namespace oi::editor

Q_DECLARE_METATYPE(oi::editor::EntityKind)
