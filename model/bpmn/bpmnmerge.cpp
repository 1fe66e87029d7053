// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/bpmn/bpmnmerge.h"

#include "model/bpmn/bpsim.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace oi::model::bpmn {

namespace {

// A class scope so lupdate files these strings under "BpmnImport".
struct BpmnImport
{
    Q_DECLARE_TR_FUNCTIONS(BpmnImport)
};

QString normalised(const QString &name)
{
    return name.simplified().toLower();
}

QString unique(const QString &id, const QSet<QString> &taken)
{
    QString out = id;
    for (int n = 2; taken.contains(out); ++n)
        out = id + u'-' + QString::number(n);
    return out;
}

void scaleTimes(Process &p, double factor)
{
    for (Node &n : p.nodes) {
        scaleDistribution(n.duration, factor);
        scaleDistribution(n.arrivals, factor);
        scaleDistribution(n.patience, factor);
        if (n.rateCalendar) {
            n.rateCalendar->period *= factor;
            for (RateBlock &b : n.rateCalendar->rates) {
                b.from *= factor;
                b.to *= factor;
                b.perTimeUnit /= factor;
            }
        }
    }
}

} // namespace

void mergeImportedProcesses(Project &into, const Project &imported, const QString &fileName, Problems *problems)
{
    const double factor = secondsPer(imported.timeUnit) / secondsPer(into.timeUnit);
    QHash<QString, QString> byName;
    QSet<QString> roleIds;
    for (const Role &r : into.roles) {
        roleIds.insert(r.id);
        if (!byName.contains(normalised(r.name)))
            byName.insert(normalised(r.name), r.id);
    }
    QHash<QString, QString> roleMap;
    std::vector<Role> added;
    for (const Role &r : imported.roles) {
        const QString match = byName.value(normalised(r.name));
        if (!match.isEmpty()) {
            roleMap.insert(r.id, match);
            continue;
        }
        Role role = r;
        role.id = unique(r.id, roleIds);
        roleIds.insert(role.id);
        byName.insert(normalised(role.name), role.id);
        roleMap.insert(r.id, role.id);
        if (role.shifts) {
            role.shifts->period *= factor;
            for (ShiftBlock &b : role.shifts->capacity) {
                b.from *= factor;
                b.to *= factor;
            }
        }
        added.push_back(std::move(role));
    }
    auto mapRole = [&](const QString &id) { return roleMap.value(id, id); };
    for (Role &r : added) {
        for (CrossTraining &c : r.crossTrained)
            c.role = mapRole(c.role);
        into.roles.push_back(std::move(r));
    }

    QSet<QString> processIds;
    for (const Process &p : into.processes)
        processIds.insert(p.id);
    QHash<QString, QString> processMap;
    for (const Process &p : imported.processes) {
        const QString id = unique(p.id, processIds);
        processIds.insert(id);
        processMap.insert(p.id, id);
        if (id != p.id && problems)
            problems->push_back(
                { Problem::Severity::Warning, fileName, 0, 0, QStringLiteral("process ") + p.id, QString(),
                    BpmnImport::tr("the project already has a process %1; the imported one is added as %2.")
                        .arg(p.id, id) });
    }
    for (const Process &source : imported.processes) {
        Process p = source;
        p.id = processMap.value(source.id);
        if (processMap.contains(p.variantOf))
            p.variantOf = processMap.value(p.variantOf);
        std::vector<Lane> lanes;
        QStringList seen;
        for (Lane l : p.lanes) {
            l.role = mapRole(l.role);
            if (!seen.contains(l.role)) {
                seen << l.role;
                lanes.push_back(l);
            }
        }
        p.lanes = lanes;
        for (Node &n : p.nodes) {
            if (!n.role.isEmpty())
                n.role = mapRole(n.role);
            if (!n.lane.isEmpty())
                n.lane = mapRole(n.lane);
        }
        if (factor != 1.0)
            scaleTimes(p, factor);
        into.processes.push_back(std::move(p));
    }
}

} // namespace oi::model::bpmn
