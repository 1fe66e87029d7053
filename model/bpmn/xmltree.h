// SPDX-License-Identifier: GPL-3.0-or-later
// A file from elsewhere read into a small element tree, within limits: no DTD (so no external
// entities and no entity expansion), at most so many bytes, elements and levels. The importer then
// looks things up by id in any order, as BPMN's references need.
#pragma once

#include "model/problem.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamAttributes>

#include <optional>
#include <vector>

namespace oi::model::bpmn {

struct XmlElement
{
    QString ns; // namespace URI
    QString name; // local name
    QXmlStreamAttributes attributes;
    QString text; // the character data directly inside, trimmed
    int line = 0; // 1-based, where its start tag begins
    int column = 0; // 1-based
    int parent = -1;
    std::vector<int> children;

    bool is(QLatin1StringView namespaceUri, QLatin1StringView localName) const
    {
        return name == localName && ns == namespaceUri;
    }
    /** An attribute with no namespace (`id`, `name`, `sourceRef`). */
    QString attribute(QLatin1StringView localName) const { return attributes.value(localName).toString(); }
    QString attribute(QLatin1StringView namespaceUri, QLatin1StringView localName) const
    {
        return attributes.value(namespaceUri, localName).toString();
    }
    bool hasAttribute(QLatin1StringView localName) const { return attributes.hasAttribute(localName); }
};

struct XmlLimits
{
    qint64 bytes = 64ll * 1024 * 1024;
    int elements = 200000;
    int depth = 256;
};

struct XmlTree
{
    std::vector<XmlElement> elements; // [0] is the root; children follow their parent

    const XmlElement &at(int index) const { return elements[size_t(index)]; }
    const XmlElement &root() const { return elements.front(); }
    /** The first child of `parent` with that name, or -1. */
    int child(int parent, QLatin1StringView namespaceUri, QLatin1StringView localName) const;
    /** Every child of `parent` with that name, in order. */
    std::vector<int> children(int parent, QLatin1StringView namespaceUri, QLatin1StringView localName) const;
};

/**
 * Reads `data` as XML. On malformed XML, a DTD or a limit passed, returns nullopt and adds one
 * error to `problems` naming `fileName`, the line and column, and what is wrong.
 */
std::optional<XmlTree> readXmlTree(
    const QByteArray &data, const QString &fileName, Problems *problems, const XmlLimits &limits = {});

} // namespace oi::model::bpmn
