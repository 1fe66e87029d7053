// SPDX-License-Identifier: GPL-3.0-or-later
// The `format: outsidein/N` header and the upgrade path between versions. When the file format
// changes, bump kCurrentFormatVersion and append one step to the table in yamlmigration.cpp that
// rewrites an N-1 document tree into an N tree; the reader then only ever parses the newest form.
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace YAML {
class Node;
}

namespace oi::model {

inline constexpr int kCurrentFormatVersion = 2;

/** "outsidein/<version>". */
QString formatName(int version);

/** The N of "outsidein/N"; nullopt when the text is not of that form. */
std::optional<int> parseFormatVersion(const QString &text);

/** Rewrites `root` in place from version `from` to `from + 1`; false with `error` set on failure. */
using YamlMigrationStep = bool (*)(YAML::Node &root, QString *error);

/**
 * Applies `steps[from - 1] ... steps[to - 2]` in order. `steps` is a parameter so the mechanism can
 * be tested before the first real migration exists.
 */
bool migrateYaml(YAML::Node &root, int from, int to, const std::vector<YamlMigrationStep> &steps, QString *error);

/** Upgrades `root` from `from` to kCurrentFormatVersion with the built-in steps. */
bool migrateYaml(YAML::Node &root, int from, QString *error);

} // namespace oi::model
