// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/eventlog/calibration.h"

#include "model/eventlog/eventlogtext.h"
#include "model/eventlog/metrics.h"
#include "model/humanunits.h"
#include "model/simulationinput.h"
#include "simulation/observer.h"
#include "simulation/simulator.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace oi::model::eventlog {

namespace {

struct SimulatedCase
{
    double arrival = 0;
    double end = 0;
    bool completed = false;
    bool left = false;
    std::vector<qint32> path;
};

// Every case of the draft's process that arrives after the warm-up, with the tasks it finished.
class Recorder : public sim::EventObserver
{
public:
    Recorder(std::vector<qint32> activityOfNode, double warmup)
        : mActivityOfNode(std::move(activityOfNode))
        , mWarmup(warmup)
    {
    }
    void onTrace(const sim::TraceRecord &r) override
    {
        if (r.process != 0)
            return;
        const quint64 key = (quint64(r.replication) << 40) ^ r.caseNumber;
        if (r.kind == sim::TraceKind::Arrival) {
            if (r.time >= mWarmup)
                cases[key].arrival = r.time;
            return;
        }
        const auto it = cases.find(key);
        if (it == cases.end())
            return;
        SimulatedCase &c = it->second;
        if (r.kind == sim::TraceKind::Finish && r.node >= 0 && size_t(r.node) < mActivityOfNode.size()
            && mActivityOfNode[size_t(r.node)] >= 0)
            c.path.push_back(mActivityOfNode[size_t(r.node)]);
        else if (r.kind == sim::TraceKind::Complete) {
            c.completed = true;
            c.end = r.time;
        } else if (r.kind == sim::TraceKind::Abandon)
            c.left = true;
    }

    std::unordered_map<quint64, SimulatedCase> cases;

private:
    std::vector<qint32> mActivityOfNode;
    double mWarmup;
};

} // namespace

double earthMoversDistance(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.empty() || b.empty())
        return 0;
    double distance = 0, x = std::min(a.front(), b.front());
    size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        const double next = j >= b.size() || (i < a.size() && a[i] <= b[j]) ? a[i] : b[j];
        distance += std::abs(double(i) / double(a.size()) - double(j) / double(b.size())) * (next - x);
        x = next;
        while (i < a.size() && a[i] <= x)
            ++i;
        while (j < b.size() && b[j] <= x)
            ++j;
    }
    return distance;
}

