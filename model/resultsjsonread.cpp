// SPDX-License-Identifier: GPL-3.0-or-later
// Reading results JSON back (for merge and the run history), with errors that name the field.
#include "model/resultsjson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <set>

namespace oi::model {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResultsJson", text);
}

/** Walks the JSON, remembering the first problem with its path ("replication_data[2].roles[0]"). */
class Reader
{
public:
    QString error;

    bool ok() const { return error.isEmpty(); }
    void fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = tr("%1: %2").arg(path, what);
    }
    QJsonValue value(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            fail(path + u'.' + QLatin1String(key), tr("missing"));
        return v;
    }
    double number(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = value(o, key, path);
        if (!v.isUndefined() && !v.isDouble())
            fail(path + u'.' + QLatin1String(key), tr("expected a number"));
        return v.toDouble();
    }
    std::uint64_t count(const QJsonObject &o, const char *key, const QString &path)
    {
        const double v = number(o, key, path);
        if (!(v >= 0))
            fail(path + u'.' + QLatin1String(key), tr("expected a count >= 0"));
        return static_cast<std::uint64_t>(v);
    }
    QString text(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = value(o, key, path);
        if (!v.isUndefined() && !v.isString())
            fail(path + u'.' + QLatin1String(key), tr("expected text"));
        return v.toString();
    }
    QJsonArray array(const QJsonObject &o, const char *key, const QString &path, qsizetype size = -1)
    {
        const QJsonValue v = value(o, key, path);
        if (!v.isUndefined() && !v.isArray())
            fail(path + u'.' + QLatin1String(key), tr("expected a list"));
        const QJsonArray a = v.toArray();
        if (size >= 0 && a.size() != size && ok())
            fail(path + u'.' + QLatin1String(key), tr("expected %1 entries, found %2").arg(size).arg(a.size()));
        return a;
    }
    void day(const QJsonObject &o, const char *key, const QString &path, sim::DayArray &out)
    {
        const QJsonArray a = array(o, key, path, sim::kDayBuckets);
        for (qsizetype i = 0; i < a.size() && i < sim::kDayBuckets; ++i)
            out[static_cast<size_t>(i)] = a[i].toDouble();
    }
    void histogram(const QJsonObject &o, const char *key, const QString &path, sim::Histogram &out)
    {
        for (const QJsonValue &v : array(o, key, path)) {
            const QJsonArray pair = v.toArray();
            if (pair.size() != 2 || !out.addSparse(pair[0].toInt(-1), static_cast<std::uint64_t>(pair[1].toDouble())))
                fail(path + u'.' + QLatin1String(key), tr("bad histogram bucket"));
        }
    }
};

sim::NodeType typeFromName(const QString &name, bool *ok)
{
    *ok = true;
    if (name == QLatin1String("start"))
        return sim::NodeType::Start;
    if (name == QLatin1String("end"))
        return sim::NodeType::End;
    if (name == QLatin1String("task"))
        return sim::NodeType::Task;
    if (name == QLatin1String("xor"))
        return sim::NodeType::Xor;
    if (name == QLatin1String("and-split"))
        return sim::NodeType::AndSplit;
    if (name == QLatin1String("and-join"))
        return sim::NodeType::AndJoin;
    if (name == QLatin1String("timer"))
        return sim::NodeType::Timer;
    *ok = false;
    return sim::NodeType::Task;
}

