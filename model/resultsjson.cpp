// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/resultsjson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <set>

namespace oi::model {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}
QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}
QString hex(std::uint64_t v)
{
    return QString::number(v, 16).rightJustified(16, u'0');
}

const char *typeName(sim::NodeType t)
{
    switch (t) {
    case sim::NodeType::Start: return "start";
    case sim::NodeType::End: return "end";
    case sim::NodeType::Task: return "task";
    case sim::NodeType::Xor: return "xor";
    case sim::NodeType::AndSplit: return "and-split";
    case sim::NodeType::AndJoin: return "and-join";
    case sim::NodeType::Timer: return "timer";
    }
    return "task";
}

QJsonArray dayArray(const sim::DayArray &a)
{
    QJsonArray out;
    for (double v : a)
        out.append(num(v));
    return out;
}

QJsonArray histogramToJson(const sim::Histogram &h)
{
    QJsonArray out;
    for (const auto &[index, count] : h.sparse())
        out.append(QJsonArray { index, static_cast<double>(count) });
    return out;
}

QJsonObject erlangToJson(const sim::ErlangC &e)
{
    return QJsonObject { { QStringLiteral("lambda"), e.lambda }, { QStringLiteral("mu"), e.mu },
        { QStringLiteral("servers"), e.servers }, { QStringLiteral("rho"), e.rho },
        { QStringLiteral("p_wait"), e.pWait }, { QStringLiteral("wq"), e.wq }, { QStringLiteral("lq"), e.lq },
        { QStringLiteral("w"), e.w } };
}

QJsonObject bottleneckToJson(const sim::Bottleneck &b)
{
    return QJsonObject { { QStringLiteral("role"), qs(b.role) }, { QStringLiteral("node"), qs(b.node) },
        { QStringLiteral("utilization"), num(b.utilization) }, { QStringLiteral("wait_share"), num(b.waitShare) },
        { QStringLiteral("score"), num(b.score) } };
}

QJsonObject layoutToJson(const sim::Layout &layout)
{
    QJsonArray roles, processes;
    for (const std::string &r : layout.roles)
        roles.append(qs(r));
    for (const sim::Layout::ProcessInfo &p : layout.processes) {
        QJsonArray nodes, flows;
        for (const sim::Layout::NodeInfo &n : p.nodes) {
            QJsonObject o { { QStringLiteral("id"), qs(n.id) },
                { QStringLiteral("type"), QLatin1String(typeName(n.type)) }, { QStringLiteral("role"), n.role } };
            if (n.erlang)
                o.insert(QStringLiteral("erlang_c"), erlangToJson(*n.erlang));
            nodes.append(o);
        }
        for (const sim::Layout::FlowInfo &f : p.flows)
            flows.append(QJsonObject { { QStringLiteral("from"), qs(f.from) }, { QStringLiteral("to"), qs(f.to) },
                { QStringLiteral("xor"), f.fromXor } });
        processes.append(QJsonObject { { QStringLiteral("id"), qs(p.id) }, { QStringLiteral("nodes"), nodes },
            { QStringLiteral("flows"), flows } });
    }
    return QJsonObject { { QStringLiteral("time_unit"), qs(layout.timeUnit) },
        { QStringLiteral("day_length"), layout.dayLength }, { QStringLiteral("roles"), roles },
        { QStringLiteral("processes"), processes } };
}

