// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/problem.h"

#include <QCoreApplication>

#include <algorithm>

namespace oi::model {

QString Problem::toString() const
{
    QString where = file.isEmpty() ? QCoreApplication::translate("Problem", "<project>") : file;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    const QString kind = isError() ? QCoreApplication::translate("Problem", "error")
                                   : QCoreApplication::translate("Problem", "warning");
    QString subject = entity;
    if (!field.isEmpty())
        subject += (subject.isEmpty() ? QString() : QStringLiteral(" ")) + field;
    if (!subject.isEmpty())
        subject += QStringLiteral(": ");
    return where + QStringLiteral(": ") + kind + QStringLiteral(": ") + subject + message;
}

bool hasErrors(const Problems &problems)
{
    return std::any_of(problems.begin(), problems.end(), [](const Problem &p) { return p.isError(); });
}

} // namespace oi::model
