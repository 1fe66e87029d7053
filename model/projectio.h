// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and writing whole projects. The format is chosen by the file name:
// `*.oi.yaml` / `*.yaml` / `*.yml` is YAML text, `*.oistudio` is the SQLite document.
#pragma once

#include "model/problem.h"
#include "model/project.h"
#include "model/sourcemap.h"

#include <QString>

#include <memory>

namespace oi::model {

enum class FileFormat { Unknown, Yaml, Sqlite };

FileFormat formatForFileName(const QString &fileName);

/**
 * Loads a project. Returns null when the file cannot be read at all (missing, malformed YAML,
 * foreign or truncated SQLite, unknown format version); `problems` then holds at least one error
 * naming the file and the place. Never throws.
 */
std::unique_ptr<Project> readProject(const QString &fileName, Problems *problems);

/**
 * As above; for YAML files `sourceMap` also receives the line of every entity and field, so
 * validator problems can be located (see mergeValidation in validator.h). Added by the model
 * engineer; the two-argument form is unchanged.
 */
std::unique_ptr<Project> readProject(const QString &fileName, Problems *problems, SourceMap *sourceMap);

/**
 * Saves atomically (QSaveFile for YAML, one transaction into a temporary copy then rename for
 * SQLite): a failure leaves the previous file untouched. Returns false and sets `error`.
 */
bool writeProject(const Project &project, const QString &fileName, QString *error);

} // namespace oi::model
