// SPDX-License-Identifier: GPL-3.0-or-later
// People read names: processes, steps, roles and scenarios of a run as the project names them,
// falling back to the id for anything the project no longer has.
#pragma once

#include "model/project.h"

#include <QString>

#include <string>

namespace oi::editor::results {

class ResultNames
{
public:
    explicit ResultNames(const model::Project *project)
        : mProject(project)
    {
    }
    QString process(const QString &id) const;
    QString node(const QString &process, const QString &node) const;
    /** "Enter order (Order to activation)" for "onboarding/enter-order". */
    QString nodeRef(const QString &ref) const;
    QString role(const QString &id) const;
    /** The scenario's name; "Base model" for the empty id. */
    QString scenario(const QString &id) const;

    QString process(const std::string &id) const { return process(QString::fromStdString(id)); }
    QString role(const std::string &id) const { return role(QString::fromStdString(id)); }

private:
    const model::Project *mProject;
};

} // namespace oi::editor::results
