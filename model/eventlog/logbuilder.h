// SPDX-License-Identifier: GPL-3.0-or-later
// What the CSV and XES readers share: texts kept once each, bad rows counted and listed, the limits
// that stop a hostile log, and the final order (by case, then time) with start and complete
// transitions paired into one event.
#pragma once

#include "model/eventlog/eventlog.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace oi::model::eventlog {

class LogBuilder
{
public:
    struct Row
    {
        std::string_view caseId;
        std::string_view activity;
        std::string_view resource;
        std::string_view channel;
        std::string_view customer;
        Instant start = kNoTime;
        Instant end = 0;
        Lifecycle lifecycle = Lifecycle::Complete;
        qint64 line = 0;
        const double *attributes = nullptr; // one per attribute name
    };

    /** `activityColumn` names the activity's column or key in messages. */
    LogBuilder(const ReadOptions &options, ReadReport *report, const QString &activityColumn);

    void setAttributeNames(const QStringList &names);
    /** False once a limit is passed; the report's error then says which. */
    bool add(const Row &row);
    /** Counts and lists a bad row; false once there are more than the options allow (the error says so). */
    bool bad(qint64 line, const QString &column, const QString &message);
    /** Sorted by case and time, starts paired with their completions. */
    EventLog finish();

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    using Index = std::unordered_map<std::string, qint32, Hash, std::equal_to<>>;
    qint32 intern(Index &index, QStringList &names, std::string_view text, qint64 line);
    QString decode(std::string_view text, qint64 line);

    const ReadOptions &mOptions;
    ReadReport *mReport;
    QString mActivityColumn;
    EventLog mLog;
    Index mCases, mActivities, mResources, mChannels, mCustomers;
    std::vector<double> mNoAttributes;
    bool mNotUtf8 = false;
};

} // namespace oi::model::eventlog
