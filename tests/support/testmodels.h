// SPDX-License-Identifier: GPL-3.0-or-later
// Small models built in code for the simulation tests.
#pragma once

#include "simulation/input.h"

#include <string>
#include <vector>

namespace oi::sim::test {

inline Node startNode(const std::string &id, Distribution arrivals)
{
    Node n;
    n.id = id;
    n.type = NodeType::Start;
    n.arrivals = std::move(arrivals);
    return n;
}

inline Node taskNode(const std::string &id, const std::string &role, Distribution duration, int priority = 0)
{
    Node n;
    n.id = id;
    n.type = NodeType::Task;
    n.role = role;
    n.duration = std::move(duration);
    n.priority = priority;
    return n;
}

inline Node gateway(const std::string &id, NodeType type)
{
    Node n;
    n.id = id;
    n.type = type;
    return n;
}

inline Role role(const std::string &id, int headcount)
{
    Role r;
    r.id = id;
    r.headcount = headcount;
    return r;
}

/** Poisson arrivals (rate lambda) through `stations` tasks in series, each with its own role. */
inline SimulationInput tandem(double lambda, Distribution service, const std::vector<int> &servers)
{
    SimulationInput in;
    Process p;
    p.id = "p";
    p.nodes.push_back(startNode("in", Distribution::exponential(1.0 / lambda)));
    std::string previous = "in";
    for (size_t i = 0; i < servers.size(); ++i) {
        const std::string r = "r" + std::to_string(i + 1);
        const std::string t = "t" + std::to_string(i + 1);
        in.roles.push_back(role(r, servers[i]));
        p.nodes.push_back(taskNode(t, r, service));
        p.flows.push_back({ previous, t, {} });
        previous = t;
    }
    p.nodes.push_back(gateway("out", NodeType::End));
    p.flows.push_back({ previous, "out", {} });
    in.processes.push_back(p);
    in.settings.horizon = 20000;
    in.settings.warmup = 2000;
    in.settings.replications = 10;
    in.settings.seed = 7;
    in.settings.jobs = 2;
    return in;
}

} // namespace oi::sim::test
