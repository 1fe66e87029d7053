// SPDX-License-Identifier: GPL-3.0-or-later
// Roles from the resource column: resources that do the same activities form a role, each activity
// goes to the role that does most of it, and a role's headcount is estimated from the log.
#pragma once

#include "model/eventlog/eventlog.h"

#include <QString>

#include <vector>

namespace oi::model::eventlog {

struct DraftRole
{
    QString name;
    int headcount = 1;
    std::vector<qint32> resources; // indices into log.resources
};

struct StaffingEstimate
{
    enum class Basis {
        Concurrency, // the most people of the role at work at once (start and end times)
        Completions, // the same, each activity taken to last its typical time (completion times only)
        Load, // no resources: the work over the time, at 80 % utilisation
    };
    Basis basis = Basis::Load;
    std::vector<DraftRole> roles;
    std::vector<int> roleOfActivity; // index into roles, per activity
};

/** `workMinutes` is the total observed duration of each activity (for the load when no resource is named). */
StaffingEstimate estimateStaffing(const EventLog &log, const std::vector<double> &workMinutes);

} // namespace oi::model::eventlog
