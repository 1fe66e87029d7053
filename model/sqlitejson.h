// SPDX-License-Identifier: GPL-3.0-or-later
// Small nested values (id lists, distributions, metrics, shift blocks...) are stored as compact JSON
// text in their entity's row: the tables stay one per entity and the JSON keeps list order.
// Readers are strict: `error` receives one sentence for malformed JSON or a member of the wrong
// type (a file edited by hand must not load with a silently different meaning).
#pragma once

#include "model/project.h"

#include <QString>

namespace oi::model::sqljson {

QString fromStrings(const QStringList &list);
QStringList toStrings(const QString &json, QString *error);

QString fromDistribution(const Distribution &d);
Distribution toDistribution(const QString &json, QString *error);

QString fromGoals(const std::vector<Goal> &goals);
std::vector<Goal> toGoals(const QString &json, QString *error);
QString fromNeeds(const std::vector<Need> &needs);
std::vector<Need> toNeeds(const QString &json, QString *error);
QString fromPainPoints(const std::vector<PainPoint> &pains);
std::vector<PainPoint> toPainPoints(const QString &json, QString *error);
QString fromLanes(const std::vector<Lane> &lanes);
std::vector<Lane> toLanes(const QString &json, QString *error);
QString fromInterrupts(const std::vector<Interrupt> &interrupts);
std::vector<Interrupt> toInterrupts(const QString &json, QString *error);
QString fromPoints(const std::vector<Point> &points);
std::vector<Point> toPoints(const QString &json, QString *error);
// Scenario changes (sqlitejsonchanges.cpp)
QString fromVariants(const std::vector<VariantChoice> &list);
std::vector<VariantChoice> toVariants(const QString &json, QString *error);
QString fromReassignments(const std::vector<Reassignment> &list);
std::vector<Reassignment> toReassignments(const QString &json, QString *error);
QString fromStaffing(const std::vector<StaffingChange> &list);
std::vector<StaffingChange> toStaffing(const QString &json, QString *error);
QString fromArrivalChanges(const std::vector<ArrivalChange> &list);
std::vector<ArrivalChange> toArrivalChanges(const QString &json, QString *error);
QString fromDiversions(const std::vector<Diversion> &list);
std::vector<Diversion> toDiversions(const QString &json, QString *error);
QString fromStages(const std::vector<Stage> &stages);
std::vector<Stage> toStages(const QString &json, QString *error);
QString fromMetrics(const std::vector<Metric> &metrics);
std::vector<Metric> toMetrics(const QString &json, QString *error);
QString fromShifts(const std::optional<ShiftCalendar> &shifts);
std::optional<ShiftCalendar> toShifts(const QString &json, QString *error);
QString fromCrossTraining(const std::vector<CrossTraining> &list);
std::vector<CrossTraining> toCrossTraining(const QString &json, QString *error);
QString fromRates(const std::optional<RateCalendar> &cal);
std::optional<RateCalendar> toRates(const QString &json, QString *error);
QString fromHeadcounts(const std::vector<HeadcountOverride> &list);
std::vector<HeadcountOverride> toHeadcounts(const QString &json, QString *error);
QString fromDurations(const std::vector<DurationOverride> &list);
std::vector<DurationOverride> toDurations(const QString &json, QString *error);
QString fromAddedSkills(const std::vector<std::pair<QString, CrossTraining>> &list);
std::vector<std::pair<QString, CrossTraining>> toAddedSkills(const QString &json, QString *error);
// Vendor-specification parts (sqlitejsonspec.cpp)
QString fromPocSteps(const std::vector<PocStep> &steps);
std::vector<PocStep> toPocSteps(const QString &json, QString *error);
QString fromVendorScores(const std::vector<VendorScore> &scores);
std::vector<VendorScore> toVendorScores(const QString &json, QString *error);
QString fromPriorityWeights(const PriorityWeights &weights);
PriorityWeights toPriorityWeights(const QString &json, QString *error);

} // namespace oi::model::sqljson
