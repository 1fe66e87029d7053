// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QByteArray>

namespace oi::model {

/**
 * The project as `outsidein/1` YAML text. Keys come in a fixed order and numbers in their
 * shortest exact form, so writing the same project twice gives identical bytes (diff-friendly).
 * Empty strings, empty lists, unset optionals and false flags are left out.
 */
QByteArray projectToYaml(const Project &project);

} // namespace oi::model
