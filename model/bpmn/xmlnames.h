// SPDX-License-Identifier: GPL-3.0-or-later
// Text and ids as XML can hold them, for the BPMN export. Internal to model/bpmn/.
#pragma once

#include <QSet>
#include <QString>

namespace oi::model::bpmn::xmlnames {

/** `text` without what XML 1.0 cannot hold, even escaped (control characters, lone surrogates). */
QString clean(const QString &text);

/** An XML id (NCName) as near to `text` as possible: ASCII letters, digits, '-', '_' and '.'. */
QString ncname(const QString &text);

// Ids are unique in the whole file, while ours are unique per process: the first process keeps its
// node ids, another's that collide become "process.node"; `oi:id` then keeps ours.
class Ids
{
public:
    QString take(const QString &preferred, const QString &second = QString())
    {
        QString base = ncname(preferred);
        if (mTaken.contains(base) && !second.isEmpty())
            base = ncname(second);
        QString id = base;
        for (int n = 2; mTaken.contains(id); ++n)
            id = base + u'-' + QString::number(n);
        mTaken.insert(id);
        return id;
    }

private:
    QSet<QString> mTaken;
};

} // namespace oi::model::bpmn::xmlnames
