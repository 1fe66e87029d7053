// SPDX-License-Identifier: GPL-3.0-or-later
// The model fingerprint that `merge` compares: shards with the same ids but different durations,
// rates or headcounts are not parts of one run, and ids alone cannot tell.
#include "simulation/input.h"

#include <cstring>

namespace oi::sim {

namespace {

class Fnv
{
public:
    std::uint64_t value = 0xCBF29CE484222325ULL;

    void bytes(const void *data, size_t size)
    {
        const auto *p = static_cast<const unsigned char *>(data);
        for (size_t i = 0; i < size; ++i)
            value = (value ^ p[i]) * 0x100000001B3ULL;
    }
    void add(std::uint64_t v) { bytes(&v, sizeof v); }
    void add(double v)
    {
        std::uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        add(bits);
    }
    void add(int v) { add(static_cast<std::uint64_t>(static_cast<std::int64_t>(v))); }
    void add(const std::string &s)
    {
        add(static_cast<std::uint64_t>(s.size())); // length first: ("ab","c") differs from ("a","bc")
        bytes(s.data(), s.size());
    }
    void add(const Distribution &d)
    {
        add(static_cast<int>(d.kind));
        for (double v : { d.value, d.min, d.mode, d.max, d.mean, d.sd })
            add(v);
        add(d.k);
        add(static_cast<std::uint64_t>(d.values.size()));
        for (double v : d.values)
            add(v);
        add(static_cast<std::uint64_t>(d.weights.size()));
        for (double v : d.weights)
            add(v);
    }
};

} // namespace

std::uint64_t inputFingerprint(const SimulationInput &input)
{
    Fnv h;
    h.add(input.timeUnit);
    h.add(input.settings.dayLength);
    h.add(static_cast<std::uint64_t>(input.roles.size()));
    for (const Role &r : input.roles) {
        h.add(r.id);
        h.add(r.headcount);
        h.add(r.shiftPeriod);
        h.add(static_cast<std::uint64_t>(r.shifts.size()));
        for (const ShiftBlock &b : r.shifts) {
            h.add(b.from);
            h.add(b.to);
            h.add(b.headcount);
        }
        h.add(static_cast<std::uint64_t>(r.crossTrained.size()));
        for (const CrossSkill &c : r.crossTrained) {
            h.add(c.role);
            h.add(c.priority);
            if (c.period > 0) { // only then: the hashes of inputs stored before windows existed stay
                h.add(c.from);
                h.add(c.to);
                h.add(c.period);
            }
        }
    }
    h.add(static_cast<std::uint64_t>(input.processes.size()));
    for (const Process &p : input.processes) {
        h.add(p.id);
        h.add(static_cast<std::uint64_t>(p.nodes.size()));
        for (const Node &n : p.nodes) {
            h.add(n.id);
            h.add(static_cast<int>(n.type));
            h.add(n.role);
            h.add(n.duration);
            h.add(n.priority);
            h.add(n.arrivals);
            h.add(n.ratePeriod);
            h.add(static_cast<std::uint64_t>(n.rates.size()));
            for (const RateBlock &b : n.rates) {
                h.add(b.from);
                h.add(b.to);
                h.add(b.perTimeUnit);
            }
            h.add(n.patience);
        }
        h.add(static_cast<std::uint64_t>(p.flows.size()));
        for (const Flow &f : p.flows) {
            h.add(f.from);
            h.add(f.to);
            h.add(f.probability.has_value() ? 1 : 0);
            h.add(f.probability.value_or(0.0));
        }
    }
    return h.value;
}

} // namespace oi::sim
