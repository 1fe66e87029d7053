// SPDX-License-Identifier: GPL-3.0-or-later
// What the simulation says, for the review: the as-is and to-be runs and the advisor's advice.
// Taken from the latest stored run of each scenario, or simulated when there is none, so a
// board sees figures without a separate step. Pure computation: safe on a worker thread.
#pragma once

#include "model/advisor.h"
#include "model/project.h"

#include "simulation/results.h"

#include <QString>

#include <memory>
#include <optional>

namespace oi::review {

struct ReviewFindings
{
    QString asIs, toBe; // scenario ids ("" for the base model when the project has no scenarios)
    std::shared_ptr<const sim::Results> asIsResults, toBeResults; // null: not run
    bool simulated = false; // true: run for the review (no stored run); false: stored runs
    std::optional<model::Advice> advice; // on the to-be scenario
};

/** The scenarios compared: the first as-is, the last to-be ("as-is" and "to-be" ids when present). */
void chooseScenarios(const model::Project &project, QString *asIs, QString *toBe);

/**
 * The findings for `project`. Runs stored in `fileName` (a .oistudio) come first; `simulate`
 * lets the missing ones (and the advice) be computed here, which can take seconds.
 */
ReviewFindings findings(const model::Project &project, const QString &fileName, bool simulate);

} // namespace oi::review
