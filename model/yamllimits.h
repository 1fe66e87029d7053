// SPDX-License-Identifier: GPL-3.0-or-later
// Files come from clients, vendors and other tools. A small YAML file can expand without end
// (every alias of a large string is another copy when read) or nest deep enough to exhaust the
// parser's stack; these limits refuse such files with a sentence, in bounded time and memory.
#pragma once

#include <QByteArray>
#include <QString>

namespace YAML {
class Node;
}

namespace oi::model {

struct YamlLimits
{
    qint64 fileBytes = 64LL << 20; // what is read into memory at all
    qint64 expandedScalarBytes = 64LL << 20; // all text, counting each alias use again
    qint64 nodes = 2'000'000; // every value, counting each alias use again
    int depth = 128; // nesting of maps and lists
};

/** The limits in force (documented in docs/file-format.md). */
const YamlLimits &yamlLimits();

/** Checks the raw text before parsing (size, nesting); empty when fine, else why not. */
QString checkYamlText(const QByteArray &text, const YamlLimits &limits = yamlLimits());

/** Checks the parsed document as it would expand when read; empty when fine, else why not. */
QString checkYamlTree(const YAML::Node &root, const YamlLimits &limits = yamlLimits());

} // namespace oi::model
