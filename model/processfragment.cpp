// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/processfragment.h"

#include "model/processedit.h"
#include "model/yamlreader.h"
#include "model/yamlwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace oi::model {

namespace {
struct ProcessFragment
{
    Q_DECLARE_TR_FUNCTIONS(ProcessFragment)
};

const QString kFragmentId = QStringLiteral("fragment");
} // namespace

Project processFragment(const Project &project, const QString &processId, const QStringList &nodes)
{
    Project out;
    out.name = QStringLiteral("Copied nodes");
    const Process *p = project.process(processId);
    if (!p)
        return out;
    Process fragment;
    fragment.id = kFragmentId;
    fragment.name = p->name;
    QSet<QString> roles;
    for (const Node &n : p->nodes)
        if (nodes.contains(n.id)) {
            fragment.nodes.push_back(n);
            for (const QString &r : { n.role, n.lane })
                if (!r.isEmpty())
                    roles.insert(r);
        }
    for (const Flow &f : p->flows)
        if (nodes.contains(f.from) && nodes.contains(f.to))
            fragment.flows.push_back(f);
    for (const Lane &l : p->lanes)
        if (roles.contains(l.role))
            fragment.lanes.push_back(l);
    for (const Role &r : project.roles)
        if (roles.contains(r.id))
            out.roles.push_back(r);
    out.processes.push_back(std::move(fragment));
    return out;
}

QByteArray fragmentToYaml(const Project &fragment)
{
    return projectToYaml(fragment);
}

std::unique_ptr<Project> fragmentFromYaml(const QByteArray &yaml, QString *error)
{
    Problems problems;
    std::unique_ptr<Project> p = projectFromYaml(yaml, QStringLiteral("clipboard"), &problems);
    if (!p || p->processes.size() != 1 || p->processes.front().id != kFragmentId) {
        if (error)
            *error = ProcessFragment::tr("The clipboard holds no process nodes.");
        return nullptr;
    }
    return p;
}

QStringList pasteFragment(Project &project, const QString &processId, const Project &fragment, double dx, double dy)
{
    Process *target = project.process(processId);
    if (!target || fragment.processes.empty())
        return {};
    // Roles: the same id with the same name is the same role; else one of that name; else a new one.
    QHash<QString, QString> roleFor;
    for (const Role &r : fragment.roles) {
        const Role *same = project.role(r.id);
        if (same && same->name == r.name) {
            roleFor.insert(r.id, r.id);
            continue;
        }
        const auto byName
            = std::find_if(project.roles.begin(), project.roles.end(), [&](const Role &x) { return x.name == r.name; });
        if (byName != project.roles.end()) {
            roleFor.insert(r.id, byName->id);
            continue;
        }
        Role added = r;
        for (int n = 2; project.role(added.id); ++n)
            added.id = r.id + u'-' + QString::number(n);
        added.crossTrained.clear();
        added.strategy.clear();
        roleFor.insert(r.id, added.id);
        project.roles.push_back(added);
        target = project.process(processId);
    }
    const Process &source = fragment.processes.front();
    QHash<QString, QString> idFor;
    QStringList pasted;
    for (Node n : source.nodes) {
        const QString id = unusedNodeId(*target, n.id);
        idFor.insert(n.id, id);
        n.id = id;
        n.role = roleFor.value(n.role, n.role);
        n.lane = roleFor.value(n.lane, n.lane);
        if (n.bounds) {
            n.bounds->x += dx;
            n.bounds->y += dy;
        }
        target->nodes.push_back(n);
        pasted << id;
    }
    for (Flow f : source.flows) {
        f.from = idFor.value(f.from);
        f.to = idFor.value(f.to);
        f.id = unusedFlowId(*target, f.from, f.to);
        for (Point &w : f.waypoints)
            w.x += dx, w.y += dy;
        if (f.labelPosition)
            f.labelPosition->x += dx, f.labelPosition->y += dy;
        target->flows.push_back(f);
    }
    for (const Lane &l : source.lanes) {
        const QString role = roleFor.value(l.role, l.role);
        if (std::none_of(target->lanes.begin(), target->lanes.end(), [&](const Lane &x) { return x.role == role; }))
            target->lanes.push_back({ role, l.size });
    }
    return pasted;
}

} // namespace oi::model
