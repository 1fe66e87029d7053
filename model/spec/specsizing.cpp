// SPDX-License-Identifier: GPL-3.0-or-later
// The specification's sizing section: the load a vendor must size for, from the latest stored run —
// arrivals and open cases per process, users on duty per role by hour, the constraint. Staff on
// duty come from the engine input of the run's scenario, so headcount overrides and staffing
// windows count exactly as the run had them.
#include "model/spec/specdocument.h"

#include "model/humanunits.h"
#include "model/resultsjson.h"
#include "model/simulationinput.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace oi::model::spec {

namespace {

struct VendorSpec
{
    Q_DECLARE_TR_FUNCTIONS(VendorSpec)
};

QString nameOr(const QString &name, const QString &id)
{
    return name.trimmed().isEmpty() ? id : name;
}

double perHour(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Minute: return 60.0;
    case TimeUnit::Hour: return 1.0;
    case TimeUnit::Day: return 1.0 / 24.0;
    }
    return 1.0;
}

template<typename Array> double peakOf(const Array &a, int *hour)
{
    double best = 0;
    for (std::size_t h = 0; h < a.size(); ++h)
        if (std::isfinite(a[h]) && a[h] > best) {
            best = a[h];
            *hour = int(h);
        }
    return best;
}

int staffAt(const sim::Role &role, double t)
{
    if (role.shifts.empty() || role.shiftPeriod <= 0)
        return role.headcount;
    const double pos = t - std::floor(t / role.shiftPeriod) * role.shiftPeriod;
    int staff = 0; // overlapping blocks add up, as in the engine
    for (const sim::ShiftBlock &b : role.shifts)
        if (pos >= b.from && pos < b.to)
            staff += b.headcount;
    return staff;
}

/** The most on duty at once within hour `hour` of any day of the role's shift period. */
int mostOnDuty(const sim::Role &role, int hour, double unitsPerDay)
{
    if (role.shifts.empty() || role.shiftPeriod <= 0)
        return role.headcount;
    const double hourLength = unitsPerDay / 24.0;
    const int days = std::max(1, int(std::ceil(role.shiftPeriod / unitsPerDay - 1e-9)));
    int most = 0;
    for (int d = 0; d < days; ++d) {
        const double from = d * unitsPerDay + hour * hourLength, to = from + hourLength;
        most = std::max(most, staffAt(role, from));
        // Staff change only where a block starts or ends.
        for (const sim::ShiftBlock &b : role.shifts)
            for (const double edge : { b.from, b.to })
                for (double t = edge; t < to; t += role.shiftPeriod)
                    if (t > from)
                        most = std::max(most, staffAt(role, t));
    }
    return most;
}

std::vector<OnDutyRow> onDutyTable(const Project &p, const QString &scenario, const sim::Results &results)
{
    QString error;
    const std::optional<sim::SimulationInput> in = toSimulationInput(p, scenario, &error);
    if (!in)
        return {};
    const double day = unitsPerDay(p.timeUnit);
    std::vector<OnDutyRow> rows;
    for (const sim::RoleResult &r : results.roles) {
        const auto it
            = std::find_if(in->roles.begin(), in->roles.end(), [&r](const sim::Role &role) { return role.id == r.id; });
        if (it == in->roles.end())
            continue;
        OnDutyRow row;
        row.roleId = QString::fromStdString(r.id);
        const Role *role = p.role(row.roleId);
        row.role = role ? nameOr(role->name, role->id) : row.roleId;
        for (int h = 0; h < 24; ++h) {
            row.onDuty[std::size_t(h)] = mostOnDuty(*it, h, day);
            const double u = r.utilizationByHour[std::size_t(h)];
            row.utilisation[std::size_t(h)] = std::isfinite(u) && row.onDuty[std::size_t(h)] > 0 ? u : 0.0;
            if (row.onDuty[std::size_t(h)] > row.peak) {
                row.peak = row.onDuty[std::size_t(h)];
                row.peakHour = h;
            }
        }
        rows.push_back(row);
    }
    return rows;
}

} // namespace

SizingView buildSizing(const Project &p, const std::vector<RunRecord> &runs)
{
    SizingView v;
    if (runs.empty())
        return v;
    const RunRecord &run = runs.back();
    sim::Results results;
    QString error;
    const QJsonObject json = QJsonDocument::fromJson(run.resultsJson.toUtf8()).object();
    if (!resultsFromJson(json, &results, &error) || !results.ok)
        return v;
    const Scenario *scenario = p.scenario(run.scenario);
    v.run = scenario ? VendorSpec::tr("run %1 of %2, scenario %3")
                           .arg(run.id)
                           .arg(run.created.left(10), nameOr(scenario->name, scenario->id))
                     : VendorSpec::tr("run %1 of %2, base model").arg(run.id).arg(run.created.left(10));
    const double observed = results.horizon - results.warmup;
    for (const sim::ProcessResult &r : results.processes) {
        const Process *pr = p.process(QString::fromStdString(r.id));
        const QString name = pr ? nameOr(pr->name, pr->id) : QString::fromStdString(r.id);
        int hour = 0;
        const double wip = peakOf(r.wipByHour, &hour);
        if (observed > 0 && r.arrived.mean > 0)
            v.requirements << VendorSpec::tr("%1: size for %2 new cases per hour on average.")
                                  .arg(name, QString::number(r.arrived.mean / observed * perHour(p.timeUnit), 'f', 1));
        if (wip > 0)
            v.requirements << VendorSpec::tr(
                "%1: size for concurrent open cases, %2 at the peak (in the hour from %3:00).")
                                  .arg(name, QString::number(std::ceil(wip), 'f', 0))
                                  .arg(hour, 2, 10, QLatin1Char('0'));
    }
    // Licences and concurrent sessions are sized for the most staff on duty at once, not the average.
    v.onDuty = onDutyTable(p, scenario ? scenario->id : QString(), results);
    for (const OnDutyRow &row : v.onDuty) {
        int hour = 0;
        const double busy = peakOf(row.utilisation, &hour);
        if (row.peak > 0 && busy > 0)
            v.requirements << VendorSpec::tr(
                "%1: size for a peak of %2 on duty at once; busiest hour from %3:00 at %4 busy.")
                                  .arg(row.role)
                                  .arg(row.peak)
                                  .arg(hour, 2, 10, QLatin1Char('0'))
                                  .arg(percent(busy));
        else if (row.peak > 0)
            v.requirements << VendorSpec::tr("%1: size for a peak of %2 on duty at once.").arg(row.role).arg(row.peak);
    }
    if (!results.bottlenecks.empty()) {
        const sim::Bottleneck &b = results.bottlenecks.front();
        const Role *role = p.role(QString::fromStdString(b.role));
        v.requirements << VendorSpec::tr("The constraint is %1 (%2 busy): its screens must stay fast at peak load.")
                              .arg(role ? nameOr(role->name, role->id) : QString::fromStdString(b.role),
                                  percent(b.utilization));
    }
    return v;
}

} // namespace oi::model::spec
