// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/scenarioinput.h"

#include "model/simulationinput.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <set>

namespace oi::model::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SimulationInput", text);
}

/** A piecewise-constant value over a repeating period: staff on duty, or an arrival rate. */
struct Piecewise
{
    double period = 0;
    std::vector<double> cuts; // sorted, from 0 to period
    std::vector<double> values; // values[i] holds on [cuts[i], cuts[i+1])

    static Piecewise constant(double period, double value) { return { period, { 0.0, period }, { value } }; }

    double at(double t) const
    {
        const double pos = t - std::floor(t / period) * period;
        for (std::size_t i = 0; i + 1 < cuts.size(); ++i)
            if (pos >= cuts[i] && pos < cuts[i + 1])
                return values[i];
        return values.empty() ? 0.0 : values.back();
    }

    /** The same function over `longer` (a whole multiple of the period) with extra cut points. */
    Piecewise refined(double longer, const std::vector<double> &extra) const
    {
        std::set<double> points { 0.0, longer };
        for (double k = 0; k * period < longer - 1e-9; ++k)
            for (double c : cuts)
                if (k * period + c < longer)
                    points.insert(k * period + c);
        for (double c : extra)
            if (c > 0 && c < longer)
                points.insert(c);
        Piecewise out { longer, { points.begin(), points.end() }, {} };
        for (std::size_t i = 0; i + 1 < out.cuts.size(); ++i)
            out.values.push_back(at((out.cuts[i] + out.cuts[i + 1]) / 2));
        return out;
    }
};

bool fits(double a, double b)
{
    const double ratio = std::max(a, b) / std::min(a, b);
    return std::abs(ratio - std::round(ratio)) < 1e-9 * ratio;
}

// `f` and the window [from, to) of `windowPeriod` on one common period, then `apply` to each piece
// inside a window; false when the periods do not repeat together.
template<typename Apply> bool changeInWindow(Piecewise &f, double from, double to, double windowPeriod, Apply &&apply)
{
    if (!fits(f.period, windowPeriod))
        return false;
    const double common = std::max(f.period, windowPeriod);
    std::vector<double> extra;
    for (double k = 0; k * windowPeriod < common - 1e-9; ++k) {
        extra.push_back(k * windowPeriod + from);
        extra.push_back(k * windowPeriod + to);
    }
    f = f.refined(common, extra);
    for (std::size_t i = 0; i < f.values.size(); ++i) {
        const double mid = (f.cuts[i] + f.cuts[i + 1]) / 2;
        const double pos = mid - std::floor(mid / windowPeriod) * windowPeriod;
        if (pos >= from && pos < to)
            f.values[i] = apply(f.values[i]);
    }
    return true;
}

Piecewise staffOf(const sim::Role &r, double period)
{
    if (r.shifts.empty())
        return Piecewise::constant(period, r.headcount);
    Piecewise f = Piecewise::constant(r.shiftPeriod, 0);
    std::vector<double> extra;
    for (const sim::ShiftBlock &b : r.shifts)
        extra.insert(extra.end(), { b.from, b.to });
    f = f.refined(r.shiftPeriod, extra);
    for (std::size_t i = 0; i < f.values.size(); ++i)
        for (const sim::ShiftBlock &b : r.shifts)
            if (f.cuts[i] >= b.from && f.cuts[i + 1] <= b.to)
                f.values[i] += b.headcount; // overlapping blocks add up, as in the engine
    return f;
}

void setStaff(sim::Role &r, const Piecewise &f)
{
    r.shiftPeriod = f.period;
    r.shifts.clear();
    int most = 0;
    for (std::size_t i = 0; i < f.values.size(); ++i) {
        const int h = int(std::lround(f.values[i]));
        most = std::max(most, h);
        if (!r.shifts.empty() && r.shifts.back().headcount == h && r.shifts.back().to == f.cuts[i])
            r.shifts.back().to = f.cuts[i + 1];
        else
            r.shifts.push_back({ f.cuts[i], f.cuts[i + 1], h });
    }
    r.headcount = most;
}

Piecewise ratesOf(const sim::Node &n)
{
    Piecewise f = Piecewise::constant(n.ratePeriod, 0);
    std::vector<double> extra;
    for (const sim::RateBlock &b : n.rates)
        extra.insert(extra.end(), { b.from, b.to });
    f = f.refined(n.ratePeriod, extra);
    for (std::size_t i = 0; i < f.values.size(); ++i)
        for (const sim::RateBlock &b : n.rates)
            if (f.cuts[i] >= b.from && f.cuts[i + 1] <= b.to)
                f.values[i] += b.perTimeUnit;
    return f;
}

void setRates(sim::Node &n, const Piecewise &f)
{
    n.ratePeriod = f.period;
    n.rates.clear();
    for (std::size_t i = 0; i < f.values.size(); ++i)
        if (f.values[i] > 0)
            n.rates.push_back({ f.cuts[i], f.cuts[i + 1], f.values[i] });
}

sim::Process *findProcess(sim::SimulationInput &in, const QString &id)
{
    for (sim::Process &p : in.processes)
        if (p.id == id.toStdString())
            return &p;
    return nullptr;
}

bool isPoisson(const sim::Node &n)
{
    return !n.arrivals.isSet() || n.arrivals.kind == sim::DistKind::Exponential;
}

