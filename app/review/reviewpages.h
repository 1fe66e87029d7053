// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of the executive review, built from the live project and the findings: each page is a
// QVariantMap the QML reads ("kind" picks its component, "title" names it in the overview). Names,
// never ids; every figure in people's units (model/humanunits.h). Pure: no QML, no widgets.
#pragma once

#include "app/review/reviewfindings.h"

#include "model/project.h"

#include <QDate>
#include <QVariantList>
#include <QVariantMap>

namespace oi::review {

QVariantMap titlePage(const model::Project &project, const QDate &date);
QVariantList strategyPages(const model::Project &project, const ReviewFindings &findings);
QVariantList journeyPages(const model::Project &project);
/** The roles that change or gain or lose responsibilities, by strategy, a few per page. */
QVariantList rolePages(const model::Project &project);
/** The processes a strategy re-engineers (or to-be variants); every process when none says so. */
QStringList reviewedProcesses(const model::Project &project);
QVariantList processPages(const model::Project &project, const ReviewFindings &findings);
QVariantMap simulationPage(const model::Project &project, const ReviewFindings &findings);
QVariantMap technologyPage(const model::Project &project);
QVariantMap tracePage(const model::Project &project);

/**
 * Gives each page "subjects" (what can be decided on there: {subject, name}) and "decisions" (the
 * latest ones recorded on them, as sentences). reviewPages does it for every page.
 */
void attachDecisions(const model::Project &project, QVariantList &pages);

/** Every page in presentation order. */
QVariantList reviewPages(const model::Project &project, const ReviewFindings &findings, const QDate &date);

/** The role's or process's name, or the id when it has none (never empty for a non-empty id). */
QString roleName(const model::Project &project, const QString &id);
QString processName(const model::Project &project, const QString &id);

} // namespace oi::review
