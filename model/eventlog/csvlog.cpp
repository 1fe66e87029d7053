// SPDX-License-Identifier: GPL-3.0-or-later
// A CSV event log: the header names the columns (recognised as process-mining tools name them,
// or as mapped), the first rows tell the time format, then every row becomes an event or a bad row.
#include "model/eventlog/csvrecords.h"
#include "model/eventlog/eventlogtext.h"
#include "model/eventlog/logbuilder.h"
#include "model/eventlog/logreaders.h"
#include "model/eventlog/timestamps.h"

#include <array>
#include <cmath>

namespace oi::model::eventlog {

namespace {

enum Role { CaseId, Activity, Time, Start, Resource, Channel, Customer, LifecycleColumn, RoleCount };

// Compared after folding case and treating '_', '-' and spaces alike; earlier names win.
const std::array<std::vector<const char *>, RoleCount> kKnownNames { {
    { "case:concept:name", "case id", "caseid", "case", "case number", "ticket id", "ticket" },
    { "concept:name", "activity", "activity name", "activityname", "event name", "task", "step" },
    { "time:timestamp", "timestamp", "complete timestamp", "end timestamp", "end time", "endtime", "time", "end",
        "completed", "completion time", "datetime", "date time", "date" },
    { "start:timestamp", "start timestamp", "start time", "starttime", "start", "started" },
    { "org:resource", "resource", "user", "performer", "agent", "employee", "staff" },
    { "channel", "medium" },
    { "case:customer", "customer", "customer id", "customerid", "client", "segment" },
    { "lifecycle:transition", "lifecycle", "transition" },
} };

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

QString quotedValue(std::string_view s)
{
    return u'\'' + QString::fromUtf8(s.data(), qsizetype(std::min<size_t>(s.size(), 80))) + u'\'';
}

struct Columns
{
    std::array<int, RoleCount> at {};
    std::vector<int> attributes;
    QStringList header;
    int needed = 0; // fields a row must have

