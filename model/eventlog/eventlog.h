// SPDX-License-Identifier: GPL-3.0-or-later
// An event log exported from a CRM, ticketing, web-analytics or call-centre system, as read from
// CSV or XES: compact events whose texts (cases, activities, resources, channels) are kept once
// each and referred to by index, so a million events fit in tens of megabytes.
#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace oi::model::eventlog {

/** Milliseconds since 1970-01-01 00:00 UTC. */
using Instant = qint64;
constexpr Instant kNoTime = std::numeric_limits<qint64>::min();

/** XES's lifecycle transitions, folded to what a draft needs. */
enum class Lifecycle : quint8 { Complete, Start, Abort, Other };

struct Event
{
    qint32 caseIndex = -1;
    qint32 activity = -1;
    qint32 resource = -1; // -1: none
    qint32 channel = -1;
    Instant start = kNoTime; // when the work began, if the log says
    Instant end = 0; // when it was completed (or abandoned, for Lifecycle::Abort)
    qint64 line = 0; // where it was read: CSV line, XES line of <event>
    Lifecycle lifecycle = Lifecycle::Complete;
};

/** The log once read: events sorted by case, then by completion time, then by place in the file. */
struct EventLog
{
    QStringList caseIds;
    std::vector<qint32> caseCustomer; // per case; -1: none
    QStringList activities;
    QStringList resources;
    QStringList channels;
    QStringList customers;
    QStringList attributeNames; // extra numeric attributes, in mapping order
    std::vector<Event> events;
    std::vector<double> attributes; // events.size() × attributeNames.size(), row by row; NaN: missing
    bool hasStartTimes = false;
    int utcOffsetMinutes = 0; // the log's own wall clock, for hours of the week

    double attribute(size_t event, int column) const
    {
        return attributes[event * size_t(attributeNames.size()) + size_t(column)];
    }
};

/**
 * Which column (CSV header) or attribute key (XES) holds what. Empty: recognised by name, as
 * process-mining tools name them (`case:concept:name`, `concept:name`, `time:timestamp`, ...).
 */
struct ColumnMapping
{
    QString caseId;
    QString activity;
    QString time; // completion, or the only timestamp
    QString start;
    QString resource;
    QString channel;
    QString customer;
    QString lifecycle;
    QStringList attributes; // extra numeric attributes
};

struct ReadOptions
{
    ColumnMapping mapping;
    QString timeFormat; // a Qt date-time format; empty: detected from the first rows
    std::optional<int> utcOffsetMinutes; // the log's clock; unset: that of its first time with a zone, else UTC
    qint64 maxLineBytes = 1024 * 1024;
    qint64 maxBadRows = 1000; // more stops the import
    qint64 maxEvents = 10'000'000;
    int maxActivities = 2000;
    int listedBadRows = 100; // rows beyond this are counted, not listed
};

/** Progress and cancellation, so the studio can read on a worker thread. */
struct ReadControl
{
    std::function<void(qint64 done, qint64 total)> progress; // bytes read of the file's size
    const std::atomic<bool> *cancel = nullptr;
};

/** A row that could not be read: "line 8123, column time: '31/02/2024' is not a date ...". */
struct BadRow
{
    qint64 line = 0;
    QString column; // as named in the file; empty: the row as a whole
    QString message; // a sentence without the place

    QString toString() const;
};

struct ReadReport
{
    QString format; // "CSV, separated by ';'", "XES"
    QString timeFormat; // as detected or given
    QStringList mapping; // "case: Case ID", one per mapped column, in the file's words
    qint64 rows = 0; // data rows or XES events seen
    qint64 badRows = 0;
    std::vector<BadRow> bad; // the first listedBadRows of them
    qint64 otherTransitions = 0; // lifecycle transitions a draft does not use (schedule, suspend, ...)
    qint64 unmatchedStarts = 0; // starts never completed
    QStringList notes; // sentences about what was assumed
    QString error; // set: nothing usable was read; a sentence naming the file and the place
    bool cancelled = false;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

/**
 * Reads `fileName` as CSV, or as XES when it ends in .xes or starts like XML. Streams the file:
 * memory holds the events, not the text. Returns the log; `report` says what was read, which rows
 * were bad and, when `report->error` is set, why nothing could be used.
 */
EventLog readEventLog(
    const QString &fileName, const ReadOptions &options, ReadReport *report, const ReadControl &control = {});

/** The same from an open device; `fileName` only tells CSV from XES by its ending. */
EventLog readEventLog(QIODevice *device, const QString &fileName, const ReadOptions &options, ReadReport *report,
    const ReadControl &control = {});

} // namespace oi::model::eventlog
