// SPDX-License-Identifier: GPL-3.0-or-later
// The words the property forms show for enums and entities: people choose by names, files keep ids.
#pragma once

#include "editor/document/entitykind.h"
#include "model/project.h"

#include <QList>
#include <QString>

#include <utility>

namespace oi::editor {

QString officeName(model::Office office);
QString changeName(model::ChangeKind change);
QString requirementKindName(model::RequirementKind kind);
QString priorityName(model::Priority priority);
QString kpiName(model::Kpi kpi);
/** "mean", "median", "90th percentile"...: the statistic of a goal's measure in words. */
QString statisticName(model::Statistic statistic);
/** "at most" or "at least": when a measured value meets its goal's target. */
QString comparatorName(model::Comparator comparator);

/** The entity as people know it (its name, title or text); its id when that is empty. */
QString entityTitle(const model::Project &project, EntityKind kind, const QString &id);
/** The kind in words for a heading: "Role", "Scenario". */
QString entityKindTitle(EntityKind kind);

/** "Process › Task" for a node of a process. */
QString nodeTitle(const model::Process &process, const model::Node &node);

/** Choices for a combo or a checklist: (id, what people read), in project order. */
using Choices = QList<std::pair<QString, QString>>;

Choices roleChoices(const model::Project &project);
Choices strategyChoices(const model::Project &project);
Choices processChoices(const model::Project &project);
/** Every node as "process/node" and "Process › Node"; `durationsOnly`: tasks and timers only. */
Choices nodeChoices(const model::Project &project, bool durationsOnly = false);
/** Every task (a node with a role) as "process/node" and "Process › Task". */
Choices taskChoices(const model::Project &project);
/** The tasks of one process by node id and name (a measure names the node within its process). */
Choices taskChoices(const model::Process &process);
/** The processes whose `variantOf` is `original`; with an empty `original`, the processes that are no variant. */
Choices variantChoices(const model::Project &project, const QString &original);
/** Every journey step by title, in journey order. */
Choices stepChoices(const model::Project &project);

} // namespace oi::editor