    QString name(int column) const { return header.value(column); }
};

// Which column holds what; an error sentence when a needed one is missing.
QString mapColumns(const ColumnMapping &m, Columns *c)
{
    const std::array<const QString *, RoleCount> given { &m.caseId, &m.activity, &m.time, &m.start, &m.resource,
        &m.channel, &m.customer, &m.lifecycle };
    const std::array<QString, RoleCount> what { EventLogText::tr("the case"), EventLogText::tr("the activity"),
        EventLogText::tr("the time"), EventLogText::tr("the start time"), EventLogText::tr("the resource"),
        EventLogText::tr("the channel"), EventLogText::tr("the customer"), EventLogText::tr("the lifecycle") };
    QStringList folded;
    for (const QString &h : c->header)
        folded << foldedColumnName(h);
    auto find = [&](const QString &name) { return int(folded.indexOf(foldedColumnName(name))); };
    const QString columns = c->header.join(QStringLiteral(", "));
    c->at.fill(-1);
    for (int r = 0; r < RoleCount; ++r) {
        if (!given[size_t(r)]->isEmpty()) {
            c->at[size_t(r)] = find(*given[size_t(r)]);
            if (c->at[size_t(r)] < 0)
                return EventLogText::tr("No column is named '%1' (for %2); the columns are %3.")
                    .arg(*given[size_t(r)], what[size_t(r)], columns);
            continue;
        }
        for (const char *known : kKnownNames[size_t(r)]) {
            const int at = find(QString::fromLatin1(known));
            if (at >= 0 && std::find(c->at.begin(), c->at.end(), at) == c->at.end()) {
                c->at[size_t(r)] = at;
                break;
            }
        }
        if (r <= Time && c->at[size_t(r)] < 0)
            return EventLogText::tr("No column holds %1 under a name I know; the columns are %2. Say which "
                                    "column holds the case, the activity and the time.")
                .arg(what[size_t(r)], columns);
    }
    for (const QString &a : m.attributes) {
        const int at = find(a);
        if (at < 0)
            return EventLogText::tr("No column is named '%1' (for a numeric attribute); the columns are %2.")
                .arg(a, columns);
        c->attributes.push_back(at);
    }
    for (const int at : c->at)
        c->needed = std::max(c->needed, at + 1);
    for (const int at : c->attributes)
        c->needed = std::max(c->needed, at + 1);
    return {};
}

} // namespace

QString foldedColumnName(const QString &name)
{
    QString n = name.trimmed().toLower();
    for (QChar &c : n)
        if (c == u'_' || c == u'-')
            c = u' ';
    return n.simplified();
}

QString csvRecordError(CsvRecords::Result r, qint64 line, qint64 maxBytes)
{
    switch (r) {
    case CsvRecords::Result::TooLong:
        return EventLogText::tr("Line %1 is longer than %2 MB; lines of a log are read up to that, so the file "
                                "is refused. Is it an event log?")
            .arg(line)
            .arg(double(maxBytes) / (1024 * 1024));
    case CsvRecords::Result::Unclosed:
        return EventLogText::tr("The quote that opens a field on line %1 is never closed.").arg(line);
    case CsvRecords::Result::Binary:
        return EventLogText::tr("The file holds binary data, not text; it is not a CSV event log.");
    case CsvRecords::Result::Utf16:
        return EventLogText::tr("The file is UTF-16 text; save it as UTF-8 (or CSV UTF-8) and import it again.");
    case CsvRecords::Result::ReadError: return EventLogText::tr("The file could not be read to its end.");
    default: return {};
    }
}

EventLog readCsvLog(QIODevice *device, const ReadOptions &options, ReadReport *report, const ReadControl &control)
{
    CsvRecords records(device, options.maxLineBytes);
    CsvRecords::Result r = records.start();
    if (r == CsvRecords::Result::Record)
        r = records.next();
    if (r == CsvRecords::Result::End) {
        report->error = EventLogText::tr("The file is empty.");
        return {};
    }
    if (r != CsvRecords::Result::Record) {
        report->error = csvRecordError(r, records.line(), options.maxLineBytes);
        return {};
    }
    const char delimiter = records.delimiter();
    report->format = delimiter == '\t' ? EventLogText::tr("CSV, separated by tabs")
                                       : EventLogText::tr("CSV, separated by '%1'").arg(QLatin1Char(delimiter));
    Columns columns;
    for (qsizetype i = 0; i < records.fieldCount(); ++i) {
        const std::string_view f = records.field(i);
        columns.header << QString::fromUtf8(f.data(), qsizetype(f.size())).trimmed();
    }
    if (const QString error = mapColumns(options.mapping, &columns); !error.isEmpty()) {
        report->error = error;
        return {};
    }
    static const std::array<const char *, RoleCount> kKeys { "case", "activity", "time", "start", "resource", "channel",
        "customer", "lifecycle" };
    for (int role = 0; role < RoleCount; ++role)
        if (columns.at[size_t(role)] >= 0)
            report->mapping << QStringLiteral("%1: %2").arg(
                QLatin1String(kKeys[size_t(role)]), columns.name(columns.at[size_t(role)]));
    QStringList attributeNames;
    for (const int at : columns.attributes) {
        attributeNames << columns.name(at);
        report->mapping << EventLogText::tr("attribute: %1").arg(columns.name(at));
    }

    // The first rows are held back until they have told the time format.
    struct Held
    {
        std::vector<std::string> fields;
        qint64 line;
    };
    std::vector<Held> held;
    constexpr size_t kSampleRows = 1000;
    bool more = true;
    while (held.size() < kSampleRows) {
        r = records.next();
        if (r != CsvRecords::Result::Record)
            break;
        Held h { {}, records.line() };
        for (qsizetype i = 0; i < records.fieldCount(); ++i)
            h.fields.emplace_back(records.field(i));
        held.push_back(std::move(h));
    }
    if (r != CsvRecords::Result::Record) {
        more = false;
        if (r != CsvRecords::Result::End) {
            report->error = csvRecordError(r, records.line(), options.maxLineBytes);
            return {};
        }
    }

    TimeFormat format;
    std::vector<QByteArray> samples;
    for (const Held &h : held)
        for (const int at : { columns.at[Time], columns.at[Start] })
            if (at >= 0 && size_t(at) < h.fields.size() && !trimmed(h.fields[size_t(at)]).empty()) {
                const std::string_view v = trimmed(h.fields[size_t(at)]);
                samples.emplace_back(v.data(), qsizetype(v.size()));
            }
    if (!options.timeFormat.isEmpty()) {
        const auto given = TimeFormat::fromText(options.timeFormat);
        if (!given) {
            report->error = EventLogText::tr("'%1' is not a date-time format: it has no year, month or day (write "
                                             "it as dd.MM.yyyy HH:mm, or iso, epoch, epoch-ms).")
                                .arg(options.timeFormat);
            return {};
        }
        format = *given;
    } else {
        bool ambiguous = false;
        const auto detected = TimeFormat::detect(samples, &ambiguous);
        if (!detected) {
            QStringList shown;
            for (size_t i = 0; i < std::min<size_t>(samples.size(), 3); ++i)
                shown << u'\'' + QString::fromUtf8(samples[i].left(40)) + u'\'';
            report->error = samples.empty()
                ? EventLogText::tr("The column %1 holds no times.").arg(columns.name(columns.at[Time]))
                : EventLogText::tr("The times in column %1 (%2) are in no format I know; give their format, "
                                   "e.g. dd.MM.yyyy HH:mm.")
                      .arg(columns.name(columns.at[Time]), shown.join(QStringLiteral(", ")));
            return {};
        }
        format = *detected;
        if (ambiguous)
            report->notes << EventLogText::tr("Every date read could have the day or the month first; they were "
                                              "read as %1. Give the format if the month comes first.")
                                 .arg(format.name());
    }
    report->timeFormat = format.name();
    int offset = options.utcOffsetMinutes.value_or(0);
    if (!options.utcOffsetMinutes)
        for (const QByteArray &s : samples)
            if (const auto t = format.parse(std::string_view(s.constData(), size_t(s.size()))); t && t->offsetMinutes) {
                offset = *t->offsetMinutes;
                break;
            }

    LogBuilder builder(options, report, columns.name(columns.at[Activity]));
    builder.setAttributeNames(attributeNames);
    std::vector<double> values(attributeNames.size());
    const qint64 total = device->size();

    // One row: an event, or a bad row naming the column. False: stop (a limit, or too many bad rows).
    auto handle = [&](const std::vector<std::string_view> &f, qint64 line) -> bool {
        ++report->rows;
        if (qsizetype(f.size()) < columns.needed)
            return builder.bad(line, QString(),
                EventLogText::tr("has %n value(s) where the header has %1 columns.", nullptr, int(f.size()))
                    .arg(columns.header.size()));
        auto at = [&](int role) {
            return columns.at[size_t(role)] < 0 ? std::string_view() : trimmed(f[size_t(columns.at[size_t(role)])]);
        };
        auto column = [&](int role) { return columns.name(columns.at[size_t(role)]); };
        LogBuilder::Row row;
        row.line = line;
        row.caseId = at(CaseId);
        row.activity = at(Activity);
        if (row.caseId.empty())
            return builder.bad(line, column(CaseId), EventLogText::tr("no case is named."));
        if (row.activity.empty())
            return builder.bad(line, column(Activity), EventLogText::tr("no activity is named."));
        auto time = [&](int role, Instant *out) -> int { // 0 read, 1 empty, 2 bad
            const std::string_view text = at(role);
            if (text.empty())
                return 1;
            const auto t = format.parse(text);
            if (!t) {
                builder.bad(line, column(role),
                    EventLogText::tr("%1 is not a date in the format %2.").arg(quotedValue(text), format.name()));
                return 2;
            }
            *out = t->instant(offset);
            return 0;
        };
        const int end = time(Time, &row.end);
        if (end == 1)
            return builder.bad(line, column(Time), EventLogText::tr("no time is given."));
        if (end == 2)
            return report->error.isEmpty();
        if (columns.at[Start] >= 0 && time(Start, &row.start) == 2)
            return report->error.isEmpty();
        if (row.start != kNoTime && row.start > row.end)
            return builder.bad(line, column(Start),
                EventLogText::tr("%1 is after the time the activity ends (%2).")
                    .arg(quotedValue(at(Start)), quotedValue(at(Time))));
        row.resource = at(Resource);
        row.channel = at(Channel);
        row.customer = at(Customer);
        row.lifecycle = lifecycleFromText(at(LifecycleColumn));
        for (size_t i = 0; i < columns.attributes.size(); ++i) {
            const std::string_view text = trimmed(f[size_t(columns.attributes[i])]);
            if (!parseNumber(text, &values[i]))
                return builder.bad(line, columns.name(columns.attributes[i]),
                    EventLogText::tr("%1 is not a number.").arg(quotedValue(text)));
        }
        row.attributes = values.data();
        return builder.add(row);
    };

    std::vector<std::string_view> fields;
    for (const Held &h : held) {
        fields.assign(h.fields.begin(), h.fields.end());
        if (!handle(fields, h.line))
            return {};
    }
    held.clear();
    while (more) {
        r = records.next();
        if (r == CsvRecords::Result::End)
            break;
        if (r != CsvRecords::Result::Record) {
            report->error = csvRecordError(r, records.line(), options.maxLineBytes);
            return {};
        }
        fields.clear();
        for (qsizetype i = 0; i < records.fieldCount(); ++i)
            fields.push_back(records.field(i));
        if (!handle(fields, records.line()))
            return {};
        if ((report->rows & 0xFFF) == 0) {
            if (control.cancel && control.cancel->load()) {
                report->cancelled = true;
                return {};
            }
            if (control.progress)
                control.progress(records.bytesRead(), total);
        }
    }
    if (control.progress)
        control.progress(total, total);
    EventLog log = builder.finish();
    log.utcOffsetMinutes = offset;
    return log;
}

} // namespace oi::model::eventlog
