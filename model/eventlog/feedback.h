// SPDX-License-Identifier: GPL-3.0-or-later
// Customer experience is feedback plus process: a CSV of survey or complaint records (case or
// customer, step or touchpoint, a score such as CSAT or NPS, a comment) sets each journey step's
// observed emotion, says how many responses are behind it, and offers the low scores' comments as
// pain-point candidates.
#pragma once

#include "model/eventlog/draft.h"
#include "model/eventlog/eventlog.h"

#include <QIODevice>

#include <vector>

namespace oi::model::eventlog {

struct FeedbackMapping
{
    QString caseId;
    QString customer;
    QString step; // a step's title or touchpoint, or the log's activity
    QString score;
    QString comment;
};

struct FeedbackOptions
{
    FeedbackMapping mapping; // empty: recognised by name (score, csat, nps, rating; comment, verbatim...)
    qint64 maxLineBytes = 1024 * 1024;
    qint64 maxBadRows = 1000;
    int listedBadRows = 100;
    qint64 maxResponses = 1'000'000;
    int painPointsPerStep = 5;
};

struct StepFeedback
{
    QString step; // id
    qint64 responses = 0;
    double meanScore = 0;
    int emotion = 0; // -2 .. +2
    QStringList painPoints; // comments of low scores, most frequent first
};

struct FeedbackResult
{
    ReadReport read; // format, mapping, rows, bad rows, error
    double scaleLow = 0; // the scores' scale, as detected: 1-5, 0-10, 1-7, 0-100 or -2..+2
    double scaleHigh = 0;
    qint64 responses = 0;
    qint64 unmatched = 0; // responses no step could be found for
    std::vector<StepFeedback> steps; // in journey order, steps with responses only
};

/**
 * Reads the feedback and applies it to `draft`'s journey: emotion, evidence observed, a metric with
 * the mean score and one with the number of responses, pain points. A response without a step goes
 * to its case's (or its customer's latest case's) last activity in `log`. Nothing is applied when
 * the result's read report has an error.
 */
FeedbackResult applyFeedback(QIODevice *device, const FeedbackOptions &options, const EventLog &log, Draft *draft);

} // namespace oi::model::eventlog
