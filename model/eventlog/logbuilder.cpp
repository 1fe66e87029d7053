// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/eventlog/logbuilder.h"

#include "model/eventlog/eventlogtext.h"

#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace oi::model::eventlog {

QString BadRow::toString() const
{
    return column.isEmpty() ? EventLogText::tr("line %1: %2").arg(line).arg(message)
                            : EventLogText::tr("line %1, column %2: %3").arg(line).arg(column, message);
}

LogBuilder::LogBuilder(const ReadOptions &options, ReadReport *report, const QString &activityColumn)
    : mOptions(options)
    , mReport(report)
    , mActivityColumn(activityColumn)
{
}

void LogBuilder::setAttributeNames(const QStringList &names)
{
    mLog.attributeNames = names;
    mNoAttributes.assign(size_t(names.size()), std::nan(""));
}

QString LogBuilder::decode(std::string_view text, qint64 line)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = utf8.decode(QByteArrayView(text.data(), qsizetype(text.size())));
    if (!utf8.hasError())
        return s;
    // Exports from older systems mix encodings; Latin-1 reads any byte, and the note says so.
    if (!mNotUtf8)
        mReport->notes << EventLogText::tr("Some texts are not UTF-8 (the first on line %1); they were read as "
                                           "Latin-1. Save the file as UTF-8 if names look wrong.")
                              .arg(line);
    mNotUtf8 = true;
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

qint32 LogBuilder::intern(Index &index, QStringList &names, std::string_view text, qint64 line)
{
    if (text.empty())
        return -1;
    const auto it = index.find(text);
    if (it != index.end())
        return it->second;
    const auto id = qint32(names.size());
    index.emplace(std::string(text), id);
    names.push_back(decode(text, line).trimmed());
    return id;
}

bool LogBuilder::add(const Row &row)
{
    if (row.lifecycle == Lifecycle::Other) {
        ++mReport->otherTransitions;
        return true;
    }
    if (qint64(mLog.events.size()) >= mOptions.maxEvents) {
        mReport->error = EventLogText::tr("The log has more than %1 events; larger logs are refused. Import a "
                                          "shorter period.")
                             .arg(QLocale::c().toString(mOptions.maxEvents));
        return false;
    }
    Event e;
    const qsizetype casesBefore = mLog.caseIds.size();
    e.caseIndex = intern(mCases, mLog.caseIds, row.caseId, row.line);
    if (mLog.caseIds.size() > casesBefore)
        mLog.caseCustomer.push_back(-1);
    const qsizetype activitiesBefore = mLog.activities.size();
    e.activity = intern(mActivities, mLog.activities, row.activity, row.line);
    if (mLog.activities.size() > mOptions.maxActivities && mLog.activities.size() > activitiesBefore) {
        mReport->error = EventLogText::tr("The log has more than %1 different activities (the next one, '%2', on "
                                          "line %3); no process drafted from it could be read. Is %4 the column "
                                          "that names the activity?")
                             .arg(mOptions.maxActivities)
                             .arg(mLog.activities.back().left(80))
                             .arg(row.line)
                             .arg(mActivityColumn);
        return false;
    }
    e.resource = intern(mResources, mLog.resources, row.resource, row.line);
    e.channel = intern(mChannels, mLog.channels, row.channel, row.line);
    if (!row.customer.empty() && mLog.caseCustomer[size_t(e.caseIndex)] < 0)
        mLog.caseCustomer[size_t(e.caseIndex)] = intern(mCustomers, mLog.customers, row.customer, row.line);
    e.start = row.start;
    e.end = row.end;
    e.line = row.line;
    e.lifecycle = row.lifecycle;
    if (e.start != kNoTime)
        mLog.hasStartTimes = true;
    mLog.events.push_back(e);
    if (!mLog.attributeNames.isEmpty()) {
        const double *values = row.attributes ? row.attributes : mNoAttributes.data();
        mLog.attributes.insert(mLog.attributes.end(), values, values + mLog.attributeNames.size());
    }
    return true;
}

bool LogBuilder::bad(qint64 line, const QString &column, const QString &message)
{
    ++mReport->badRows;
    if (qint64(mReport->bad.size()) < mOptions.listedBadRows)
        mReport->bad.push_back({ line, column, message });
    if (mReport->badRows <= mOptions.maxBadRows)
        return true;
    const BadRow &first = mReport->bad.front();
    mReport->error = EventLogText::tr("More than %n row(s) could not be read, the first on line %1, so the import "
                                      "stopped. Check which column holds what and the time format.",
        nullptr, int(std::min<qint64>(mOptions.maxBadRows, 1 << 30)))
                         .arg(first.line);
    return false;
}

EventLog LogBuilder::finish()
{
    EventLog log = std::move(mLog);
    std::vector<qint32> order(log.events.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qint32 a, qint32 b) {
        const Event &x = log.events[size_t(a)], &y = log.events[size_t(b)];
        if (x.caseIndex != y.caseIndex)
            return x.caseIndex < y.caseIndex;
        if (x.end != y.end)
            return x.end < y.end;
        return x.line < y.line;
    });

    // Each start waits for the next completion of its activity in its case (first in, first out).
    const size_t width = size_t(log.attributeNames.size());
    std::vector<Event> events;
    std::vector<double> attributes;
    events.reserve(log.events.size());
    attributes.reserve(log.attributes.size());
    std::vector<std::pair<qint32, Instant>> open; // (activity, start) of the case at hand
    qint32 currentCase = -1;
    for (const qint32 i : order) {
        Event e = log.events[size_t(i)];
        if (e.caseIndex != currentCase) {
            mReport->unmatchedStarts += qint64(open.size());
            open.clear();
            currentCase = e.caseIndex;
        }
        if (e.lifecycle == Lifecycle::Start) {
            open.emplace_back(e.activity, e.end);
            continue;
        }
        const auto pending
            = std::find_if(open.begin(), open.end(), [&](const auto &o) { return o.first == e.activity; });
        if (pending != open.end()) {
            if (e.start == kNoTime)
                e.start = pending->second;
            open.erase(pending);
        }
        events.push_back(e);
        if (width)
            attributes.insert(attributes.end(), log.attributes.begin() + qsizetype(size_t(i) * width),
                log.attributes.begin() + qsizetype(size_t(i) * width + width));
    }
    mReport->unmatchedStarts += qint64(open.size());
    log.events = std::move(events);
    log.attributes = std::move(attributes);
    log.hasStartTimes
        = std::any_of(log.events.begin(), log.events.end(), [](const Event &e) { return e.start != kNoTime; });
    return log;
}

} // namespace oi::model::eventlog