QJsonObject replicationToJson(const sim::ReplicationResult &r)
{
    QJsonArray processes, roles;
    for (const sim::ProcessRep &p : r.processes) {
        QJsonArray nodes, flows;
        for (const sim::NodeRep &n : p.nodes)
            nodes.append(QJsonObject { { QStringLiteral("visits"), double(n.visits) },
                { QStringLiteral("served"), double(n.served) }, { QStringLiteral("waited"), double(n.waited) },
                { QStringLiteral("wait_sum"), n.waitSum }, { QStringLiteral("wait_capacity_sum"), n.waitCapacitySum },
                { QStringLiteral("wait_coverage_sum"), n.waitCoverageSum },
                { QStringLiteral("queue_area"), n.queueArea }, { QStringLiteral("queue_max"), n.queueMax },
                { QStringLiteral("queue_area_by_hour"), dayArray(n.queueAreaByHour) },
                { QStringLiteral("wip_area_by_hour"), dayArray(n.wipAreaByHour) },
                { QStringLiteral("wait_histogram"), histogramToJson(n.wait) } });
        for (std::uint64_t f : p.flowCount)
            flows.append(double(f));
        processes.append(QJsonObject { { QStringLiteral("arrived"), double(p.arrived) },
            { QStringLiteral("completed"), double(p.completed) }, { QStringLiteral("abandoned"), double(p.abandoned) },
            { QStringLiteral("failure_demand"), double(p.failureDemand) }, { QStringLiteral("cycle_sum"), p.cycleSum },
            { QStringLiteral("wip_area"), p.wipArea }, { QStringLiteral("in_process_at_end"), num(p.inProcessAtEnd) },
            { QStringLiteral("wip_area_by_hour"), dayArray(p.wipAreaByHour) },
            { QStringLiteral("cycle_histogram"), histogramToJson(p.cycle) }, { QStringLiteral("flow_count"), flows },
            { QStringLiteral("nodes"), nodes } });
    }
    for (const sim::RoleRep &role : r.roles)
        roles.append(QJsonObject { { QStringLiteral("busy_area"), role.busyArea },
            { QStringLiteral("available_area"), role.availableArea },
            { QStringLiteral("overtime_area"), role.overtimeArea },
            { QStringLiteral("busy_by_hour"), dayArray(role.busyByHour) },
            { QStringLiteral("available_by_hour"), dayArray(role.availableByHour) },
            { QStringLiteral("overtime_by_hour"), dayArray(role.overtimeByHour) } });
    return QJsonObject { { QStringLiteral("index"), r.index }, { QStringLiteral("events"), double(r.events) },
        { QStringLiteral("fingerprint"), hex(r.fingerprint) }, { QStringLiteral("observed"), r.observed },
        { QStringLiteral("processes"), processes }, { QStringLiteral("roles"), roles } };
}

} // namespace

QString shiftEndName(sim::ShiftEndPolicy policy)
{
    return policy == sim::ShiftEndPolicy::HandBack ? QStringLiteral("hand-back") : QStringLiteral("finish");
}

QJsonObject statToJson(const sim::Stat &s)
{
    QJsonObject o { { QStringLiteral("mean"), num(s.mean) }, { QStringLiteral("ci95"), num(s.ci95) },
        { QStringLiteral("n"), s.n } };
    if (s.hasPercentiles) {
        o.insert(QStringLiteral("p50"), num(s.p50));
        o.insert(QStringLiteral("p90"), num(s.p90));
        o.insert(QStringLiteral("p95"), num(s.p95));
    }
    return o;
}

