// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"
#include "model/project.h"
#include "model/sourcemap.h"

#include <QString>

namespace oi::model {

/**
 * Checks a project's meaning (the YAML reader already checked its form): ids, links between
 * entities, value ranges, distribution parameters and process graphs. One Problem per issue,
 * naming the entity ("role agent", "process support/node triage") and field (YAML key path).
 * Errors block simulation; warnings (orphans, odd but runnable shapes) do not.
 */
Problems validate(const Project &project, const QString &fileName = {});

/**
 * Appends the validator's `found` to the reader's `problems`, leaving out findings on an entity and
 * field the reader already reported, and giving the rest their YAML line from `sourceMap` (may be
 * null). For the studio's Problems panel: load problems + validate() without duplicates.
 */
void mergeValidation(Problems &problems, Problems found, const SourceMap *sourceMap, const QString &fileName);

/**
 * Reads `fileName` and validates it: the reader's problems, then the validator's, each located
 * at its YAML line when the file is YAML. `project` receives the loaded project (may be null).
 */
Problems checkFile(const QString &fileName, std::unique_ptr<Project> *project = nullptr);

} // namespace oi::model
