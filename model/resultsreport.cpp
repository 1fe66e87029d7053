// SPDX-License-Identifier: GPL-3.0-or-later
// The plain-text simulation report: the CLI prints it and the studio's Simulation panel shows it.
#include "model/resultsreport.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace oi::model {

namespace {

// A class scope so lupdate files these strings under the context they are looked up in.
struct ResultsReport
{
    Q_DECLARE_TR_FUNCTIONS(ResultsReport)
};
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}
QString n(double v, int precision = 4)
{
    return std::isfinite(v) ? QString::number(v, 'g', precision) : QStringLiteral("-");
}
QString stat(const sim::Stat &s, int precision = 4)
{
    return s.n > 1 ? QStringLiteral("%1 ± %2").arg(n(s.mean, precision), n(s.ci95, 2)) : n(s.mean, precision);
}

QString clock(double t, double dayLength)
{
    const int minutes = static_cast<int>(std::lround(t / dayLength * 24 * 60));
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

void processSection(QString &t, const sim::ProcessResult &p, const QString &unit)
{
    t += ResultsReport::tr("\nProcess %1\n").arg(qs(p.id));
    t += ResultsReport::tr("  arrived %1, completed %2, abandoned %3, throughput %4 per %5, in system %6\n")
             .arg(stat(p.arrived), stat(p.completed), stat(p.abandoned), stat(p.throughput), unit, stat(p.wip));
    t += ResultsReport::tr("  cycle time %1 (p50 %2, p90 %3, p95 %4)\n")
             .arg(stat(p.cycleTime), n(p.cycleTime.p50), n(p.cycleTime.p90), n(p.cycleTime.p95));
    // Columns as wide as the longest id, so long role names do not shift the figures.
    int nodeWidth = 6, roleWidth = 6;
    for (const sim::NodeResult &node : p.nodes) {
        if (node.type != sim::NodeType::Task)
            continue;
        nodeWidth = std::max(nodeWidth, static_cast<int>(node.id.size()) + 1);
        roleWidth = std::max(roleWidth, static_cast<int>(node.role.size()) + 1);
    }
    t += QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
             .arg(ResultsReport::tr("node"), -nodeWidth)
             .arg(ResultsReport::tr("role"), -roleWidth)
             .arg(ResultsReport::tr("visits"), -16)
             .arg(ResultsReport::tr("wait"), -18)
             .arg(ResultsReport::tr("wait p90"), -9)
             .arg(ResultsReport::tr("queue"), -16)
             .arg(ResultsReport::tr("max queue"));
    for (const sim::NodeResult &node : p.nodes) {
        if (node.type != sim::NodeType::Task)
            continue;
        t += QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
                 .arg(qs(node.id), -nodeWidth)
                 .arg(qs(node.role), -roleWidth)
                 .arg(stat(node.visits, 6), -16)
                 .arg(stat(node.wait), -18)
                 .arg(n(node.wait.p90), -9)
                 .arg(stat(node.queueLength), -16)
                 .arg(n(node.queueMax.mean));
        if (node.erlang) {
            const sim::ErlangC &e = *node.erlang;
            t += ResultsReport::tr(
                "    M/M/%1 check (Erlang C): Wq %2 (simulated %3), P(wait) %4 (simulated %5), Lq %6 (simulated %7)\n")
                     .arg(e.servers)
                     .arg(n(e.wq), stat(node.wait), n(e.pWait), stat(node.pWait), n(e.lq), stat(node.queueLength));
        }
    }
    for (const sim::FlowResult &f : p.flows)
        if (f.fromXor)
            t += ResultsReport::tr("  branch %1 -> %2: %3 of cases\n").arg(qs(f.from), qs(f.to), stat(f.share, 3));
}

} // namespace

QString formatResultsText(const sim::Results &r, const std::vector<sim::SweepRow> &sweep)
{
    const QString unit = qs(r.layout.timeUnit);
    QString t;
    t += ResultsReport::tr("Replications %1 (first %2), horizon %3 %4, warm-up %5, seed %6\n")
             .arg(r.replications)
             .arg(r.firstReplication)
             .arg(n(r.horizon, 10), unit, n(r.warmup, 10))
             .arg(r.seed);
    t += ResultsReport::tr("Events %1 in %2 s (%3 per s), fingerprint %4\n")
             .arg(r.events)
             .arg(n(r.wallSeconds, 3), n(r.wallSeconds > 0 ? double(r.events) / r.wallSeconds : 0, 3))
             .arg(r.fingerprint, 16, 16, QLatin1Char('0'));
    for (const std::string &w : r.warnings)
        t += ResultsReport::tr("warning: %1\n").arg(qs(w));
    for (const sim::ProcessResult &p : r.processes)
        processSection(t, p, unit);
    t += ResultsReport::tr("\nRole utilization (busy staff-time / available staff-time)\n");
    int roleWidth = 6;
    for (const sim::RoleResult &role : r.roles)
        roleWidth = std::max(roleWidth, static_cast<int>(role.id.size()) + 1);
    for (const sim::RoleResult &role : r.roles) {
        t += QStringLiteral("  %1 %2").arg(qs(role.id), -roleWidth).arg(stat(role.utilization, 3));
        // Finishing tasks after a shift ends is work beyond the capacity, so not in utilization.
        if (role.overtime.mean > 0)
            t += ResultsReport::tr(", overtime %1 staff-%2 per replication").arg(stat(role.overtime), unit);
        t += u'\n';
    }
    if (!r.bottlenecks.empty()) {
        t += ResultsReport::tr("\nBottlenecks (score = (utilization + share of all waiting) / 2)\n");
        int rank = 0;
        for (const sim::Bottleneck &b : r.bottlenecks)
            t += ResultsReport::tr("  %1. %2 at %3: utilization %4, wait share %5, score %6\n")
                     .arg(++rank)
                     .arg(qs(b.role), qs(b.node), n(b.utilization, 3), n(b.waitShare, 3), n(b.score, 3));
        t += ResultsReport::tr("The constraint is role %1 (%2).\n")
                 .arg(qs(r.bottlenecks.front().role), qs(r.bottlenecks.front().node));
        if (r.windows.size() > 1) {
            t += ResultsReport::tr("Constraint by time of day:\n");
            for (const sim::WindowConstraint &w : r.windows)
                t += ResultsReport::tr("  %1-%2  %3 (%4), utilization %5, wait share %6\n")
                         .arg(clock(w.from, r.layout.dayLength), clock(w.to, r.layout.dayLength), qs(w.constraint.role),
                             qs(w.constraint.node), n(w.constraint.utilization, 3), n(w.constraint.waitShare, 3));
        }
    }
    if (!sweep.empty()) {
        t += ResultsReport::tr("\nWhat-if sweep (common random numbers; change versus base, 95 %)\n");
        for (const sim::SweepRow &row : sweep) {
            if (!row.error.empty()) {
                t += QStringLiteral("  %1 %2\n").arg(qs(row.label), -22).arg(qs(row.error));
                continue;
            }
            t += ResultsReport::tr("  %1 cycle time %2 (change %3), throughput %4 (change %5)\n")
                     .arg(qs(row.label), -22)
                     .arg(stat(row.cycleTime), stat(row.cycleTimeChange), stat(row.throughput),
                         stat(row.throughputChange));
        }
    }
    return t;
}

} // namespace oi::model