void readLayout(Reader &rd, const QJsonObject &o, sim::Layout &layout)
{
    const QString path = QStringLiteral("layout");
    layout.timeUnit = rd.text(o, "time_unit", path).toStdString();
    layout.dayLength = rd.number(o, "day_length", path);
    for (const QJsonValue &r : rd.array(o, "roles", path))
        layout.roles.push_back(r.toString().toStdString());
    const QJsonArray processes = rd.array(o, "processes", path);
    for (qsizetype p = 0; p < processes.size(); ++p) {
        const QJsonObject po = processes[p].toObject();
        const QString pp = QStringLiteral("layout.processes[%1]").arg(p);
        sim::Layout::ProcessInfo info;
        info.id = rd.text(po, "id", pp).toStdString();
        const QJsonArray nodes = rd.array(po, "nodes", pp);
        for (qsizetype n = 0; n < nodes.size(); ++n) {
            const QJsonObject no = nodes[n].toObject();
            const QString np = pp + QStringLiteral(".nodes[%1]").arg(n);
            sim::Layout::NodeInfo ni;
            ni.id = rd.text(no, "id", np).toStdString();
            bool known = false;
            ni.type = typeFromName(rd.text(no, "type", np), &known);
            if (!known)
                rd.fail(np + QStringLiteral(".type"), tr("unknown node type"));
            ni.role = static_cast<int>(rd.number(no, "role", np));
            if (ni.role >= static_cast<int>(layout.roles.size()) || (ni.type == sim::NodeType::Task && ni.role < 0))
                rd.fail(np + QStringLiteral(".role"), tr("role index out of range"));
            if (no.contains(QStringLiteral("erlang_c"))) {
                const QJsonObject e = no.value(QStringLiteral("erlang_c")).toObject();
                const QString ep = np + QStringLiteral(".erlang_c");
                sim::ErlangC ec;
                ec.lambda = rd.number(e, "lambda", ep);
                ec.mu = rd.number(e, "mu", ep);
                ec.servers = static_cast<int>(rd.number(e, "servers", ep));
                ec.rho = rd.number(e, "rho", ep);
                ec.pWait = rd.number(e, "p_wait", ep);
                ec.wq = rd.number(e, "wq", ep);
                ec.lq = rd.number(e, "lq", ep);
                ec.w = rd.number(e, "w", ep);
                ni.erlang = ec;
            }
            info.nodes.push_back(ni);
        }
        const QJsonArray flows = rd.array(po, "flows", pp);
        for (qsizetype f = 0; f < flows.size(); ++f) {
            const QJsonObject fo = flows[f].toObject();
            const QString fp = pp + QStringLiteral(".flows[%1]").arg(f);
            info.flows.push_back({ rd.text(fo, "from", fp).toStdString(), rd.text(fo, "to", fp).toStdString(),
                fo.value(QStringLiteral("xor")).toBool() });
        }
        layout.processes.push_back(std::move(info));
    }
}

sim::ReplicationResult readReplication(Reader &rd, const QJsonObject &o, const QString &path, const sim::Layout &layout)
{
    sim::ReplicationResult r;
    r.index = static_cast<int>(rd.number(o, "index", path));
    r.events = rd.count(o, "events", path);
    bool parsed = false;
    r.fingerprint = rd.text(o, "fingerprint", path).toULongLong(&parsed, 16);
    if (!parsed)
        rd.fail(path + QStringLiteral(".fingerprint"), tr("expected 16 hexadecimal digits"));
    r.observed = rd.number(o, "observed", path);
    const QJsonArray processes = rd.array(o, "processes", path, static_cast<qsizetype>(layout.processes.size()));
    for (qsizetype p = 0; p < processes.size() && rd.ok(); ++p) {
        const QJsonObject po = processes[p].toObject();
        const QString pp = path + QStringLiteral(".processes[%1]").arg(p);
        const sim::Layout::ProcessInfo &info = layout.processes[static_cast<size_t>(p)];
        sim::ProcessRep rep;
        rep.arrived = rd.count(po, "arrived", pp);
        rep.completed = rd.count(po, "completed", pp);
        rep.abandoned = rd.count(po, "abandoned", pp);
        rep.failureDemand = rd.count(po, "failure_demand", pp);
        rep.cycleSum = rd.number(po, "cycle_sum", pp);
        rep.wipArea = rd.number(po, "wip_area", pp);
        // Absent from results written before the engine recorded it: unknown, not zero.
        rep.inProcessAtEnd = po.value(QStringLiteral("in_process_at_end")).toDouble(std::nan(""));
        rd.day(po, "wip_area_by_hour", pp, rep.wipAreaByHour);
        rd.histogram(po, "cycle_histogram", pp, rep.cycle);
        for (const QJsonValue &f : rd.array(po, "flow_count", pp, static_cast<qsizetype>(info.flows.size())))
            rep.flowCount.push_back(static_cast<std::uint64_t>(f.toDouble()));
        const QJsonArray nodes = rd.array(po, "nodes", pp, static_cast<qsizetype>(info.nodes.size()));
        for (qsizetype n = 0; n < nodes.size() && rd.ok(); ++n) {
            const QJsonObject no = nodes[n].toObject();
            const QString np = pp + QStringLiteral(".nodes[%1]").arg(n);
            sim::NodeRep nr;
            nr.visits = rd.count(no, "visits", np);
            nr.served = rd.count(no, "served", np);
            nr.waited = rd.count(no, "waited", np);
            nr.waitSum = rd.number(no, "wait_sum", np);
            nr.waitCapacitySum = rd.number(no, "wait_capacity_sum", np);
            nr.waitCoverageSum = rd.number(no, "wait_coverage_sum", np);
            nr.queueArea = rd.number(no, "queue_area", np);
            nr.queueMax = rd.number(no, "queue_max", np);
            rd.day(no, "queue_area_by_hour", np, nr.queueAreaByHour);
            rd.day(no, "wip_area_by_hour", np, nr.wipAreaByHour);
            rd.histogram(no, "wait_histogram", np, nr.wait);
            rep.nodes.push_back(std::move(nr));
        }
        r.processes.push_back(std::move(rep));
    }
    const QJsonArray roles = rd.array(o, "roles", path, static_cast<qsizetype>(layout.roles.size()));
    for (qsizetype i = 0; i < roles.size() && rd.ok(); ++i) {
        const QJsonObject ro = roles[i].toObject();
        const QString rp = path + QStringLiteral(".roles[%1]").arg(i);
        sim::RoleRep rr;
        rr.busyArea = rd.number(ro, "busy_area", rp);
        rr.availableArea = rd.number(ro, "available_area", rp);
        rr.overtimeArea = rd.number(ro, "overtime_area", rp);
        rd.day(ro, "busy_by_hour", rp, rr.busyByHour);
        rd.day(ro, "available_by_hour", rp, rr.availableByHour);
        rd.day(ro, "overtime_by_hour", rp, rr.overtimeByHour);
        r.roles.push_back(rr);
    }
    return r;
}

} // namespace

