// SPDX-License-Identifier: GPL-3.0-or-later
// Logs generated from a known process (logfactory.h, fixed seed) are imported, and the draft must
// give back each parameter within the tolerance stated at its check; the draft validates and runs.
#include "logfactory.h"

#include "model/eventlog/calibration.h"
#include "model/eventlog/draft.h"
#include "model/eventlog/eventlog.h"
#include "model/simulationinput.h"
#include "model/validator.h"
#include "simulation/simulator.h"

#include <QBuffer>
#include <QTest>

#include <algorithm>
#include <map>
#include <tuple>

using namespace oi::model;
using namespace oi::model::eventlog;

namespace {

struct Imported
{
    EventLog log;
    ReadReport report;
    Draft draft;
};

Imported import(const QByteArray &data, const QString &name = QStringLiteral("log.csv"), DraftOptions draft = {})
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    Imported i;
    i.log = readEventLog(&buffer, name, {}, &i.report);
    if (i.report.ok())
        i.draft = draftFromLog(i.log, draft);
    return i;
}

const TaskFit *fit(const Draft &d, const char *activity)
{
    for (const TaskFit &f : d.fits)
        if (f.activity == QLatin1String(activity))
            return &f;
    return nullptr;
}

const Role *roleOf(const Draft &d, const char *activity)
{
    const Process &p = d.project.processes.front();
    for (const Node &n : p.nodes)
        if (n.name == QLatin1String(activity))
            return d.project.role(n.role);
    return nullptr;
}

/** The share of the way from the gateway after `from` to `to` (0 when there is none). */
double share(const Draft &d, const char *from, const char *to)
{
    const Process &p = d.project.processes.front();
    QString fromId, toId;
    for (const Node &n : p.nodes) {
        if (n.name == QLatin1String(from))
            fromId = n.id;
        if (n.name == QLatin1String(to))
            toId = n.id;
    }
    for (const Flow &f : p.flows)
        if (f.from == fromId)
            for (const Flow &g : p.flows)
                if (g.from == f.to && g.to == toId && g.probability)
                    return *g.probability;
    return 0;
}

bool within(double value, double expected, double relative)
{
    return std::abs(value - expected) <= relative * std::abs(expected);
}

