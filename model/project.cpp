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

const Node *Process::node(const QString &nodeId) const
{
    return findById(nodes, nodeId);
}
Node *Process::node(const QString &nodeId)
{
    return findById(nodes, nodeId);
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