bool resultsFromJson(const QJsonObject &json, sim::Results *results, QString *error)
{
    Reader rd;
    sim::Results r;
    const QString top = QStringLiteral("results");
    r.horizon = rd.number(json, "horizon", top);
    r.warmup = rd.number(json, "warmup", top);
    bool seedOk = false;
    r.seed = rd.text(json, "seed_text", top).toULongLong(&seedOk);
    if (rd.ok() && !seedOk)
        rd.fail(QStringLiteral("results.seed_text"), tr("expected an unsigned number"));
    r.wallSeconds = rd.number(json, "wall_seconds", top);
    r.engineVersion = static_cast<int>(rd.number(json, "engine_version", top));
    // Version 1 wrote neither the model fingerprint nor overtime, and counted utilisation otherwise;
    // version 2 had no WIP by hour.
    if (rd.ok() && r.engineVersion < 3)
        rd.fail(QStringLiteral("results.engine_version"),
            tr("%1 is older than this program reads (3 or later): simulate the shards again").arg(r.engineVersion));
    r.scenario = rd.text(json, "scenario", top).toStdString();
    bool fingerprintOk = false;
    r.modelFingerprint = rd.text(json, "model_fingerprint", top).toULongLong(&fingerprintOk, 16);
    if (rd.ok() && !fingerprintOk)
        rd.fail(QStringLiteral("results.model_fingerprint"), tr("expected 16 hexadecimal digits"));
    const QString shiftEnd = rd.text(json, "shift_end", top);
    if (rd.ok() && shiftEnd != shiftEndName(sim::ShiftEndPolicy::FinishTask)
        && shiftEnd != shiftEndName(sim::ShiftEndPolicy::HandBack))
        rd.fail(QStringLiteral("results.shift_end"), tr("expected 'finish' or 'hand-back'"));
    r.shiftEnd = shiftEnd == shiftEndName(sim::ShiftEndPolicy::HandBack) ? sim::ShiftEndPolicy::HandBack
                                                                         : sim::ShiftEndPolicy::FinishTask;
    r.visitLimit = static_cast<int>(rd.number(json, "visit_limit", top));
    // Both came later than the rest: results without them ran a fixed number of replications
    // after a given warm-up.
    r.precisionTarget = json.value(QStringLiteral("precision_target")).toDouble(0);
    r.warmupDetected = json.value(QStringLiteral("warmup_auto")).toBool(false);
    for (const QJsonValue &w : rd.array(json, "warnings", top))
        r.warnings.push_back(w.toString().toStdString());
    if (rd.ok() && !json.value(QStringLiteral("layout")).isObject())
        rd.fail(
            QStringLiteral("results.layout"), tr("missing: results written without replication data cannot be merged"));
    if (rd.ok())
        readLayout(rd, json.value(QStringLiteral("layout")).toObject(), r.layout);
    const QJsonArray reps = rd.ok() ? rd.array(json, "replication_data", top) : QJsonArray();
    for (qsizetype i = 0; i < reps.size() && rd.ok(); ++i)
        r.perReplication.push_back(
            readReplication(rd, reps[i].toObject(), QStringLiteral("replication_data[%1]").arg(i), r.layout));
    if (rd.ok() && r.perReplication.empty())
        rd.fail(QStringLiteral("results.replication_data"), tr("no replications"));
    if (!rd.ok()) {
        if (error)
            *error = rd.error;
        return false;
    }
    sim::summarize(r);
    r.ok = true;
    *results = std::move(r);
    return true;
}