#define QVERIFY_NEAR(value, expected, relative)                                                                        \
    QVERIFY2(within((value), (expected), (relative)),                                                                  \
        qPrintable(QStringLiteral("%1 = %2, expected %3 ± %4 %")                                                       \
                       .arg(QLatin1String(#value))                                                                     \
                       .arg(value)                                                                                     \
                       .arg(expected)                                                                                  \
                       .arg((relative)*100)))

void verifyRuns(const Project &project)
{
    const Problems problems = validate(project);
    for (const Problem &p : problems)
        QVERIFY2(!p.isError(), qPrintable(p.toString()));
    Project shorter = project;
    shorter.simulation.replications = 2;
    shorter.simulation.horizon = 3000;
    shorter.simulation.warmup = 300;
    QString error;
    const auto input = toSimulationInput(shorter, QString(), &error);
    QVERIFY2(input, qPrintable(error));
    const oi::sim::Results results = oi::sim::simulate(*input);
    QVERIFY2(results.error.empty(), results.error.c_str());
}

/** The most back-office people at work at once in `rows` (their activities never overlap). */
int peakBackOffice(const std::vector<oi::test::LogRow> &rows, const oi::test::KnownProcess &known)
{
    std::vector<std::pair<double, int>> changes;
    for (const oi::test::LogRow &r : rows)
        if (!r.abandoned && std::count(known.back.begin(), known.back.end(), r.resource)) {
            changes.emplace_back(r.start, +1);
            changes.emplace_back(r.end, -1);
        }
    std::sort(changes.begin(), changes.end());
    int now = 0, most = 0;
    for (const auto &c : changes)
        most = std::max(most, now += c.second);
    return most;
}

} // namespace

class TestEventLogDraft : public QObject
{
    Q_OBJECT

private slots:
    void recoversTheKnownProcess()
    {
        oi::test::KnownProcess known;
        known.cases = 4000;
        const Imported i = import(oi::test::csvLog(oi::test::generateLog(known)));
        QVERIFY2(i.report.ok(), qPrintable(i.report.error));
        QCOMPARE(i.report.badRows, 0);
        const Draft &d = i.draft;

        // Arrivals: exponential, mean within 5 % (4000 arrivals: one standard error is 1.6 %).
        QCOMPARE(d.arrivals.basis, ArrivalFit::Basis::Constant);
        QVERIFY_NEAR(d.arrivals.interArrival.mean, known.meanInterArrival, 0.05);

        // Durations: the right family; means within 5 %, standard deviations within 10 %.
        const TaskFit *reg = fit(d, "Register"), *assess = fit(d, "Assess"), *rework = fit(d, "Rework"),
                      *close = fit(d, "Close");
        QVERIFY(reg && assess && rework && close);
        QVERIFY(reg->serviceTime);
        QCOMPARE(reg->fit.chosen.kind, DistKind::Lognormal);
        QVERIFY_NEAR(reg->fit.chosen.mean, 4.0, 0.05);
        QVERIFY_NEAR(reg->fit.chosen.sd, 2.0, 0.10);
        QCOMPARE(assess->fit.chosen.kind, DistKind::Gamma);
        QVERIFY_NEAR(assess->fit.chosen.mean, 12.0, 0.05);
        QVERIFY_NEAR(assess->fit.chosen.sd, 6.0, 0.10);
        // Triangular: each bound within 0.5 min, the mode within 1 min.
        QCOMPARE(rework->fit.chosen.kind, DistKind::Triangular);
        QVERIFY(std::abs(rework->fit.chosen.min - 5) <= 0.5);
        QVERIFY(std::abs(rework->fit.chosen.mode - 8) <= 1.0);
        QVERIFY(std::abs(rework->fit.chosen.max - 15) <= 0.5);
        // Exponential, mean within 7 % (the gamma of shape 1 is no better within 2 AIC).
        QCOMPARE(close->fit.chosen.kind, DistKind::Exponential);
        QVERIFY_NEAR(close->fit.chosen.mean, 3.0, 0.07);
        for (const TaskFit &f : d.fits)
            QVERIFY2(f.fit.ks < 0.03, qPrintable(f.activity));

        // The branch: rework within 2 points of 30 %, and the loop back to Assess.
        QVERIFY(std::abs(share(d, "Assess", "Rework") - known.reworkProbability) <= 0.02);
        QVERIFY(std::abs(share(d, "Assess", "Close") - (1 - known.reworkProbability)) <= 0.02);
        const Process &p = d.project.processes.front();
        QVERIFY(std::any_of(p.flows.begin(), p.flows.end(),
            [&](const Flow &f) { return f.from == QLatin1String("rework") && f.to == QLatin1String("assess"); }));

        // Roles: the front desk and the back office, each with its exact headcount.
        QCOMPARE(d.staffing.basis, StaffingEstimate::Basis::Concurrency);
        QCOMPARE(d.project.roles.size(), size_t(2));
        QCOMPARE(roleOf(d, "Register"), roleOf(d, "Close"));
        QCOMPARE(roleOf(d, "Assess"), roleOf(d, "Rework"));
        QCOMPARE(roleOf(d, "Register")->headcount, int(known.front.size()));
        QCOMPARE(roleOf(d, "Assess")->headcount, int(known.back.size()));
        QVERIFY(!d.patience.isSet());

        // The journey: the most common path's order, channels from the data, linked to the tasks.
        const Journey &j = d.project.journeys.front();
        QCOMPARE(j.steps.size(), size_t(4));
        QCOMPARE(j.steps[0].title, QStringLiteral("Register"));
        QCOMPARE(j.steps[1].title, QStringLiteral("Assess"));
        QCOMPARE(j.steps[2].title, QStringLiteral("Close"));
        QCOMPARE(j.steps[0].channel, Channel::Phone);
        QCOMPARE(j.steps[1].channel, Channel::Web);
        QCOMPARE(j.steps[0].processes, QStringList { p.id + QStringLiteral("/register") });
        QCOMPARE(j.steps[0].evidence, Evidence::Observed);
        verifyRuns(d.project);

        // Simulated, the draft looks like the log: cycle times (mean and distribution), throughput and
        // activity counts within 10 %, 10 % and 5 %, arrivals by hour and variant shares within 3 points.
        const CalibrationCheck check = checkCalibration(i.log, d);
        QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
        QVERIFY_NEAR(check.cycleMean.simulated, check.cycleMean.observed, 0.10);
        QVERIFY_NEAR(check.cycleP90.simulated, check.cycleP90.observed, 0.10);
        QVERIFY(check.earthMovers < 0.10 * check.cycleMean.observed);
        QVERIFY_NEAR(check.perDay.simulated, check.perDay.observed, 0.10);
        for (const Compared &c : check.perCase)
            QVERIFY_NEAR(c.simulated, c.observed, 0.05);
        QVERIFY(check.arrivalGap < 0.03);
        QVERIFY(check.variants.size() >= 3);
        for (const auto &[v, share] : check.variants)
            QVERIFY(std::abs(share.simulated - share.observed) < 0.03);
    }

    void patienceFromCasesThatLeft()
    {
        oi::test::KnownProcess known;
        known.cases = 6000;
        known.meanInterArrival = 5.5;
        known.meanPatience = 20;
        known.back = { "Cid", "Dee", "Eve", "Fay", "Gus" };
        const Imported i = import(oi::test::csvLog(oi::test::generateLog(known)));
        QVERIFY2(i.report.ok(), qPrintable(i.report.error));
        const Draft &d = i.draft;
        QVERIFY(d.discovery.abandonedCases > 50);
        // Patience: exponential, mean within 15 % (some 750 cases leave; 20 seeds gave 18.3 to 22.0).
        QCOMPARE(d.patience.kind, DistKind::Exponential);
        QVERIFY_NEAR(d.patience.mean, known.meanPatience, 0.15);
        QCOMPARE(d.project.processes.front().nodes.front().patience, d.patience);
        // Cases that left do not count as a way out: the branch keeps its share.
        QVERIFY(std::abs(share(d, "Assess", "Rework") - known.reworkProbability) <= 0.02);
        verifyRuns(d.project);
    }

    void headcountCountsPeopleNotTheirOverlappingActivities()
    {
        // Four people at the front desk, busy enough that all four work at once at the peak; each
        // records Close from three minutes before they finish what they were doing, as agents who
        // send a confirmation while the next case is open do. Counting activities in progress made
        // four agents six; the headcount must be the four people, exactly (tolerance 0).
        oi::test::KnownProcess known;
        known.front = { "Ann", "Bob", "Gus", "Hal" };
        known.registerTime = oi::test::KnownProcess::lognormal(12, 4);
        known.back = { "Cid", "Dee", "Eve", "Fay", "Ida", "Jon" };
        std::vector<oi::test::LogRow> rows = oi::test::generateLog(known);
        auto peak = [&](bool people) {
            std::vector<std::tuple<double, int, std::string>> changes;
            for (const oi::test::LogRow &r : rows)
                if (!r.abandoned && std::count(known.front.begin(), known.front.end(), r.resource)) {
                    changes.emplace_back(r.start, +1, r.resource);
                    changes.emplace_back(r.end, -1, r.resource);
                }
            std::sort(changes.begin(), changes.end());
            std::map<std::string, int> open;
            int now = 0, most = 0;
            for (const auto &[t, delta, who] : changes) {
                const int before = open[who];
                open[who] += delta;
                now += people ? int(open[who] > 0) - int(before > 0) : delta;
                most = std::max(most, now);
            }
            return most;
        };
        QCOMPARE(peak(true), int(known.front.size())); // all four do work at the same time
        for (oi::test::LogRow &r : rows)
            if (!r.abandoned && r.activity == std::string("Close"))
                r.start -= 3;
        QVERIFY2(peak(false) > int(known.front.size()), "the log must overlap a person's activities");
        QCOMPARE(peak(true), int(known.front.size()));

        const Imported i = import(oi::test::csvLog(rows));
        QVERIFY2(i.report.ok(), qPrintable(i.report.error));
        const Draft &d = i.draft;
        QCOMPARE(d.staffing.basis, StaffingEstimate::Basis::Concurrency);
        QCOMPARE(roleOf(d, "Register"), roleOf(d, "Close"));
        QCOMPARE(roleOf(d, "Register")->headcount, int(known.front.size()));
        QCOMPARE(roleOf(d, "Assess")->headcount, peakBackOffice(rows, known));
    }

    void completionTimesOnly()
    {
        oi::test::KnownProcess known;
        oi::test::CsvShape shape;
        shape.completionsOnly = true;
        const Imported i = import(oi::test::csvLog(oi::test::generateLog(known), shape));
        QVERIFY2(i.report.ok(), qPrintable(i.report.error));
        const Draft &d = i.draft;
        // Headcount from completions alone: exact here, every one is busy.
        QCOMPARE(d.staffing.basis, StaffingEstimate::Basis::Completions);
        QCOMPARE(roleOf(d, "Register")->headcount, int(known.front.size()));
        QCOMPARE(roleOf(d, "Assess")->headcount, int(known.back.size()));
        QVERIFY(!fit(d, "Assess")->serviceTime);
        QCOMPARE(fit(d, "Register")->fit.why, DurationFit::Why::NoData); // always first, nothing before it
        QVERIFY(d.project.processes.front().description.contains(QLatin1String("completion times only")));
        QVERIFY(std::abs(share(d, "Assess", "Rework") - known.reworkProbability) <= 0.03);
        verifyRuns(d.project);
    }

    void startAndCompleteRowsPairLikeAStartColumn()
    {
        oi::test::KnownProcess known;
        known.cases = 500;
        const auto rows = oi::test::generateLog(known);
        oi::test::CsvShape lifecycle;
        lifecycle.startColumn = false;
        lifecycle.delimiter = ';';
        const Imported columns = import(oi::test::csvLog(rows));
        const Imported paired = import(oi::test::csvLog(rows, lifecycle));
        QVERIFY2(paired.report.ok(), qPrintable(paired.report.error));
        QCOMPARE(paired.report.unmatchedStarts, 0);
        QCOMPARE(paired.log.events.size(), columns.log.events.size());
        QCOMPARE(paired.draft.fits.size(), columns.draft.fits.size());
        for (size_t f = 0; f < columns.draft.fits.size(); ++f)
            QCOMPARE(paired.draft.fits[f].fit.chosen, columns.draft.fits[f].fit.chosen);
        QCOMPARE(paired.draft.project.roles, columns.draft.project.roles);
    }

    void xesGivesTheSameDraft()
    {
        oi::test::KnownProcess known;
        known.cases = 500;
        known.meanPatience = 15;
        const auto rows = oi::test::generateLog(known);
        const Imported csv = import(oi::test::csvLog(rows));
        const Imported xes = import(oi::test::xesLog(rows), QStringLiteral("log.xes"));
        QVERIFY2(xes.report.ok(), qPrintable(xes.report.error));
        QCOMPARE(xes.report.format, QStringLiteral("XES"));
        QCOMPARE(xes.log.events.size(), csv.log.events.size());
        QCOMPARE(xes.draft.discovery.abandonedCases, csv.draft.discovery.abandonedCases);
        for (size_t f = 0; f < csv.draft.fits.size(); ++f)
            QCOMPARE(xes.draft.fits[f].fit.chosen, csv.draft.fits[f].fit.chosen);
        QCOMPARE(xes.draft.patience, csv.draft.patience);
        QCOMPARE(xes.draft.project.processes, csv.draft.project.processes);
    }

    void weeklyPeaksBecomeARateCalendar()
    {
        // Weekdays 08:00–18:00 only, 12 cases an hour, for three weeks.
        QByteArray csv = "case,activity,timestamp\n";
        oi::sim::Rng rng(7, 0, 0);
        int n = 0;
        for (int day = 0; day < 21; ++day) {
            if (day % 7 >= 5)
                continue;
            for (double t = 8 * 60 - 5 * std::log(rng.uniformPositive()); t < 18 * 60;
                 t += -5 * std::log(rng.uniformPositive()))
                csv += "c" + QByteArray::number(++n) + ",Answer,"
                    + QByteArray::fromStdString(oi::test::isoTime(day * 1440 + t)) + '\n';
        }
        const Imported i = import(csv);
        QVERIFY2(i.report.ok(), qPrintable(i.report.error));
        QCOMPARE(i.draft.arrivals.basis, ArrivalFit::Basis::HourOfWeek);
        const auto &calendar = i.draft.project.processes.front().nodes.front().rateCalendar;
        QVERIFY(calendar);
        QCOMPARE(calendar->period, 10080.0);
        auto rateAt = [&](double minute) {
            for (const RateBlock &b : calendar->rates)
                if (minute >= b.from && minute < b.to)
                    return b.perTimeUnit;
            return -1.0;
        };
        // Open hours: the mean rate within 7 % of 0.2 a minute; closed hours exactly 0.
        double open = 0;
        for (int day = 0; day < 5; ++day)
            for (int hour = 8; hour < 18; ++hour)
                open += rateAt(day * 1440 + hour * 60 + 30) / 50;
        QVERIFY_NEAR(open, 0.2, 0.07);
        QCOMPARE(rateAt(3 * 60), 0.0); // Monday 03:00
        QCOMPARE(rateAt(6 * 1440 + 10 * 60), 0.0); // Sunday 10:00
        QVERIFY(i.draft.project.processes.front().description.contains(QLatin1String("hour of the week")));
        verifyRuns(i.draft.project);
    }
};

QTEST_GUILESS_MAIN(TestEventLogDraft)
#include "tst_eventlogdraft.moc"
