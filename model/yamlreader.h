// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"
#include "model/project.h"
#include "model/sourcemap.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace oi::model {

/**
 * Parses `outsidein/N` YAML text (older versions are migrated first). Returns null only when the
 * text cannot be read as a project at all (malformed YAML, not a map, unknown or newer format);
 * otherwise the project, with wrong or missing values left at their defaults and reported in
 * `problems` (errors) and unknown keys reported as warnings. `sourceMap`, when given, receives
 * the line of every entity and field so later validation problems can be located.
 */
std::unique_ptr<Project> projectFromYaml(
    const QByteArray &text, const QString &fileName, Problems *problems, SourceMap *sourceMap = nullptr);

} // namespace oi::model
