// SPDX-License-Identifier: GPL-3.0-or-later
// What an import says to people, shared by the CLI and (later) the studio's import wizard: what was
// read, the bad rows, the variants and the fit table, with times in the unit that reads best.
#pragma once

#include "model/eventlog/draft.h"
#include "model/eventlog/eventlog.h"
#include "model/eventlog/feedback.h"

#include <QList>
#include <QStringList>

namespace oi::model::eventlog {

/** "lognormal", "mean 12.1 min, sd 6 min": a distribution's family and its parameters as durations. */
QString familyName(const Distribution &d);
QString parameterText(const Distribution &d, TimeUnit unit);

/** What was read: the format, the time format, the mapping, counts; one sentence a line. */
QStringList readSummary(const ReadReport &report, const EventLog &log);

/** Every listed bad row as "line 8123, column time: ...", then how many more there were. */
QStringList badRowLines(const ReadReport &report);

/** The most common variants, "38 %  Register → Assess → Close", at most `count` of them. */
QStringList variantLines(const Draft &draft, const EventLog &log, int count = 5);

/** A header row, then per task: name, durations observed, distribution, parameters, KS distance, AIC. */
QList<QStringList> fitTable(const Draft &draft);

/** A header row, then per step metric: step, metric, normal range, median, cases, cases outside (a few named). */
QList<QStringList> metricTable(const Draft &draft, const EventLog &log);

/** A header row, then per step with feedback: step, responses, mean score, emotion, pain-point candidates. */
QList<QStringList> feedbackTable(const FeedbackResult &feedback, const Draft &draft);

} // namespace oi::model::eventlog