// Exponential inter-arrival times are a constant-rate calendar; windows can then be applied exactly.
void asRateCalendar(sim::Node &n, double period)
{
    if (!n.arrivals.isSet())
        return;
    n.ratePeriod = period;
    n.rates = { { 0.0, period, 1.0 / n.arrivals.mean } };
    n.arrivals = sim::Distribution();
}

} // namespace

bool applyScenarioCalendars(
    const Project &project, const Scenario &scenario, sim::SimulationInput &in, const QString &where, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = where + QStringLiteral(": ") + message;
        return false;
    };
    const double day = unitsPerDay(project.timeUnit);
    for (const StaffingChange &c : scenario.staffing) {
        sim::Role *role = nullptr;
        for (sim::Role &r : in.roles)
            if (r.id == c.role.toStdString())
                role = &r;
        if (!role)
            return fail(tr("staffing for unknown role '%1'").arg(c.role));
        const double period = c.period.value_or(day);
        if (!(period > 0 && c.from >= 0 && c.from < c.to && c.to <= period))
            return fail(tr("staffing window for '%1' must satisfy 0 <= from < to <= period").arg(c.role));
        Piecewise staff = staffOf(*role, period);
        const bool ok = changeInWindow(staff, c.from, c.to, period,
            [&](double v) { return c.headcount ? double(*c.headcount) : std::max(0.0, v + c.add.value_or(0)); });
        if (!ok)
            return fail(tr("the staffing window for '%1' repeats every %2, which does not fit the role's shifts")
                            .arg(c.role)
                            .arg(period));
        setStaff(*role, staff);
    }
    for (const ArrivalChange &c : scenario.arrivals) {
        sim::Process *p = findProcess(in, scenario.processInPlaceOf(c.process));
        if (!p)
            return fail(tr("demand change for unknown process '%1'").arg(c.process));
        if (!(c.multiplier >= 0))
            return fail(tr("the demand multiplier for '%1' cannot be negative").arg(c.process));
        for (sim::Node &n : p->nodes) {
            if (n.type != sim::NodeType::Start)
                continue;
            if (!c.from || !c.to) {
                if (n.arrivals.isSet())
                    n.arrivals = n.arrivals.scaled(1.0 / c.multiplier);
                for (sim::RateBlock &b : n.rates)
                    b.perTimeUnit *= c.multiplier;
                continue;
            }
            if (!isPoisson(n))
                return fail(tr("demand of '%1/%2' changes only in a window when its arrivals are a rate calendar "
                               "or exponential")
                                .arg(c.process, QString::fromStdString(n.id)));
            const double period = c.period.value_or(day);
            asRateCalendar(n, period);
            Piecewise rates = ratesOf(n);
            if (!changeInWindow(rates, *c.from, *c.to, period, [&](double v) { return v * c.multiplier; }))
                return fail(tr("the demand window for '%1' does not repeat with its arrivals").arg(c.process));
            setRates(n, rates);
        }
    }
    for (const Diversion &d : scenario.divert) {
        sim::Process *from = findProcess(in, scenario.processInPlaceOf(d.process));
        sim::Process *to = findProcess(in, scenario.processInPlaceOf(d.to));
        if (!from || !to || from == to)
            return fail(tr("diversion from '%1' to '%2' names an unknown process").arg(d.process, d.to));
        if (!(d.share >= 0 && d.share <= 1))
            return fail(tr("the share diverted from '%1' must be between 0 and 1").arg(d.process));
        const auto entry = std::find_if(
            to->nodes.begin(), to->nodes.end(), [](const sim::Node &n) { return n.type == sim::NodeType::Start; });
        if (entry == to->nodes.end())
            return fail(tr("process '%1' has no start node for diverted cases").arg(d.to));
        const std::string entryId = entry->id;
        const sim::Distribution patience = entry->patience;
        std::string successor;
        for (const sim::Flow &f : to->flows)
            if (f.from == entryId)
                successor = f.to;
        // Splitting a Poisson stream gives two independent Poisson streams: the share stays out
        // of the first process and enters the second through a start of its own.
        std::vector<sim::Node> added;
        for (sim::Node &n : from->nodes) {
            if (n.type != sim::NodeType::Start)
                continue;
            sim::Node moved = n;
            moved.id = n.id + "~" + from->id;
            moved.patience = patience;
            if (n.arrivals.isSet()) {
                moved.arrivals = d.share > 0 ? n.arrivals.scaled(1.0 / d.share) : sim::Distribution();
                if (d.share < 1)
                    n.arrivals = n.arrivals.scaled(1.0 / (1.0 - d.share));
                else // everyone goes elsewhere: the start stays, with no one arriving
                    n.arrivals = sim::Distribution(), n.ratePeriod = day, n.rates = { { 0.0, day, 0.0 } };
            }
            for (sim::RateBlock &b : moved.rates)
                b.perTimeUnit *= d.share;
            for (sim::RateBlock &b : n.rates)
                b.perTimeUnit *= 1.0 - d.share;
            if (!moved.arrivals.isSet() && moved.rates.empty())
                continue;
            added.push_back(std::move(moved));
        }
        for (sim::Node &n : added) {
            to->flows.push_back({ n.id, successor, std::nullopt });
            to->nodes.push_back(std::move(n));
        }
    }
    return true;
}

} // namespace oi::model::detail
