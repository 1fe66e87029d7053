// SPDX-License-Identifier: GPL-3.0-or-later
// oi-bench-sim: the engine on ../shared/bench/tandem.oi.yaml (5 M/M/3 stations in series,
// rho 0.8), printing the same figures as sol.cpp and simpy_tandem.py so run-bench.sh can put
// them side by side. Usage: oi-bench-sim [HORIZON] [REPLICATIONS]
//   line 1: one replication of HORIZON on one thread (comparable with sol and SimPy);
//   line 2: REPLICATIONS replications of HORIZON / REPLICATIONS on 1 and on 2 jobs.
#include "simulation/simulator.h"

#ifdef OI_BENCH_WITH_MODEL
#include "model/projectio.h"
#include "model/simulationinput.h"
#endif

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace oi::sim;

namespace {

/** The same model built in code, for the Qt-free configure where the YAML reader is absent. */
SimulationInput tandemInCode()
{
    SimulationInput in;
    Process p;
    p.id = "tandem";
    Node start;
    start.id = "in";
    start.type = NodeType::Start;
    start.arrivals = Distribution::exponential(1.0 / 2.4);
    p.nodes.push_back(start);
    std::string previous = "in";
    for (int i = 1; i <= 5; ++i) {
        const std::string n = std::to_string(i);
        in.roles.push_back(Role { "s" + n, 3, 0.0, {}, {} });
        Node task;
        task.id = "t" + n;
        task.role = "s" + n;
        task.duration = Distribution::exponential(1.0);
        p.nodes.push_back(task);
        p.flows.push_back({ previous, task.id, {} });
        previous = task.id;
    }
    Node end;
    end.id = "out";
    end.type = NodeType::End;
    p.nodes.push_back(end);
    p.flows.push_back({ previous, "out", {} });
    in.processes.push_back(p);
    return in;
}

SimulationInput loadModel(const char **source)
{
#ifdef OI_BENCH_WITH_MODEL
    oi::model::Problems problems;
    const auto project = oi::model::readProject(QStringLiteral(OI_BENCH_MODEL), &problems);
    if (project) {
        QString error;
        if (auto in = oi::model::toSimulationInput(*project, {}, &error)) {
            *source = OI_BENCH_MODEL;
            return *in;
        }
    }
    std::fprintf(stderr, "cannot read %s; using the model built in code\n", OI_BENCH_MODEL);
#endif
    *source = "built in code";
    return tandemInCode();
}

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

std::uint64_t taskVisits(const Results &r)
{
    std::uint64_t visits = 0;
    for (const ReplicationResult &rep : r.perReplication)
        for (size_t n = 0; n < rep.processes[0].nodes.size(); ++n)
            if (r.layout.processes[0].nodes[n].type == NodeType::Task)
                visits += rep.processes[0].nodes[n].served;
    return visits;
}

} // namespace

int main(int argc, char **argv)
{
    const double horizon = argc > 1 ? std::atof(argv[1]) : 2e6;
    const int replications = argc > 2 ? std::atoi(argv[2]) : 8;
    const char *source = nullptr;
    SimulationInput in = loadModel(&source);
    in.settings.horizon = horizon;
    in.settings.warmup = 0;
    in.settings.replications = 1;
    in.settings.jobs = 1;
    in.settings.seed = 1;

    auto started = std::chrono::steady_clock::now();
    const Results one = simulate(in);
    const double wall = seconds(started);
    if (!one.ok) {
        std::fprintf(stderr, "oi-bench-sim: %s\n", one.error.c_str());
        return 1;
    }
    const std::uint64_t visits = taskVisits(one);
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("ours visits=%llu events=%llu wall=%.3fs visits_per_s=%.0f events_per_s=%.0f wq1=%.4f peak_rss_kb=%ld "
                "model=%s\n",
        static_cast<unsigned long long>(visits), static_cast<unsigned long long>(one.events), wall, visits / wall,
        one.events / wall, one.processes[0].nodes[1].wait.mean, usage.ru_maxrss, source);

    in.settings.horizon = horizon / replications;
    in.settings.replications = replications;
    double walls[2] = { 0, 0 };
    std::uint64_t fingerprints[2] = { 0, 0 };
    for (int jobs = 1; jobs <= 2; ++jobs) {
        in.settings.jobs = jobs;
        started = std::chrono::steady_clock::now();
        const Results r = simulate(in);
        walls[jobs - 1] = seconds(started);
        fingerprints[jobs - 1] = r.fingerprint;
    }
    std::printf("ours_replications=%d wall_1job=%.3fs wall_2jobs=%.3fs speedup=%.2f identical=%s\n", replications,
        walls[0], walls[1], walls[0] / walls[1], fingerprints[0] == fingerprints[1] ? "yes" : "NO");
    return 0;
}
