// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/advisor.h"

#include "model/goalsandcosts.h"
#include "model/humanunits.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace oi::model {

namespace {

struct Advisor
{
    Q_DECLARE_TR_FUNCTIONS(Advisor)
};

QString nameOfRole(const Project &p, const QString &id)
{
    const Role *r = p.role(id);
    return r && !r->name.isEmpty() ? r->name : id;
}

QString nameOfProcess(const Project &p, const QString &id)
{
    const Process *x = p.process(id);
    return x && !x->name.isEmpty() ? x->name : id;
}

QString clock(double hourOfDay)
{
    const int minutes = int(std::lround(hourOfDay * 60)) % (24 * 60);
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// The hours where the role binds: with staff on duty, the run of hours around its busiest one that
// stay within 10 points of it; for a coverage constraint, the longest run of hours with work
// waiting and nobody on duty.
std::pair<int, int> bindingHours(const sim::RoleResult &role, bool coverage)
{
    int from = 0, to = 24;
    if (coverage) {
        // The day is a circle: the evening and the early morning are one night.
        const auto uncovered = [&](int k) {
            const std::size_t h = std::size_t(((k % 24) + 24) % 24);
            return std::isnan(role.utilizationByHour[h]) && role.queueByHour[h] > 0.01;
        };
        int bestLength = 0;
        for (int h = 0; h < 24; ++h) {
            if (!uncovered(h) || (uncovered(h - 1) && h > 0) || (h == 0 && uncovered(23) && uncovered(0)))
                continue; // not the first hour of a run
            int end = h;
            while (end < h + 24 && uncovered(end))
                ++end;
            if (end - h > bestLength) {
                bestLength = end - h;
                from = h;
                to = end;
            }
        }
        return bestLength > 0 ? std::pair { from, to } : std::pair { 0, 24 };
    }
    int peak = -1;
    for (int h = 0; h < 24; ++h)
        if (!std::isnan(role.utilizationByHour[std::size_t(h)])
            && (peak < 0 || role.utilizationByHour[std::size_t(h)] > role.utilizationByHour[std::size_t(peak)]))
            peak = h;
    if (peak < 0)
        return { 0, 24 };
    const double top = role.utilizationByHour[std::size_t(peak)];
    const auto binds = [&](int h) {
        const double u = role.utilizationByHour[std::size_t(h)];
        return !std::isnan(u) && u >= top - 0.1;
    };
    from = peak;
    to = peak + 1;
    while (from > 0 && binds(from - 1))
        --from;
    while (to < 24 && binds(to))
        ++to;
    return { from, to };
}

const sim::RoleResult *roleResult(const sim::Results &r, const QString &id)
{
    for (const sim::RoleResult &x : r.roles)
        if (QString::fromStdString(x.id) == id)
            return &x;
    return nullptr;
}

struct Candidate
{
    QString change, sentenceStart;
    Scenario scenario;
};

} // namespace

Advice advise(const Project &project, const QString &scenarioId, const AdviceSettings &settings)
{
    Advice out;
    const Scenario *base = project.scenario(scenarioId);
    if (!base) {
        out.error = Advisor::tr("there is no scenario '%1'.").arg(scenarioId);
        return out;
    }
    // The base alone first: where the constraint is, and when.
    Project work = project;
    Scenario twin = *base;
    twin.id = base->id + QStringLiteral("~base");
    work.scenarios.push_back(twin);
    std::vector<sim::Results> first;
    ComparisonSettings cs;
    cs.replications = settings.replications;
    ComparisonControl cc;
    cc.cancel = settings.cancel;
    cc.results = &first;
    const Comparison probe = compareScenarios(work, { base->id, twin.id }, cs, cc);
    if (!probe.ok) {
        out.error = probe.error;
        return out;
    }
    const sim::Results &r0 = first.front();
    if (r0.bottlenecks.empty()) {
        out.error = Advisor::tr("the scenario has no constraint: nothing waits for anyone.");
        return out;
    }
    const double day = r0.layout.dayLength > 0 ? r0.layout.dayLength : 1440;
    AdviceConstraint &c = out.constraint;
    c.role = QString::fromStdString(r0.bottlenecks.front().role);
    c.node = QString::fromStdString(r0.bottlenecks.front().node);
    c.utilisation = r0.bottlenecks.front().utilization;
    // One window per run of hours with the same role as constraint (its task may change within).
    double runFrom = 0, runTo = 0;
    std::string runRole, runNode;
    const auto closeRun = [&] {
        if (!runRole.empty())
            out.windows.push_back({ clock(runFrom * 24 / day) + u'\u2013' + clock(std::fmod(runTo * 24 / day, 24)),
                QString::fromStdString(runRole), QString::fromStdString(runNode) });
    };
    for (const sim::WindowConstraint &w : r0.windows) {
        if (w.constraint.role.empty())
            continue;
        if (w.constraint.role == runRole && std::abs(w.from - runTo) < 1e-9) {
            runTo = w.to;
            continue;
        }
        closeRun();
        runFrom = w.from;
        runTo = w.to;
        runRole = w.constraint.role;
        runNode = w.constraint.node;
    }
    closeRun();
    const sim::RoleResult *role = roleResult(r0, c.role);
    if (role) {
        c.waitCapacity = role->waitCapacity.mean;
        c.waitCoverage = role->waitCoverage.mean;
    }
    c.coverage = c.waitCoverage > c.waitCapacity;
    const auto [fromHour, toHour] = role ? bindingHours(*role, c.coverage) : std::pair { 0, 24 };
    c.windowFrom = fromHour * day / 24;
    c.windowTo = toHour * day / 24; // past `day` when the window runs over midnight
    if (toHour - fromHour < 24)
        c.window = clock(fromHour) + u'\u2013' + clock(toHour % 24);
    const QString roleName = nameOfRole(project, c.role);
    const QString processId = c.node.section(u'/', 0, 0);
    const QString inPlace = base->processInPlaceOf(processId);
    const QString windowWords = c.window.isEmpty() ? QString() : u' ' + c.window;
    out.summary = c.coverage
        ? Advisor::tr("The constraint is %1: work waits while nobody who can do it is on duty%2 — more hours, "
                      "not more people, remove it.")
              .arg(roleName, windowWords)
        : Advisor::tr("The constraint is %1, busy %2 of the time: work waits for want of people%3.")
              .arg(roleName, percent(c.utilisation), windowWords);

    // The remedies, each as a what-if scenario on top of the base.
    std::vector<Candidate> candidates;
    const auto make = [&](const QString &change, const QString &words, auto &&edit) {
        Candidate k { change, words, *base };
        k.scenario.id = QStringLiteral("advice-%1").arg(candidates.size() + 1);
        k.scenario.name = words;
        k.scenario.description
            = Advisor::tr("Suggested by the constraint advisor on scenario \u201c%1\u201d.").arg(base->name);
        edit(k.scenario);
        candidates.push_back(std::move(k));
    };
    const bool windowed = toHour - fromHour < 24;
    for (int k = 1; k <= std::max(1, settings.maxStaff); ++k) {
        const QString change = windowed
            ? QStringLiteral("+%1 %2 %3-%4").arg(k).arg(c.role, clock(fromHour), clock(toHour % 24))
            : QStringLiteral("+%1 %2").arg(k).arg(c.role);
        // Off-shift waiting is remedied by a shift that covers the hours; busy staff by more of them.
        const QString words = c.coverage && windowed
            ? (k == 1 ? Advisor::tr("A shift %1 for one %2").arg(c.window, roleName)
                      : Advisor::tr("A shift %1 for %n staff as %2", nullptr, k).arg(c.window, roleName))
            : k == 1 ? Advisor::tr("One more %1%2").arg(roleName, windowWords)
                     : Advisor::tr("%n more staff as %1%2", nullptr, k).arg(roleName, windowWords);
        make(change, words, [&, k](Scenario &s) {
            StaffingChange add;
            add.role = c.role;
            add.from = windowed ? c.windowFrom : 0;
            add.to = windowed ? std::min(c.windowTo, day) : day;
            add.add = k;
            add.period = day;
            s.staffing.push_back(add);
            if (windowed && c.windowTo > day) { // over midnight: the morning part too
                add.from = 0;
                add.to = c.windowTo - day;
                s.staffing.push_back(add);
            }
        });
    }
    // Inside staff with room to spare, cross-trained onto the constraint.
    const sim::RoleResult *idle = nullptr;
    for (const sim::RoleResult &x : r0.roles)
        if (QString::fromStdString(x.id) != c.role && x.utilization.mean < 0.7
            && (!idle || x.utilization.mean < idle->utilization.mean))
            idle = &x;
    if (idle) {
        const QString helper = QString::fromStdString(idle->id);
        // At the peak only, where the constraint binds within the day: the rest of the day the
        // helpers do their own work undisturbed.
        const bool atPeak = windowed && c.windowTo <= day;
        make(atPeak ? QStringLiteral("cross-train %1\u2192%2 %3-%4")
                          .arg(helper, c.role, clock(fromHour), clock(toHour % 24))
                    : QStringLiteral("cross-train %1\u2192%2").arg(helper, c.role),
            atPeak ? Advisor::tr("%1 cross-trained to help %2 %3").arg(nameOfRole(project, helper), roleName, c.window)
                   : Advisor::tr("%1 cross-trained to help %2").arg(nameOfRole(project, helper), roleName),
            [&](Scenario &s) {
                CrossTraining skill { c.role, 2, {}, {}, {} };
                if (atPeak) {
                    skill.from = c.windowFrom;
                    skill.to = c.windowTo;
                    skill.period = day;
                }
                s.addCrossTraining.push_back({ helper, skill });
            });
        // One more person where there is no constraint: it should buy nothing.
        make(QStringLiteral("+1 %1").arg(helper),
            Advisor::tr("One more %1 (not the constraint)").arg(nameOfRole(project, helper)), [&](Scenario &s) {
                StaffingChange add;
                add.role = helper;
                add.from = 0;
                add.to = day;
                add.add = 1;
                add.period = day;
                s.staffing.push_back(add);
            });
    }
    // Demand: a share of the constraint's process to the channel another scenario already diverts it to.
    bool diverted = std::any_of(
        base->divert.begin(), base->divert.end(), [&](const Diversion &b) { return b.process == processId; });
    for (const Scenario &other : project.scenarios)
        for (const Diversion &d : other.divert)
            if (!diverted && d.process == processId) {
                diverted = true;
                make(QStringLiteral("divert 20% %1\u2192%2").arg(d.process, d.to),
                    Advisor::tr("A fifth of %1 to %2")
                        .arg(nameOfProcess(project, d.process), nameOfProcess(project, d.to)),
                    [&](Scenario &s) {
                        s.divert.push_back({ d.process, d.to, 0.2 });
                    });
            }
    // Demand: a fifth of the peak's customers served in the quieter hours instead (an appointment,
    // a callback slot), the day's demand unchanged.
    const Process *constrained = project.process(inPlace);
    const Node *entry = nullptr;
    if (constrained)
        for (const Node &n : constrained->nodes)
            if (n.type == NodeType::Start && !entry)
                entry = &n;
    if (!c.coverage && windowed && entry) {
        const auto arrivalsIn = [&](double a, double b) {
            if (!entry->rateCalendar || std::abs(entry->rateCalendar->period - day) > 1e-9)
                return b - a; // the same all day: in proportion to the hours
            double n = 0;
            for (const RateBlock &r : entry->rateCalendar->rates)
                n += r.perTimeUnit * std::max(0.0, std::min(b, r.to) - std::max(a, r.from));
            return n;
        };
        // The peak of demand itself: the busiest block of its calendar (the queue it leaves may
        // keep the staff busy a while after), else the hours where the staff are busiest.
        double from = c.windowFrom, to = c.windowTo;
        if (entry->rateCalendar && std::abs(entry->rateCalendar->period - day) < 1e-9) {
            const RateBlock *top = nullptr;
            for (const RateBlock &r : entry->rateCalendar->rates)
                if (!top || r.perTimeUnit > top->perTimeUnit)
                    top = &r;
            if (top && top->to - top->from < day) {
                from = top->from;
                to = top->to;
            }
        }
        const double peak = arrivalsIn(from, to);
        const double rest = arrivalsIn(0, from) + arrivalsIn(to, day);
        const QString hours = clock(from * 24 / day) + u'\u2013' + clock(std::fmod(to * 24 / day, 24));
        if (peak > 0 && rest > 0)
            make(QStringLiteral("smooth 20% %1 %2").arg(inPlace, QString(hours).replace(u'\u2013', u'-')),
                Advisor::tr("Serving a fifth of the %1 customers of %2 outside those hours")
                    .arg(hours, nameOfProcess(project, inPlace)),
                [&, from, to](Scenario &s) {
                    const double moved = 1 + 0.2 * peak / rest;
                    s.arrivals.push_back({ processId, 0.8, from, to, day });
                    if (from > 0)
                        s.arrivals.push_back({ processId, moved, 0.0, from, day });
                    if (to < day)
                        s.arrivals.push_back({ processId, moved, to, day, day });
                });
    }
    // Design: the redesigns the project holds.
    for (const Process &v : project.processes)
        if (!v.variantOf.isEmpty() && base->processInPlaceOf(v.variantOf) == v.variantOf)
            make(QStringLiteral("variant %1").arg(v.id), Advisor::tr("The redesign \u201c%1\u201d").arg(v.name),
                [&](Scenario &s) {
                    s.variants.push_back({ v.variantOf, v.id });
                });

    // Every remedy against the base, with common random numbers.
    work = project;
    QStringList ids { base->id };
    for (const Candidate &k : candidates) {
        work.scenarios.push_back(k.scenario);
        ids << k.scenario.id;
    }
    std::vector<sim::Results> runs;
    cc.results = &runs;
    const Comparison cmp = compareScenarios(work, ids, cs, cc);
    if (!cmp.ok) {
        out.error = cmp.error;
        return out;
    }
    // A comparison names a variant's figures by the process it stands in for.
    const Process *measured = project.process(processId);
    const QString compared = measured && !measured->variantOf.isEmpty() ? measured->variantOf : processId;
    const KpiComparison *kpi = nullptr;
    for (const KpiComparison &k : cmp.kpis)
        if (k.process == compared && k.kpi == ComparedKpi::CycleTimeMean)
            kpi = &k;
    if (!kpi) {
        out.error
            = Advisor::tr("no cycle time was measured for \u201c%1\u201d.").arg(nameOfProcess(project, processId));
        return out;
    }
    // Money per week, from the measured period.
    const CostResult baseCost = evaluateCosts(work, runs.front());
    const double perWeek = baseCost.hours > 0 ? 24.0 * 7 / baseCost.hours : 0;
    const TimeUnit unit = project.timeUnit;
    const auto failureDemand = [&](const sim::Results &r) {
        double n = 0;
        for (const sim::ProcessResult &p : r.processes)
            n += p.failureDemand.mean;
        return baseCost.hours > 0 ? n * perWeek : 0.0;
    };
    const auto verdict = [](GoalVerdict v) {
        return v == GoalVerdict::Met   ? QStringLiteral("yes")
            : v == GoalVerdict::NotMet ? QStringLiteral("no")
                                       : QStringLiteral("uncertain");
    };
    const std::vector<GoalResult> goalsBefore = evaluateGoals(work, runs.front());
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        AdviceOption o;
        o.change = candidates[k].change;
        o.process = inPlace;
        o.before = kpi->values.front().mean;
        o.after = kpi->values[k + 1].mean;
        const PairedDifference &d = kpi->differences[k];
        o.gain = -d.change.mean;
        o.ci95 = d.change.ci95;
        o.significant = d.significant;
        const CostResult cost = evaluateCosts(work, runs[k + 1]);
        o.cost = (cost.staff + cost.overtime - baseCost.staff - baseCost.overtime) * perWeek;
        o.value = ((baseCost.lost - cost.lost) + (cost.value - baseCost.value)) * perWeek;
        o.net = o.value - o.cost;
        o.failureDemandBefore = failureDemand(runs.front());
        o.failureDemand = failureDemand(runs[k + 1]);
        const std::vector<GoalResult> goalsAfter = evaluateGoals(work, runs[k + 1]);
        for (std::size_t g = 0; g < goalsAfter.size() && g < goalsBefore.size(); ++g)
            o.goals.push_back({ goalsAfter[g].goal, verdict(goalsAfter[g].met), verdict(goalsBefore[g].met) });
        o.scenario = candidates[k].scenario;
        const QString what = nameOfProcess(project, processId);
        const QString from = humanDuration(o.before, unit), to = humanDuration(o.after, unit);
        const QString fromTo = from == to ? QString() : Advisor::tr(", from %1 to %2").arg(from, to);
        QString s = o.significant && o.gain > 0
            ? Advisor::tr("%1 cuts the mean time to complete %2 by %3 (\u00b1 %4)%5")
                  .arg(candidates[k].sentenceStart, what, humanDuration(o.gain, unit), humanDuration(o.ci95, unit),
                      fromTo)
            : o.significant
            ? Advisor::tr("%1 lengthens the mean time to complete %2 by %3 (\u00b1 %4)")
                  .arg(candidates[k].sentenceStart, what, humanDuration(-o.gain, unit), humanDuration(o.ci95, unit))
            : Advisor::tr("%1 makes no significant difference to the time to complete %2 (%3, \u00b1 %4)")
                  .arg(candidates[k].sentenceStart, what, humanDuration(o.after, unit), humanDuration(o.ci95, unit));
        const QString &currency = project.currency;
        if (o.cost >= 0.5)
            s += Advisor::tr(", for %1 a week in staff").arg(money(o.cost, currency));
        else if (o.cost <= -0.5)
            s += Advisor::tr(", with %1 a week less spent on staff").arg(money(-o.cost, currency));
        if (o.value >= 0.5)
            s += Advisor::tr(", and saves %1 a week of lost customers and value").arg(money(o.value, currency));
        else if (o.value <= -0.5)
            s += Advisor::tr(", and loses %1 a week of customers and value").arg(money(-o.value, currency));
        // Customers who stop calling to ask where their case is: load taken off the front office.
        if (o.failureDemandBefore - o.failureDemand >= 0.5)
            s += Advisor::tr(", and %n fewer calls a week from customers asking where their case is", nullptr,
                int(std::lround(o.failureDemandBefore - o.failureDemand)));
        o.sentence = s + u'.';
        out.options.push_back(std::move(o));
    }
    // The business case decides; between equal cases, the bigger gain.
    std::stable_sort(out.options.begin(), out.options.end(), [](const AdviceOption &a, const AdviceOption &b) {
        if (std::abs(a.net - b.net) > 0.5)
            return a.net > b.net;
        return a.gain > b.gain;
    });
    out.ok = true;
    return out;
}

} // namespace oi::model