QJsonObject resultsToJson(const sim::Results &r, bool withReplications)
{
    QJsonObject processes;
    for (const sim::ProcessResult &p : r.processes) {
        QJsonObject nodes;
        for (const sim::NodeResult &n : p.nodes) {
            QJsonObject o { { QStringLiteral("type"), QLatin1String(typeName(n.type)) },
                { QStringLiteral("visits"), statToJson(n.visits) } };
            if (n.type == sim::NodeType::Task) {
                o.insert(QStringLiteral("role"), qs(n.role));
                o.insert(QStringLiteral("wait"), statToJson(n.wait));
                o.insert(QStringLiteral("wait_capacity"), statToJson(n.waitCapacity));
                o.insert(QStringLiteral("wait_coverage"), statToJson(n.waitCoverage));
                o.insert(QStringLiteral("queue_length"), statToJson(n.queueLength));
                o.insert(QStringLiteral("queue_max"), statToJson(n.queueMax));
                o.insert(QStringLiteral("p_wait"), statToJson(n.pWait));
                o.insert(QStringLiteral("queue_by_hour"), dayArray(n.queueByHour));
            }
            if (n.type == sim::NodeType::Task || n.type == sim::NodeType::Timer)
                o.insert(QStringLiteral("wip_by_hour"), dayArray(n.wipByHour));
            if (n.erlang)
                o.insert(QStringLiteral("erlang_c"), erlangToJson(*n.erlang));
            nodes.insert(qs(n.id), o);
        }
        QJsonArray branches;
        for (const sim::FlowResult &f : p.flows)
            if (f.fromXor)
                branches.append(QJsonObject { { QStringLiteral("from"), qs(f.from) },
                    { QStringLiteral("to"), qs(f.to) }, { QStringLiteral("share"), statToJson(f.share) } });
        processes.insert(qs(p.id),
            QJsonObject { { QStringLiteral("arrived"), statToJson(p.arrived) },
                { QStringLiteral("completed"), statToJson(p.completed) },
                { QStringLiteral("abandoned"), statToJson(p.abandoned) },
                { QStringLiteral("failure_demand"), statToJson(p.failureDemand) },
                { QStringLiteral("cycle_time"), statToJson(p.cycleTime) },
                { QStringLiteral("throughput"), statToJson(p.throughput) },
                { QStringLiteral("wip"), statToJson(p.wip) },
                { QStringLiteral("in_process_at_end"), statToJson(p.inProcessAtEnd) },
                { QStringLiteral("queue_by_hour"), dayArray(p.queueByHour) },
                { QStringLiteral("wip_by_hour"), dayArray(p.wipByHour) }, { QStringLiteral("branches"), branches },
                { QStringLiteral("nodes"), nodes } });
    }
    QJsonObject roles;
    for (const sim::RoleResult &role : r.roles)
        roles.insert(qs(role.id),
            QJsonObject { { QStringLiteral("utilization"), statToJson(role.utilization) },
                { QStringLiteral("utilization_by_hour"), dayArray(role.utilizationByHour) },
                { QStringLiteral("overtime"), statToJson(role.overtime) },
                { QStringLiteral("wait_capacity"), statToJson(role.waitCapacity) },
                { QStringLiteral("wait_coverage"), statToJson(role.waitCoverage) },
                { QStringLiteral("overtime_by_hour"), dayArray(role.overtimeByHour) },
                { QStringLiteral("queue_by_hour"), dayArray(role.queueByHour) },
                { QStringLiteral("wip_by_hour"), dayArray(role.wipByHour) } });
    QJsonArray bottlenecks, windows, warnings;
    for (const sim::Bottleneck &b : r.bottlenecks)
        bottlenecks.append(bottleneckToJson(b));
    for (const sim::WindowConstraint &w : r.windows) {
        QJsonObject o = bottleneckToJson(w.constraint);
        o.insert(QStringLiteral("from"), w.from);
        o.insert(QStringLiteral("to"), w.to);
        windows.append(o);
    }
    for (const std::string &w : r.warnings)
        warnings.append(qs(w));
    QJsonObject out { { QStringLiteral("replications"), r.replications },
        { QStringLiteral("first_replication"), r.firstReplication }, { QStringLiteral("horizon"), r.horizon },
        { QStringLiteral("warmup"), r.warmup }, { QStringLiteral("seed"), QJsonValue(double(r.seed)) },
        { QStringLiteral("seed_text"), QString::number(r.seed) },
        { QStringLiteral("time_unit"), qs(r.layout.timeUnit) }, { QStringLiteral("events"), double(r.events) },
        { QStringLiteral("wall_seconds"), r.wallSeconds }, { QStringLiteral("fingerprint"), hex(r.fingerprint) },
        { QStringLiteral("engine_version"), r.engineVersion }, { QStringLiteral("scenario"), qs(r.scenario) },
        { QStringLiteral("model_fingerprint"), hex(r.modelFingerprint) },
        { QStringLiteral("shift_end"), shiftEndName(r.shiftEnd) }, { QStringLiteral("visit_limit"), r.visitLimit },
        { QStringLiteral("precision_target"), r.precisionTarget }, { QStringLiteral("warmup_auto"), r.warmupDetected },
        { QStringLiteral("warnings"), warnings }, { QStringLiteral("processes"), processes },
        { QStringLiteral("roles"), roles }, { QStringLiteral("bottlenecks"), bottlenecks },
        { QStringLiteral("constraint"),
            r.bottlenecks.empty() ? QJsonValue() : QJsonValue(qs(r.bottlenecks.front().role)) },
        { QStringLiteral("constraint_windows"), windows } };
    if (withReplications) {
        out.insert(QStringLiteral("layout"), layoutToJson(r.layout));
        QJsonArray reps;
        for (const sim::ReplicationResult &rep : r.perReplication)
            reps.append(replicationToJson(rep));
        out.insert(QStringLiteral("replication_data"), reps);
    }
    return out;
}

QJsonArray sweepToJson(const std::vector<sim::SweepRow> &rows)
{
    QJsonArray out;
    for (const sim::SweepRow &row : rows) {
        QJsonObject o { { QStringLiteral("label"), qs(row.label) } };
        if (!row.role.empty()) {
            o.insert(QStringLiteral("role"), qs(row.role));
            o.insert(QStringLiteral("extra_headcount"), row.extraHeadcount);
        }
        if (!row.error.empty()) {
            o.insert(QStringLiteral("error"), qs(row.error));
        } else {
            o.insert(QStringLiteral("cycle_time"), statToJson(row.cycleTime));
            o.insert(QStringLiteral("throughput"), statToJson(row.throughput));
            o.insert(QStringLiteral("cycle_time_change"), statToJson(row.cycleTimeChange));
            o.insert(QStringLiteral("throughput_change"), statToJson(row.throughputChange));
        }
        out.append(o);
    }
    return out;
}

} // namespace oi::model
