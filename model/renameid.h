// SPDX-License-Identifier: GPL-3.0-or-later
// Ids are chosen by people and referenced from many places (step roles and processes, requirement
// nodes, lanes, node roles, scenario overrides, cross-training). Renaming one must follow every
// reference, or the project silently breaks: this is the one place that knows them all.
#pragma once

#include "model/project.h"

#include <QString>

namespace oi::model {

/** What an id names. Node ids are written "process/node", stage ids "journey/stage". */
enum class IdKind { Strategy, Persona, Journey, Stage, Step, Role, Process, Node, Requirement, Scenario };

/** The kind for "role", "process", … (the words of `outsidein-cli rename`); false for others. */
bool idKindFromName(const QString &name, IdKind *kind);

/**
 * Whether `from` (of `kind`) may become `to`: `from` exists, `to` is a usable id (not empty, no
 * spaces, no "/") and not taken by another entity of that kind. For nodes and stages `to` may be
 * the bare new id or the full "process/node". Empty when fine, else a sentence saying why not.
 */
QString checkRename(const Project &project, IdKind kind, const QString &from, const QString &to);

/**
 * Renames the entity and every reference to it. Returns the number of references changed (the
 * entity's own id not counted), or -1 with `error` set when checkRename() refuses.
 */
int renameId(Project &project, IdKind kind, const QString &from, const QString &to, QString *error);

} // namespace oi::model
