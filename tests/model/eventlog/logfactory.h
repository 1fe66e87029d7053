// SPDX-License-Identifier: GPL-3.0-or-later
// Event logs of a known process, made with a fixed seed, for the tests (which then recover its
// parameters) and the benchmark: a service desk where cases arrive at random, are registered by
// the front desk, assessed by the back office, reworked with a known probability (and assessed
// again), then closed; each queue is first come, first served, and a customer who waits longer
// than their patience in any queue leaves (the engine's rule).
#pragma once

#include "simulation/random.h"
#include "simulation/sampler.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstdio>
#include <queue>
#include <string>
#include <vector>

namespace oi::test {

struct KnownProcess
{
    int cases = 3000;
    double meanInterArrival = 10; // minutes
    sim::Distribution registerTime = lognormal(4, 2);
    sim::Distribution assessTime = gamma(12, 6);
    sim::Distribution reworkTime = triangular(5, 8, 15);
    sim::Distribution closeTime = exponential(3);
    double reworkProbability = 0.3;
    double meanPatience = 0; // 0: nobody leaves
    std::vector<std::string> front { "Ann", "Bob" };
    std::vector<std::string> back { "Cid", "Dee", "Eve", "Fay" };
    std::uint64_t seed = 16;

    static sim::Distribution lognormal(double mean, double sd)
    {
        sim::Distribution d;
        d.kind = sim::DistKind::Lognormal;
        d.mean = mean;
        d.sd = sd;
        return d;
    }
    static sim::Distribution gamma(double mean, double sd)
    {
        sim::Distribution d = lognormal(mean, sd);
        d.kind = sim::DistKind::Gamma;
        return d;
    }
    static sim::Distribution triangular(double min, double mode, double max)
    {
        sim::Distribution d;
        d.kind = sim::DistKind::Triangular;
        d.min = min;
        d.mode = mode;
        d.max = max;
        return d;
    }
    static sim::Distribution exponential(double mean)
    {
        sim::Distribution d;
        d.kind = sim::DistKind::Exponential;
        d.mean = mean;
        return d;
    }
};

/** One activity of one case, in minutes from Monday 2024-03-04 00:00; abandoned: left waiting for it. */
struct LogRow
{
    int caseNumber = 0;
    const char *activity = "";
    double start = 0;
    double end = 0;
    std::string resource;
    bool abandoned = false;
};

inline std::vector<LogRow> generateLog(const KnownProcess &p)
{
    enum Step { Register, Assess, Rework, Close };
    static const char *const kNames[] = { "Register", "Assess", "Rework", "Close" };
    const sim::Sampler durations[] = { sim::Sampler(p.registerTime), sim::Sampler(p.assessTime),
        sim::Sampler(p.reworkTime), sim::Sampler(p.closeTime) };
    sim::Rng arrivals(p.seed, 0, 1), service(p.seed, 0, 2), branch(p.seed, 0, 3), patience(p.seed, 0, 4);
    struct Request
    {
        double ready;
        int caseNumber;
        Step step;
        bool operator>(const Request &o) const
        {
            return ready != o.ready ? ready > o.ready : caseNumber > o.caseNumber;
        }
    };
    std::priority_queue<Request, std::vector<Request>, std::greater<>> ready;
    std::vector<double> patienceOf(size_t(p.cases), INFINITY);
    double t = 0;
    for (int c = 0; c < p.cases; ++c) {
        t += -p.meanInterArrival * std::log(arrivals.uniformPositive());
        if (p.meanPatience > 0)
            patienceOf[size_t(c)] = -p.meanPatience * std::log(patience.uniformPositive());
        ready.push({ t, c, Register });
    }
    std::vector<double> frontFree(p.front.size(), 0), backFree(p.back.size(), 0);
    std::vector<LogRow> rows;
    while (!ready.empty()) {
        const Request r = ready.top();
        ready.pop();
        const bool isFront = r.step == Register || r.step == Close;
        std::vector<double> &pool = isFront ? frontFree : backFree;
        size_t server = 0;
        for (size_t s = 1; s < pool.size(); ++s)
            server = pool[s] < pool[server] ? s : server;
        const double start = std::max(r.ready, pool[server]);
        if (start - r.ready > patienceOf[size_t(r.caseNumber)]) {
            const double gone = r.ready + patienceOf[size_t(r.caseNumber)];
            rows.push_back({ r.caseNumber, kNames[r.step], gone, gone, std::string(), true });
            continue;
        }
        const double end = start + durations[r.step].sample(service);
        pool[server] = end;
        rows.push_back({ r.caseNumber, kNames[r.step], start, end, (isFront ? p.front : p.back)[server], false });
        switch (r.step) {
        case Register: ready.push({ end, r.caseNumber, Assess }); break;
        case Assess: ready.push({ end, r.caseNumber, branch.uniform() < p.reworkProbability ? Rework : Close }); break;
        case Rework: ready.push({ end, r.caseNumber, Assess }); break;
        case Close: break;
        }
    }
    return rows;
}

/** `minutes` after Monday 2024-03-04 00:00 as ISO 8601 with milliseconds ("2024-03-04T09:30:00.000"). */
inline std::string isoTime(double minutes)
{
    const long long ms = std::llround(minutes * 60000.0);
    long long days = ms / 86400000 + 19786; // days from 1970-01-01 to 2024-03-04
    const long long inDay = ms % 86400000;
    // Howard Hinnant's civil_from_days.
    days += 719468;
    const long long era = days / 146097;
    const long long doe = days - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    const long long d = doy - (153 * mp + 2) / 5 + 1;
    const long long m = mp < 10 ? mp + 3 : mp - 9;
    const long long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char out[96];
    std::snprintf(out, sizeof out, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lld", y, m, d, inDay / 3600000,
        inDay / 60000 % 60, inDay / 1000 % 60, inDay % 1000);
    return out;
}

struct CsvShape
{
    bool startColumn = true; // else start and complete rows with a lifecycle column
    bool completionsOnly = false; // no start times at all
    char delimiter = ',';
};

/** The rows as CSV with process-mining column names, in the order they happened. */
inline QByteArray csvLog(const std::vector<LogRow> &rows, const CsvShape &shape = {})
{
    const char d = shape.delimiter;
    std::string out = std::string("case:concept:name") + d + "concept:name" + d
        + (shape.startColumn && !shape.completionsOnly ? std::string("start_timestamp") + d : std::string())
        + "time:timestamp" + d + "org:resource" + d + "lifecycle:transition" + d + "channel\n";
    auto line = [&](const LogRow &r, double time, const char *lifecycle, bool withStart) {
        out += "case " + std::to_string(r.caseNumber) + d + r.activity + d;
        if (shape.startColumn && !shape.completionsOnly)
            out += (withStart ? isoTime(r.start) : std::string()) + d;
        out += isoTime(time) + d + r.resource + d + lifecycle + d
            + (std::string(r.activity) == "Register" ? "phone" : "web") + "\n";
    };
    for (const LogRow &r : rows) {
        if (r.abandoned)
            line(r, r.end, "ate_abort", false);
        else if (shape.startColumn || shape.completionsOnly)
            line(r, r.end, "complete", true);
        else {
            line(r, r.start, "start", false);
            line(r, r.end, "complete", false);
        }
    }
    return QByteArray::fromStdString(out);
}

/** The rows as XES with the concept, time, lifecycle and org extensions, a trace per case. */
inline QByteArray xesLog(const std::vector<LogRow> &rows)
{
    std::vector<std::vector<const LogRow *>> byCase;
    for (const LogRow &r : rows) {
        if (size_t(r.caseNumber) >= byCase.size())
            byCase.resize(size_t(r.caseNumber) + 1);
        byCase[size_t(r.caseNumber)].push_back(&r);
    }
    std::string out
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1.0\" "
          "xmlns=\"http://www.xes-standard.org/\">\n"
          "<extension name=\"Concept\" prefix=\"concept\" uri=\"http://www.xes-standard.org/concept.xesext\"/>\n"
          "<extension name=\"Time\" prefix=\"time\" uri=\"http://www.xes-standard.org/time.xesext\"/>\n"
          "<extension name=\"Lifecycle\" prefix=\"lifecycle\" "
          "uri=\"http://www.xes-standard.org/lifecycle.xesext\"/>\n"
          "<extension name=\"Organizational\" prefix=\"org\" uri=\"http://www.xes-standard.org/org.xesext\"/>\n"
          "<global scope=\"event\"><string key=\"lifecycle:transition\" value=\"complete\"/></global>\n";
    for (size_t c = 0; c < byCase.size(); ++c) {
        out += "<trace><string key=\"concept:name\" value=\"case " + std::to_string(c) + "\"/>\n";
        for (const LogRow *r : byCase[c]) {
            auto event = [&](double time, const char *lifecycle) {
                out += std::string("<event><string key=\"concept:name\" value=\"") + r->activity
                    + "\"/><date key=\"time:timestamp\" value=\"" + isoTime(time) + "Z\"/>";
                if (lifecycle)
                    out += std::string("<string key=\"lifecycle:transition\" value=\"") + lifecycle + "\"/>";
                if (!r->resource.empty())
                    out += "<string key=\"org:resource\" value=\"" + r->resource + "\"/>";
                out += "</event>\n";
            };
            if (r->abandoned) {
                event(r->end, "ate_abort");
            } else {
                event(r->start, "start");
                event(r->end, nullptr);
            }
        }
        out += "</trace>\n";
    }
    out += "</log>\n";
    return QByteArray::fromStdString(out);
}

} // namespace oi::test
