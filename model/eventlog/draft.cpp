// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/eventlog/draft.h"

#include "model/eventlog/draftparts.h"
#include "model/eventlog/eventlogtext.h"
#include "model/humanunits.h"
#include "model/migrationv2.h"
#include "model/validator.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace oi::model::eventlog {

namespace {

QString when(Instant t, int offsetMinutes)
{
    return QDateTime::fromMSecsSinceEpoch(t + qint64(offsetMinutes) * 60'000, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Front office when most of the role's events are on a channel where the customer meets a person.
Office officeOf(const EventLog &log, const StaffingEstimate &s, int role)
{
    qint64 meeting = 0, all = 0;
    for (const Event &e : log.events) {
        if (s.roleOfActivity[size_t(e.activity)] != role)
            continue;
        ++all;
        if (e.channel >= 0) {
            const Channel c = detail::channelFromText(log.channels[e.channel]);
            meeting += c == Channel::Phone || c == Channel::Chat || c == Channel::Store || c == Channel::FieldVisit;
        }
    }
    return meeting * 2 > all ? Office::Front : Office::Back;
}

QStringList processNotes(const Draft &d, const EventLog &log)
{
    QStringList lines;
    const bool allService = std::all_of(d.fits.begin(), d.fits.end(), [](const TaskFit &f) { return f.serviceTime; });
    const bool noneService = std::none_of(d.fits.begin(), d.fits.end(), [](const TaskFit &f) { return f.serviceTime; });
    if (allService)
        lines << EventLogText::tr("Task durations are service times, from each activity's start to its completion.");
    else if (noneService)
        lines << EventLogText::tr("Task durations are the times since the case's previous activity ended, waiting "
                                  "included (the log has completion times only); a case's first activity takes no "
                                  "time.");
    else
        lines << EventLogText::tr("Task durations are service times where the log has start times, else the times "
                                  "since the case's previous activity ended (waiting included).");
    switch (d.staffing.basis) {
    case StaffingEstimate::Basis::Concurrency:
        lines << EventLogText::tr("Headcounts are the most people of each role at work at once, each counted once "
                                  "however many of their activities overlap (the log has start and end times).");
        break;
    case StaffingEstimate::Basis::Completions:
        lines << EventLogText::tr("Headcounts are the most people of each role at work at once, each activity taken "
                                  "to have been worked on for its median time since the case's previous activity, "
                                  "but not before the same person's previous completion (the log has completion "
                                  "times only).");
        break;
    case StaffingEstimate::Basis::Load:
        lines << EventLogText::tr("The log names no resources: one role does every task, its headcount the observed "
                                  "work over the time at 80 % utilisation.");
        break;
    }
    switch (d.arrivals.basis) {
    case ArrivalFit::Basis::TooFew:
        lines << EventLogText::tr("The log has fewer than two cases: one arrival a day is assumed.");
        break;
    case ArrivalFit::Basis::Constant:
        lines << EventLogText::tr("Cases arrive at random at one rate (exponential inter-arrival times, mean %1): "
                                  "%n case(s) from %2 to %3.",
            nullptr, int(d.arrivals.arrivals))
                     .arg(humanDuration(d.arrivals.interArrival.mean, TimeUnit::Minute),
                         when(d.discovery.firstTime, log.utcOffsetMinutes),
                         when(d.discovery.lastTime, log.utcOffsetMinutes));
        break;
    case ArrivalFit::Basis::HourOfWeek:
    case ArrivalFit::Basis::HourOfDay:
        lines << (d.arrivals.basis == ArrivalFit::Basis::HourOfWeek
                         ? EventLogText::tr("Arrivals follow the log's rate for each hour of the week (the calendar "
                                            "starts Monday 00:00),")
                         : EventLogText::tr("Arrivals follow the log's rate for each hour of the day,"))
                + u' '
                + EventLogText::tr("since the counts per hour differ more than chance allows (chi-square %1 against "
                                   "%2 for one rate).")
                      .arg(qRound(d.arrivals.chiSquare))
                      .arg(qRound(d.arrivals.critical));
        break;
    }
    if (d.patience.isSet())
        lines << EventLogText::tr("%n case(s) ended without completing; patience is exponential with mean %1: the "
                                  "time cases waited before their activities, over the cases that left.",
            nullptr, int(d.discovery.abandonedCases))
                     .arg(humanDuration(d.patience.mean, TimeUnit::Minute));
    else
        lines << EventLogText::tr("No case was seen ending without completing, so the draft has no patience.");
    return lines;
}

} // namespace

Draft draftFromLog(const EventLog &log, const DraftOptions &options)
{
    Draft d;
    d.discovery = discover(log, { options.completingActivities });
    const detail::ObservedTimes times = detail::observeTimes(log, d.discovery);
    d.staffing = estimateStaffing(log, times.workMinutes);
    std::vector<Instant> arrivals;
    arrivals.reserve(d.discovery.traces.size());
    for (const CaseTrace &t : d.discovery.traces)
        arrivals.push_back(t.arrival);
    d.arrivals = fitArrivals(std::move(arrivals), log.utcOffsetMinutes);
    if (d.discovery.abandonedCases > 0 && times.waitingMinutes > 0)
        d.patience = Distribution::exponential(fourDigits(times.waitingMinutes / double(d.discovery.abandonedCases)));

    Project &p = d.project;
    const QString source = options.source.isEmpty() ? EventLogText::tr("an event log") : options.source;
    p.name = options.name.isEmpty() ? EventLogText::tr("Draft from %1").arg(source) : options.name;
    p.timeUnit = TimeUnit::Minute;
    // A week after a day's warm-up: a weekly calendar is seen once, a queue has filled.
    p.simulation.horizon = 8 * 1440;
    p.simulation.warmup = 1440;
    p.simulation.replications = 10;

    QSet<QString> roleIds;
    std::vector<QString> roleIdOf;
    for (size_t r = 0; r < d.staffing.roles.size(); ++r) {
        Role role;
        role.name = d.staffing.roles[r].name;
        role.id = v2::idFromText(role.name, QStringLiteral("role"), roleIds);
        role.headcount = d.staffing.roles[r].headcount;
        role.office = officeOf(log, d.staffing, int(r));
        roleIdOf.push_back(role.id);
        p.roles.push_back(role);
    }

    detail::ProcessParts parts;
    QSet<QString> noIds;
    parts.name = options.name.isEmpty() ? EventLogText::tr("Process in %1").arg(source) : options.name;
    parts.journeyName = options.name.isEmpty() ? EventLogText::tr("Journey in %1").arg(source)
                                               : EventLogText::tr("%1 journey").arg(options.name);
    parts.id = v2::idFromText(parts.name, QStringLiteral("process"), noIds);
    parts.arrivals = d.arrivals;
    parts.patience = d.patience;
    parts.minEdgeShare = options.minEdgeShare;
    QSet<QString> nodeIds { QStringLiteral("start"), QStringLiteral("end") };
    std::vector<DurationFit> fits;
    for (qsizetype a = 0; a < log.activities.size(); ++a) {
        parts.nodeOfActivity.push_back(v2::idFromText(log.activities[a], QStringLiteral("task"), nodeIds));
        const int role = d.staffing.roleOfActivity[size_t(a)];
        parts.roleOfActivity.push_back(role >= 0 ? roleIdOf[size_t(role)] : QString());
        fits.push_back(fitDuration(times.durations[size_t(a)]));
        parts.durationOfActivity.push_back(fits.back().chosen);
    }
    Process process = detail::buildProcess(log, d.discovery, parts);
    // Where leaving cases are the only way out of a loop, they keep their way to the end.
    Project check = p;
    check.processes.push_back(process);
    if (hasErrors(validate(check))) {
        parts.routeAbandoned = true;
        process = detail::buildProcess(log, d.discovery, parts);
        d.notes << EventLogText::tr("Some activities were only ever left by cases that did not complete; their way to "
                                    "the end is kept, so the draft has a way out.");
    }

    const std::vector<qint32> order = detail::journeyOrder(log, d.discovery);
    for (const qint32 a : order)
        d.fits.push_back(
            { log.activities[a], parts.nodeOfActivity[size_t(a)], times.serviceTime[size_t(a)], fits[size_t(a)] });
    process.description = processNotes(d, log).join(u'\n');
    p.processes.push_back(process);
    p.journeys.push_back(detail::buildJourney(log, order, parts, p, options.stepsPerStage));
    d.metrics = stepMetrics(log, d.discovery, options.ranges);
    for (const StepMetric &m : d.metrics) {
        const auto at = std::find(order.begin(), order.end(), m.activity);
        if (at != order.end())
            p.journeys.front().steps[size_t(at - order.begin())].metrics.push_back(m.metric);
    }

    p.description
        = EventLogText::tr("Drafted from %1: %2, %3 and %4 from %5 to %6. The process's description says how each "
                           "figure was estimated.")
              .arg(source, EventLogText::tr("%n case(s)", nullptr, int(d.discovery.traces.size())),
                  EventLogText::tr("%n event(s)", nullptr, int(std::min<size_t>(log.events.size(), 1u << 30))),
                  EventLogText::tr("%n activity type(s)", nullptr, int(log.activities.size())),
                  when(d.discovery.firstTime, log.utcOffsetMinutes), when(d.discovery.lastTime, log.utcOffsetMinutes));
    return d;
}

} // namespace oi::model::eventlog