CalibrationCheck checkCalibration(const EventLog &log, const Draft &draft, int replications)
{
    CalibrationCheck check;
    Project project = draft.project;
    project.simulation.replications = replications;
    QString error;
    const auto input = toSimulationInput(project, QString(), &error);
    if (!input || input->processes.empty()) {
        check.error = error;
        return check;
    }
    std::vector<qint32> activityOfNode;
    for (const sim::Node &n : input->processes.front().nodes) {
        qint32 activity = -1;
        for (const TaskFit &f : draft.fits)
            if (f.node == QString::fromStdString(n.id))
                activity = qint32(log.activities.indexOf(f.activity));
        activityOfNode.push_back(activity);
    }
    Recorder recorder(activityOfNode, input->settings.warmup);
    sim::RunControl control;
    control.observer = &recorder;
    const sim::Results results = sim::simulate(*input, control);
    if (!results.error.empty()) {
        check.error = QString::fromStdString(results.error);
        return check;
    }

    // The log: completed cases' cycle times, arrivals by hour on its own clock, activities per case.
    const Discovery &d = draft.discovery;
    std::vector<double> observed, simulated;
    std::array<double, 24> byHour {};
    for (const CaseTrace &t : d.traces) {
        const qint64 wall = t.arrival + qint64(log.utcOffsetMinutes) * 60'000;
        byHour[size_t(((wall / 3'600'000) % 24 + 24) % 24)] += 1;
        if (!t.abandoned && t.count > 0)
            observed.push_back(double(log.events[size_t(t.first + t.count - 1)].end - t.arrival) / 60'000.0);
    }
    check.observedCases = qint64(d.traces.size());
    const double days = std::max(1e-9, double(d.lastTime - d.firstTime) / 86'400'000.0);
    check.perDay.observed = double(observed.size()) / days;
    check.leftShare.observed = d.traces.empty() ? 0 : double(d.abandonedCases) / double(d.traces.size());
    check.perCase.resize(size_t(log.activities.size()));
    for (size_t a = 0; a < d.activities.size(); ++a)
        check.perCase[a].observed = d.traces.empty() ? 0 : double(d.activities[a].events) / double(d.traces.size());

    // The simulation, likewise.
    std::map<std::vector<qint32>, qint64> paths;
    std::array<double, 24> simulatedByHour {};
    qint64 left = 0;
    std::vector<qint64> done(size_t(log.activities.size()), 0);
    qint64 finished = 0; // completed or left: a whole path, for the variants
    for (const auto &[key, c] : recorder.cases) {
        simulatedByHour[size_t(std::fmod(c.arrival, 1440.0) / 60.0) % 24] += 1;
        if (c.completed)
            simulated.push_back(c.end - c.arrival);
        left += c.left ? 1 : 0;
        for (const qint32 a : c.path)
            ++done[size_t(a)];
        if (c.completed || c.left) {
            ++paths[c.path];
            ++finished;
        }
    }
    const auto cases = double(std::max<size_t>(1, recorder.cases.size()));
    check.simulatedCases = qint64(recorder.cases.size());
    const double simulatedDays = double(replications) * (input->settings.horizon - input->settings.warmup) / 1440.0;
    check.perDay.simulated = double(simulated.size()) / std::max(1e-9, simulatedDays);
    check.leftShare.simulated = double(left) / cases;
    for (size_t a = 0; a < done.size(); ++a)
        check.perCase[a].simulated = double(done[a]) / cases;
    for (size_t h = 0; h < 24; ++h) {
        check.arrivalsByHour[h] = { byHour[h] / std::max(1.0, double(d.traces.size())), simulatedByHour[h] / cases };
        check.arrivalGap = std::max(
            check.arrivalGap, std::abs(check.arrivalsByHour[h].observed - check.arrivalsByHour[h].simulated));
    }
    for (size_t v = 0; v < d.variants.size() && v < 5; ++v) {
        const auto it = paths.find(d.variants[v].activities);
        check.variants.push_back({ v,
            { d.variants[v].share,
                it == paths.end() ? 0 : double(it->second) / double(std::max<qint64>(1, finished)) } });
    }

    std::sort(observed.begin(), observed.end());
    std::sort(simulated.begin(), simulated.end());
    auto mean = [](const std::vector<double> &v) {
        double s = 0;
        for (const double x : v)
            s += x;
        return v.empty() ? 0 : s / double(v.size());
    };
    check.cycleMean = { mean(observed), mean(simulated) };
    check.cycleP90 = { quantile(observed, 0.9), quantile(simulated, 0.9) };
    check.earthMovers = earthMoversDistance(observed, simulated);
    return check;
}

QList<QStringList> calibrationTable(const CalibrationCheck &check, const Draft &draft, const EventLog &log)
{
    QList<QStringList> rows;
    rows << QStringList { EventLogText::tr("measure"), EventLogText::tr("log"), EventLogText::tr("simulated draft") };
    auto time = [](double v) { return humanDuration(v, TimeUnit::Minute); };
    auto decimal = [](double v) { return QLocale::c().toString(v, 'f', v < 10 ? 2 : 1); };
    rows << QStringList { EventLogText::tr("cases"), QString::number(check.observedCases),
        QString::number(check.simulatedCases) };
    rows << QStringList { EventLogText::tr("mean cycle time"), time(check.cycleMean.observed),
        time(check.cycleMean.simulated) };
    rows << QStringList { EventLogText::tr("90 % of cases done within"), time(check.cycleP90.observed),
        time(check.cycleP90.simulated) };
    rows << QStringList { EventLogText::tr("cycle times apart (earth mover's distance)"), QString(),
        time(check.earthMovers)
            + (check.cycleMean.observed > 0
                    ? EventLogText::tr(" (%1 of the mean)").arg(percent(check.earthMovers / check.cycleMean.observed))
                    : QString()) };
    rows << QStringList { EventLogText::tr("completed per day"), decimal(check.perDay.observed),
        decimal(check.perDay.simulated) };
    rows << QStringList { EventLogText::tr("left without completing"), percent(check.leftShare.observed),
        percent(check.leftShare.simulated) };
    size_t busiest = 0;
    for (size_t h = 1; h < 24; ++h)
        busiest = check.arrivalsByHour[h].observed > check.arrivalsByHour[busiest].observed ? h : busiest;
    rows << QStringList { EventLogText::tr("arrivals %1:00–%2:00")
                              .arg(busiest, 2, 10, QLatin1Char('0'))
                              .arg(busiest + 1, 2, 10, QLatin1Char('0')),
        percent(check.arrivalsByHour[busiest].observed), percent(check.arrivalsByHour[busiest].simulated) };
    rows << QStringList { EventLogText::tr("largest gap between hourly arrival shares"), QString(),
        EventLogText::tr("%1 points").arg(QLocale::c().toString(check.arrivalGap * 100, 'f', 1)) };
    for (const TaskFit &f : draft.fits) {
        const qsizetype a = log.activities.indexOf(f.activity);
        if (a >= 0 && size_t(a) < check.perCase.size())
            rows << QStringList { EventLogText::tr("%1 per case").arg(f.activity),
                decimal(check.perCase[size_t(a)].observed), decimal(check.perCase[size_t(a)].simulated) };
    }
    for (const auto &[v, share] : check.variants) {
        // A long path keeps its ends: "Register → Assess → Rework → … (11 steps) → Assess → Close".
        const std::vector<qint32> &path = draft.discovery.variants[v].activities;
        QStringList names;
        for (size_t k = 0; k < path.size(); ++k) {
            if (path.size() > 6 && k == 3)
                names << EventLogText::tr("… (%n step(s))", nullptr, int(path.size()));
            if (path.size() <= 6 || k < 3 || k + 2 >= path.size())
                names << log.activities.value(path[k]);
        }
        rows << QStringList { names.join(QStringLiteral(" → ")), percent(share.observed), percent(share.simulated) };
    }
    return rows;
}

} // namespace oi::model::eventlog