bool mergeResults(const std::vector<sim::Results> &shards, sim::Results *merged, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (shards.empty())
        return fail(tr("nothing to merge"));
    const sim::Results &first = shards.front();
    sim::Results out;
    out.layout = first.layout;
    out.horizon = first.horizon;
    out.warmup = first.warmup;
    out.seed = first.seed;
    out.scenario = first.scenario;
    out.engineVersion = first.engineVersion;
    out.modelFingerprint = first.modelFingerprint;
    out.shiftEnd = first.shiftEnd;
    out.visitLimit = first.visitLimit;
    out.precisionTarget = first.precisionTarget;
    out.warmupDetected = first.warmupDetected;
    std::set<int> seen;
    std::set<std::string> warnings;
    for (size_t i = 0; i < shards.size(); ++i) {
        const sim::Results &s = shards[i];
        auto differs = [&](const char *what, const QString &mine, const QString &theirs) {
            return fail(tr("shard %1 has a different %2 from shard 1 (%3, not %4): not parts of one run")
                            .arg(i + 1)
                            .arg(QLatin1String(what), mine, theirs));
        };
        auto layoutDiffers = [&] {
            return fail(tr("shard %1 has a different model from shard 1 (its processes, nodes or roles differ): "
                           "not parts of one run")
                            .arg(i + 1));
        };
        auto number = [](double v) { return QString::number(v, 'g', 17); };
        auto quoted = [](const std::string &v) {
            return v.empty() ? tr("the base model") : QStringLiteral("'%1'").arg(QString::fromStdString(v));
        };
        if (s.scenario != first.scenario)
            return differs("scenario", quoted(s.scenario), quoted(first.scenario));
        if (s.engineVersion != first.engineVersion)
            return differs("engine version", QString::number(s.engineVersion), QString::number(first.engineVersion));
        if (s.shiftEnd != first.shiftEnd)
            return differs("shift-end policy", shiftEndName(s.shiftEnd), shiftEndName(first.shiftEnd));
        if (s.visitLimit != first.visitLimit)
            return differs("visit limit", QString::number(s.visitLimit), QString::number(first.visitLimit));
        if (s.horizon != first.horizon)
            return differs("horizon", number(s.horizon), number(first.horizon));
        if (s.warmup != first.warmup)
            return differs("warm-up", number(s.warmup), number(first.warmup));
        if (s.seed != first.seed)
            return differs("seed", QString::number(s.seed), QString::number(first.seed));
        // Same ids are not enough: the fingerprint covers durations, rates, headcounts, flows.
        if (s.modelFingerprint != first.modelFingerprint)
            return differs("model", tr("fingerprint %1").arg(s.modelFingerprint, 16, 16, QLatin1Char('0')),
                tr("fingerprint %1").arg(first.modelFingerprint, 16, 16, QLatin1Char('0')));
        if (s.layout.roles != first.layout.roles || s.layout.processes.size() != first.layout.processes.size())
            return layoutDiffers();
        for (size_t p = 0; p < s.layout.processes.size(); ++p) {
            const auto &a = s.layout.processes[p], &b = first.layout.processes[p];
            if (a.id != b.id || a.nodes.size() != b.nodes.size() || a.flows.size() != b.flows.size())
                return layoutDiffers();
            for (size_t n = 0; n < a.nodes.size(); ++n)
                if (a.nodes[n].id != b.nodes[n].id)
                    return layoutDiffers();
        }
        for (const sim::ReplicationResult &r : s.perReplication) {
            if (!seen.insert(r.index).second)
                return fail(tr("replication %1 appears in more than one shard").arg(r.index));
            out.perReplication.push_back(r);
        }
        out.wallSeconds += s.wallSeconds;
        for (const std::string &w : s.warnings)
            if (warnings.insert(w).second)
                out.warnings.push_back(w);
    }
    sim::summarize(out);
    out.ok = true;
    *merged = std::move(out);
    return true;
}

} // namespace oi::model
