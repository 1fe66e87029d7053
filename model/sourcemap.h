// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/problem.h"

#include <QHash>
#include <QString>

namespace oi::model {

/**
 * Where each entity and field of a project stood in its YAML file, so that problems the validator
 * finds on the in-memory model can still point at a line. Keys are the entity labels the reader and
 * the validator share (see entitylabel.h) plus, optionally, a field path.
 */
class SourceMap
{
public:
    struct Place
    {
        int line = 0; // 1-based
        int column = 0; // 1-based
    };

    void add(const QString &entity, const QString &field, Place place) { m_places.insert(key(entity, field), place); }
    /** The field's place, else the entity's, else a default (0:0) place. */
    Place find(const QString &entity, const QString &field) const
    {
        if (auto it = m_places.constFind(key(entity, field)); it != m_places.constEnd())
            return *it;
        // "steps[2].title" -> "steps[2]" -> "steps" so the nearest known parent is used.
        QString f = field;
        while (!f.isEmpty()) {
            const qsizetype cut = std::max(f.lastIndexOf(u'.'), f.lastIndexOf(u'['));
            f = cut > 0 ? f.left(cut) : QString();
            if (auto it = m_places.constFind(key(entity, f)); it != m_places.constEnd())
                return *it;
        }
        return {};
    }
    /** Fills in line/column (and file) of problems that have none. */
    void locate(Problems &problems, const QString &fileName) const
    {
        for (Problem &p : problems) {
            if (p.line > 0)
                continue;
            const Place place = find(p.entity, p.field);
            p.line = place.line;
            p.column = place.column;
            if (p.file.isEmpty())
                p.file = fileName;
        }
    }
    bool isEmpty() const { return m_places.isEmpty(); }

private:
    static QString key(const QString &entity, const QString &field)
    {
        return field.isEmpty() ? entity : entity + u'\n' + field;
    }
    QHash<QString, Place> m_places;
};

} // namespace oi::model
