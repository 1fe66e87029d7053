// SPDX-License-Identifier: GPL-3.0-or-later
// What upgrading a version-1 document to version 2 decides, shared by the YAML and the SQLite
// migration so both formats upgrade one document to the same text.
#pragma once

#include "model/project.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace oi::model::v2 {

/**
 * A readable id made from `text` ("Get online fast" -> "get-online-fast"), at most 32 characters (cut at a word),
 * `fallback` when nothing readable is left, made unique against `taken` with "-2", "-3"... and added to it.
 */
QString idFromText(const QString &text, const QString &fallback, QSet<QString> &taken);

/** A role's version-1 responsibility lists. */
struct RoleResponsibilities
{
    QString role;
    QStringList asIs;
    QStringList toBe;
};

/**
 * Project-level responsibilities from per-role lists, in role order: a text in one role's as-is
 * list and another's to-be list is one responsibility that moves; a text only in a to-be list is
 * new (no as-is role); one only in an as-is list is retired (no to-be role).
 */
std::vector<Responsibility> responsibilitiesFromRoles(const std::vector<RoleResponsibilities> &roles);

/** The shape a version-1 node at (x, y) gets: the BPMN sizes of tasks, events and gateways. */
Bounds boundsAt(NodeType type, double x, double y);

} // namespace oi::model::v2
