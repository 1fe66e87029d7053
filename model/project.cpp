// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/project.h"

#include <algorithm>

namespace oi::model {

namespace {
template<typename Vec> auto findById(Vec &items, const QString &id) -> decltype(&*items.begin())
{
    auto it = std::find_if(items.begin(), items.end(), [&](const auto &e) { return e.id == id; });
    return it == items.end() ? nullptr : &*it;
}
} // namespace

QStringList painTexts(const std::vector<PainPoint> &pains)
{
    QStringList out;
    for (const PainPoint &p : pains)
        out << p.text;
    return out;
}

std::vector<PainPoint> painPointsFromLines(const QStringList &lines, const std::vector<PainPoint> &previous)
{
    std::vector<PainPoint> out;
    for (const QString &line : lines) {
        const auto it
            = std::find_if(previous.begin(), previous.end(), [&](const PainPoint &p) { return p.text == line; });
        out.push_back({ line, it == previous.end() ? std::nullopt : it->severity });
    }
    return out;
}

const Node *Process::node(const QString &nodeId) const
{
    return findById(nodes, nodeId);
}
Node *Process::node(const QString &nodeId)
{
    return findById(nodes, nodeId);
}

const Flow *Process::flow(const QString &flowId) const
{
    return findById(flows, flowId);
}

QStringList Process::laneRoles() const
{
    QStringList roles;
    for (const Lane &l : lanes)
        roles << l.role;
    return roles;
}

QString Scenario::processInPlaceOf(const QString &process) const
{
    for (const VariantChoice &v : variants)
        if (v.process == process)
            return v.variant;
    return process;
}

const Strategy *Project::strategy(const QString &id) const
{
    return findById(strategies, id);
}
const Persona *Project::persona(const QString &id) const
{
    return findById(personas, id);
}
const Journey *Project::journey(const QString &id) const
{
    return findById(journeys, id);
}
Journey *Project::journey(const QString &id)
{
    return findById(journeys, id);
}
const Role *Project::role(const QString &id) const
{
    return findById(roles, id);
}
Role *Project::role(const QString &id)
{
    return findById(roles, id);
}
const Process *Project::process(const QString &id) const
{
    return findById(processes, id);
}
Process *Project::process(const QString &id)
{
    return findById(processes, id);
}
const Requirement *Project::requirement(const QString &id) const
{
    return findById(requirements, id);
}
const Scenario *Project::scenario(const QString &id) const
{
    return findById(scenarios, id);
}

const Responsibility *Project::responsibility(const QString &id) const
{
    return findById(responsibilities, id);
}
const PocScenario *Project::pocScenario(const QString &id) const
{
    return findById(pocScenarios, id);
}
const Vendor *Project::vendor(const QString &id) const
{
    return findById(vendors, id);
}

std::optional<int> Vendor::score(const QString &requirement) const
{
    for (const VendorScore &s : scores)
        if (s.requirement == requirement)
            return s.score;
    return std::nullopt;
}

int PriorityWeights::weight(Priority p) const
{
    switch (p) {
    case Priority::Must: return must;
    case Priority::Should: return should;
    case Priority::Could: return could;
    case Priority::Wont: return wont;
    }
    return 0;
}

const Need *Project::need(const QString &id, const Persona **personaOut) const
{
    for (const Persona &p : personas) {
        if (const Need *n = findById(p.needs, id)) {
            if (personaOut)
                *personaOut = &p;
            return n;
        }
    }
    return nullptr;
}

const Step *Project::step(const QString &id, const Journey **journeyOut) const
{
    for (const Journey &j : journeys) {
        if (const Step *s = findById(j.steps, id)) {
            if (journeyOut)
                *journeyOut = &j;
            return s;
        }
    }
    return nullptr;
}

} // namespace oi::model
