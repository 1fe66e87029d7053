// SPDX-License-Identifier: GPL-3.0-or-later
// Qt-free smoke test for the engine-only configure (-DOI_SIMULATION_ONLY=ON): one M/M/c run
// against Erlang C, determinism across jobs, and a guard error. Returns non-zero on failure.
#include "simulation/simulator.h"

#include <sys/resource.h>

#include <cmath>
#include <cstdio>

using namespace oi::sim;

namespace {

int failures = 0;

void check(bool ok, const char *what)
{
    std::printf("%s: %s\n", ok ? "PASS" : "FAIL", what);
    if (!ok)
        ++failures;
}

SimulationInput mmc(double lambda, double mu, int c)
{
    SimulationInput in;
    in.roles.push_back({ "server", c, 0.0, {}, {} });
    Process p;
    p.id = "p";
    Node start;
    start.id = "in";
    start.type = NodeType::Start;
    start.arrivals = Distribution::exponential(1.0 / lambda);
    Node task;
    task.id = "serve";
    task.type = NodeType::Task;
    task.role = "server";
    task.duration = Distribution::exponential(1.0 / mu);
    Node end;
    end.id = "out";
    end.type = NodeType::End;
    p.nodes = { start, task, end };
    p.flows = { { "in", "serve", {} }, { "serve", "out", {} } };
    in.processes.push_back(p);
    in.settings.horizon = 20000;
    in.settings.warmup = 2000;
    in.settings.replications = 10;
    in.settings.seed = 42;
    return in;
}

} // namespace

int main()
{
    SimulationInput in = mmc(2.4, 1.0, 3);
    in.settings.jobs = 1;
    const Results one = simulate(in);
    check(one.ok, "M/M/3 runs");
    if (!one.ok) {
        std::printf("error: %s\n", one.error.c_str());
        return 1;
    }
    const NodeResult &serve = one.processes[0].nodes[1];
    std::printf("Wq %.4f +- %.4f (Erlang C 1.0787), P(wait) %.4f +- %.4f (0.6472)\n", serve.wait.mean, serve.wait.ci95,
        serve.pWait.mean, serve.pWait.ci95);
    check(std::abs(serve.wait.mean - 1.0787) <= serve.wait.ci95, "Wq inside the 95% interval of Erlang C");
    check(std::abs(serve.pWait.mean - 0.6472) <= serve.pWait.ci95, "P(wait) inside the 95% interval");
    check(serve.erlang.has_value() && std::abs(serve.erlang->wq - 1.0787) < 1e-3, "analytic Erlang C attached");

    in.settings.jobs = 2;
    const Results two = simulate(in);
    check(two.ok && two.fingerprint == one.fingerprint
            && two.processes[0].cycleTime.mean == one.processes[0].cycleTime.mean,
        "identical results on 1 and 2 jobs");

    SimulationInput none = mmc(1.0, 1.0, 0);
    const Results bad = simulate(none);
    check(!bad.ok && bad.error.find("server") != std::string::npos, "zero capacity for a used role is an error");
    std::printf("%s\n", bad.error.c_str());

    // Statistics are streamed: ten times as many cases must not need more memory.
    auto peakKb = [] {
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        return usage.ru_maxrss;
    };
    SimulationInput flat = mmc(2.4, 1.0, 3);
    flat.settings.replications = 1;
    flat.settings.warmup = 0;
    flat.settings.horizon = 20000;
    const Results small = simulate(flat);
    const long before = peakKb();
    flat.settings.horizon = 200000;
    const Results large = simulate(flat);
    const long growth = peakKb() - before;
    std::printf("cases %.0f -> %.0f, peak memory growth %ld kB\n", small.processes[0].arrived.mean,
        large.processes[0].arrived.mean, growth);
    check(large.ok && large.processes[0].arrived.mean > 400000 && growth < 1024, "memory flat in the number of cases");
    return failures == 0 ? 0 : 1;
}
