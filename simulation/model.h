// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulation/input.h"
#include "simulation/results.h"
#include "simulation/sampler.h"

#include <string>
#include <vector>

namespace oi::sim {

/**
 * The input checked and flattened into index-based arrays for the event loop: nodes and flows of
 * all processes are numbered globally. Construction throws InputError / CapacityError with a
 * message naming the process, node or role and the problem.
 */
class CompiledModel
{
public:
    struct CNode
    {
        NodeType type = NodeType::Task;
        int process = 0;
        int local = 0; // index within its process
        int role = -1;
        Sampler duration;
        int priority = 0;
        int firstOut = 0, outCount = 0;
        int inCount = 0;
        std::vector<double> cumulative; // xor: cumulative flow probabilities
        Sampler arrivals, patience;
        double ratePeriod = 0, maxRate = 0;
        std::vector<RateBlock> rates;
        double expectedVisits = 0; // per case, from the traffic equations
    };
    /** A queue a role's staff may serve, ranked by (tier, priority): tier 0 = own work. */
    /** When cross-trained help is given: always, or within [from, to) of a repeating period. */
    struct Window
    {
        double from = 0, to = 0, period = 0;
        bool always() const { return period <= 0; }
        bool contains(double t) const;
    };
    struct Servable
    {
        int node, tier, priority;
        Window window;
    };
    struct Helper
    {
        int role, priority;
        Window window;
    };
    struct CRole
    {
        std::string id;
        int headcount = 0;
        double period = 0;
        std::vector<ShiftBlock> shifts;
        std::vector<double> boundaries; // sorted change points within the period
        std::vector<Servable> servable;
        std::vector<Helper> helpers; // roles whose staff may take this role's work
        double meanCapacity = 0;
    };
    struct CProcess
    {
        std::string id;
        int firstNode = 0, nodeCount = 0, firstFlow = 0, flowCount = 0;
        double arrivalRate = 0; // long-run cases per time unit
        struct CInterrupt
        {
            double after = 0, rate = 0;
            int startNode = -1; // where the contact's case starts, in the process it opens
        };
        std::vector<CInterrupt> interrupts;
    };

    explicit CompiledModel(const SimulationInput &input);

    int capacityAt(int role, SimTime t) const;

    std::vector<CNode> nodes;
    std::vector<int> flowTo; // global flow -> global node
    std::vector<int> flowFrom;
    std::vector<CRole> roles;
    std::vector<CProcess> processes;
    std::vector<std::string> warnings;
    Layout layout;
    RunSettings settings;

private:
    void compileRoles(const SimulationInput &input);
    void compileProcess(const Process &p, int index);
    void compileInterrupts(const SimulationInput &input);
    void solveTrafficEquations();
    void checkCapacityAndLoad();
    void computeErlang(const SimulationInput &input);
};

/** Erlang C figures for arrival rate lambda, service rate mu and c servers (rho < 1). */
ErlangC erlangC(double lambda, double mu, int servers);

} // namespace oi::sim
