// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/yamllimits.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

#include <vector>

namespace oi::model {

namespace {
struct YamlLimitsText
{
    Q_DECLARE_TR_FUNCTIONS(YamlLimits)
};

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1 << 20), 'f', 0);
}
} // namespace

const YamlLimits &yamlLimits()
{
    static const YamlLimits limits;
    return limits;
}

namespace {
bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
} // namespace

QString checkYamlText(const QByteArray &text, const YamlLimits &limits)
{
    if (text.size() > limits.fileBytes)
        return YamlLimitsText::tr("the file is %1 MB; project files are read up to %2 MB.")
            .arg(megabytes(text.size()), megabytes(limits.fileBytes));
    // The parser recurses once per level: count flow brackets, block indentation and "- - -" runs
    // so a deeply nested file is refused before it is parsed. Brackets count only where a node
    // may begin (line start, after ": ", "- ", "," or another bracket) or inside a flow
    // collection; inside quotes, comments, block scalars (| and >) and plain text such as
    // "parent[draft" they are text, so no file we write is ever refused.
    const auto at = [&](qsizetype k) { return k < text.size() ? text.at(k) : '\n'; };
    int flow = 0, line = 1;
    bool lineStart = true, inSingle = false, inDouble = false, comment = false;
    bool nodeMayStart = true, inProperty = false;
    int indent = 0, dashes = 0, lineIndent = 0;
    int blockScalarParent = -1; // indentation that a block scalar's lines are deeper than; -1: none
    const auto tooDeep = [&](int depth) {
        return depth > limits.depth
            ? YamlLimitsText::tr("line %1 nests deeper than %2 levels; project files nest far less.")
                  .arg(line)
                  .arg(limits.depth)
            : QString();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\n') {
            ++line;
            lineStart = nodeMayStart = true;
            comment = inProperty = false;
            indent = dashes = 0;
            continue;
        }
        if (comment)
            continue;
        if (lineStart && !inDouble && !inSingle) {
            if (c == ' ') {
                ++indent;
                continue;
            }
            if (blockScalarParent >= 0) {
                if (indent > blockScalarParent || c == '\r') {
                    comment = true; // a line of the block scalar's text: skip to its end
                    continue;
                }
                blockScalarParent = -1;
            }
            if (dashes == 0)
                lineIndent = indent;
            if (c == '-' && isBlank(at(i + 1))) {
                ++dashes;
                continue;
            }
            lineStart = false;
            // Indentation only estimates the depth (people indent by two, some by more): refuse at twice the limit.
            if (const int block = indent / 2 + dashes; block > 2 * limits.depth)
                return tooDeep(block);
        }
        lineStart = false;
        if (inDouble) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inDouble = false;
            continue;
        }
        if (inSingle) {
            if (c == '\'' && at(i + 1) == '\'')
                ++i; // '' is a quote inside the text
            else if (c == '\'')
                inSingle = false;
            continue;
        }
        if (c == ' ' || c == '\t') {
            inProperty = false; // after "&anchor " or "!tag " the node itself may still come
            continue;
        }
        if (inProperty)
            continue;
        const bool start = nodeMayStart;
        nodeMayStart = false;
        switch (c) {
        case '#':
            if (i == 0 || isBlank(text.at(i - 1)))
                comment = true;
            break;
        case '"': inDouble = start; break;
        case '\'': inSingle = start; break;
        case '[':
        case '{':
            if (start || flow > 0) {
                if (const QString deep = tooDeep(++flow); !deep.isEmpty())
                    return deep;
                nodeMayStart = true;
            }
            break;
        case ']':
        case '}':
            if (flow > 0)
                --flow;
            break;
        case ',': nodeMayStart = flow > 0; break;
        case ':':
            nodeMayStart
                = isBlank(at(i + 1)) || (flow > 0 && (at(i + 1) == ',' || at(i + 1) == ']' || at(i + 1) == '}'));
            break;
        case '-':
        case '?': nodeMayStart = start && isBlank(at(i + 1)); break;
        case '&':
        case '!': inProperty = nodeMayStart = start; break;
        case '|':
        case '>':
            if (start && flow == 0) {
                blockScalarParent = lineIndent;
                comment = true; // indicators and a comment may follow on this line
            }
            break;
        default: break;
        }
    }
    return {};
}

QString checkYamlTree(const YAML::Node &root, const YamlLimits &limits)
{
    // Walks the document as the reader will, each alias use again, and stops at the first limit:
    // the walk itself copies nothing, so it is bounded by the node limit.
    struct Item
    {
        YAML::Node node;
        int depth;
    };
    std::vector<Item> stack { { root, 0 } };
    qint64 nodes = 0, bytes = 0;
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        if (++nodes > limits.nodes)
            return YamlLimitsText::tr("the file expands to more than %1 values (aliases count each time they are "
                                      "used); project files are read up to that.")
                .arg(limits.nodes);
        if (item.depth > limits.depth)
            return YamlLimitsText::tr("the file nests deeper than %1 levels.").arg(limits.depth);
        switch (item.node.Type()) {
        case YAML::NodeType::Scalar:
            bytes += qint64(item.node.Scalar().size());
            if (bytes > limits.expandedScalarBytes)
                return YamlLimitsText::tr("the file expands to more than %1 MB of text (aliases count each time "
                                          "they are used); project files are read up to that.")
                    .arg(megabytes(limits.expandedScalarBytes));
            break;
        case YAML::NodeType::Sequence:
            for (const YAML::Node &child : item.node)
                stack.push_back({ child, item.depth + 1 });
            break;
        case YAML::NodeType::Map:
            for (const auto &pair : item.node) {
                stack.push_back({ pair.first, item.depth + 1 });
                stack.push_back({ pair.second, item.depth + 1 });
            }
            break;
        default: break;
        }
    }
    return {};
}

} // namespace oi::model
