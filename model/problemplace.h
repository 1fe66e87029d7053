// SPDX-License-Identifier: GPL-3.0-or-later
// Problems name their place by ids ("step compare-plans", field "front_roles[0]") so files and
// scripts can find it; people read names. This turns the one into the other.
#pragma once

#include "model/problem.h"
#include "model/project.h"

#include <QString>

namespace oi::model {

/**
 * Where a problem is, in a person's words: the entity's kind and name, then the field
 * ("Service agent (role) · front roles, entry 1"). Entities the project does not have (or the
 * problem names none) fall back to the problem's own words.
 */
QString readablePlace(const Project &project, const Problem &problem);

/** A field path in words: "front_roles[0]" -> "front roles, entry 1", "duration.mean" -> "duration, mean". */
QString readableField(const QString &field);

} // namespace oi::model
