// SPDX-License-Identifier: GPL-3.0-or-later
// Test fixture shared by the model tests.
#pragma once

#include "model/project.h"

namespace oi::model::testing {

// A project that uses every entity and field with a non-default value, so a field the writer or
// reader forgets shows up as a failed comparison.
inline Project fullProject()
{
    Project p;
    p.name = QStringLiteral("Everything");
    p.client = QStringLiteral("Client: \"Quoted\", Inc.");
    p.author = QStringLiteral("Ana Ñúñez");
    p.description = QStringLiteral("Two lines\nof description");
    p.timeUnit = TimeUnit::Hour;
    p.created = QStringLiteral("2026-01-02T03:04:05Z");
    p.modified = QStringLiteral("2026-02-03T04:05:06Z");
    p.simulation = {480.0, 60.0, 20, 12345678901234ull};

    p.strategies.push_back({QStringLiteral("s1"), QStringLiteral("Serve first"), QStringLiteral("We answer."),
                            QStringLiteral("COO"), {{QStringLiteral("Fewer callbacks"), QStringLiteral("FCR"), 0.85, QStringLiteral("%"), std::nullopt},
                             {QStringLiteral("Fast"), QString(), 30.0, QStringLiteral("min"),
                              Measure{QStringLiteral("pr"), Kpi::Wait, QStringLiteral("t"), QString(),
                                      Statistic::P90, Comparator::AtLeast}}}});
    p.personas.push_back({QStringLiteral("p1"), QStringLiteral("Busy parent"), QStringLiteral("Works shifts"),
                          {{QStringLiteral("reliable"), QStringLiteral("reliability")}},
                          {QStringLiteral("stream homework videos")},
                          QStringLiteral("kids")});
    Journey j;
    j.id = QStringLiteral("j1");
    j.name = QStringLiteral("Onboarding");
    j.persona = QStringLiteral("p1");
    j.description = QStringLiteral("From order to first use");
    j.stages = {{QStringLiteral("buy"), QStringLiteral("Buy")}, {QStringLiteral("use"), QStringLiteral("Use")}};
    Step s;
    s.id = QStringLiteral("st1");
    s.stage = QStringLiteral("buy");
    s.title = QStringLiteral("Orders online");
    s.customerAction = QStringLiteral("Fills the form");
    s.touchpoint = QStringLiteral("Web shop");
    s.channel = Channel::SelfServiceDevice;
    s.customerInitiated = true;
    s.emotion = -2;
    s.emotionToBe = 1;
    s.evidence = Evidence::Observed;
    s.painPoints = {{QStringLiteral("yes"), std::nullopt}, {QStringLiteral("null"), 3},
                    {QStringLiteral("- dash: colon"), 1}};
    s.opportunities = {QStringLiteral("prefill")};
    s.momentOfTruth = true;
    s.metrics = {{QStringLiteral("Drop-off"), QStringLiteral("%"), 0.0, 10.0, 14.5, QStringLiteral("upgrade need"),
                  QStringLiteral("attrition risk")},
                 {QStringLiteral("Count"), QString(), std::nullopt, std::nullopt, 3.0, QString(), QString()}};
    s.frontRoles = {QStringLiteral("r1")};
    s.backRoles = {QStringLiteral("r2")};
    s.processes = {QStringLiteral("pr/t")};
    s.requirements = {QStringLiteral("q1")};
    s.serves = {QStringLiteral("reliable")};
    j.steps.push_back(s);
    p.journeys.push_back(j);

    Role r;
    r.id = QStringLiteral("r1");
    r.name = QStringLiteral("Agent");
    r.department = QStringLiteral("Care");
    r.office = Office::Field;
    r.change = ChangeKind::Merged;
    r.strategy = QStringLiteral("s1");
    r.headcount = 7;
    r.shifts = ShiftCalendar{1440.0, {{0.0, 480.0, 1}, {480.0, 1440.0, 4}}};
    r.crossTrained = {{QStringLiteral("r2"), 2, {}, {}, {}}};
    r.costPerHour = 42.5;
    p.roles.push_back(r);
    p.roles.push_back({QStringLiteral("r2"), QStringLiteral("Back"), {}, Office::Back, ChangeKind::Unchanged, {}, 1,
                       std::nullopt, {}, std::nullopt});
    p.responsibilities = {{QStringLiteral("orders"), QStringLiteral("Enter orders"), QStringLiteral("r2"),
                           QStringLiteral("r1")},
                          {QStringLiteral("new"), QStringLiteral("Coach"), QString(), QStringLiteral("r1")}};

    Process pr;
    pr.id = QStringLiteral("pr");
    pr.name = QStringLiteral("Process");
    pr.description = QStringLiteral("desc");
    pr.strategy = QStringLiteral("s1");
    pr.lanes = {{QStringLiteral("r1"), std::nullopt}, {QStringLiteral("r2"), 140.0}};
    pr.valuePerCase = 120.0;
    pr.costPerAbandonment = 35.5;
    Node start;
    start.id = QStringLiteral("in");
    start.type = NodeType::Start;
    start.rateCalendar = RateCalendar{1440.0, {{0.0, 600.0, 0.1}, {600.0, 1440.0, 0.4166666666666667}}};
    start.patience = Distribution::exponential(30.0);
    start.bounds = Bounds{10.5, -3.0, 36.0, 36.0};
    start.lane = QStringLiteral("r2");
    Node t;
    t.id = QStringLiteral("t");
    t.name = QStringLiteral("Task, with comma");
    t.role = QStringLiteral("r1");
    t.duration.kind = DistKind::Triangular;
    t.duration.min = 1;
    t.duration.mode = 2;
    t.duration.max = 9.75;
    t.priority = 3;
    Node e;
    e.id = QStringLiteral("e");
    e.type = NodeType::End;
    Node other;
    other.id = QStringLiteral("start2");
    other.type = NodeType::Start;
    other.arrivals.kind = DistKind::Empirical;
    other.arrivals.values = {1, 2.5, 4};
    other.arrivals.weights = {0.2, 0.3, 0.5};
    Node er;
    er.id = QStringLiteral("timer");
    er.type = NodeType::Timer;
    er.duration.kind = DistKind::Erlang;
    er.duration.k = 3;
    er.duration.mean = 6;
    pr.nodes = {start, t, e, other, er};
    // One timer per remaining distribution kind, so each kind's parameters are round-tripped.
    const DistKind kinds[] = {DistKind::Fixed, DistKind::Uniform, DistKind::Normal,
                              DistKind::Lognormal, DistKind::Gamma};
    for (DistKind kind : kinds) {
        Node n;
        n.id = QStringLiteral("timer-%1").arg(int(kind));
        n.type = NodeType::Timer;
        n.duration.kind = kind;
        if (kind == DistKind::Fixed) {
            n.duration.value = 1.25;
        } else if (kind == DistKind::Uniform) {
            n.duration.min = 0.5;
            n.duration.max = 7.5;
        } else {
            n.duration.mean = 3.3333333333333335;
            n.duration.sd = 0.1;
        }
        pr.nodes.push_back(n);
    }
    pr.flows = {{QStringLiteral("in-t"), QStringLiteral("in"), QStringLiteral("t"), std::nullopt, QString(), {},
                 std::nullopt},
                {QStringLiteral("t-e"), QStringLiteral("t"), QStringLiteral("e"), 0.25, QStringLiteral("ok"),
                 {{100.0, 20.0}, {140.5, 20.0}}, Point{120.0, 8.0}}};
    p.processes.push_back(pr);
    Process variant;
    variant.id = QStringLiteral("pr2");
    variant.variantOf = QStringLiteral("pr");
    variant.nodes = {start, e};
    variant.flows = {{QStringLiteral("direct"), QStringLiteral("in"), QStringLiteral("e"), std::nullopt, QString(), {},
                      std::nullopt}};
    p.processes.push_back(variant);

    p.requirements.push_back({QStringLiteral("q1"), RequirementKind::InformationManagement,
                              QStringLiteral("Offline with full data"), Priority::Must,
                              QStringLiteral("Works in airplane mode"), {QStringLiteral("st1")},
                              {QStringLiteral("pr/t")}});
    Scenario sc;
    sc.id = QStringLiteral("to-be");
    sc.name = QStringLiteral("To be");
    sc.description = QStringLiteral("More staff");
    sc.headcount = {{QStringLiteral("r1"), 9}, {QStringLiteral("r2"), 0}};
    sc.arrivalMultiplier = 1.2;
    sc.durations = {{QStringLiteral("pr/t"), 0.8}};
    sc.crossTraining = false;
    sc.addCrossTraining = {{QStringLiteral("r2"), {QStringLiteral("r1"), 4, 480.0, 720.0, 1440.0}}};
    sc.variants = {{QStringLiteral("pr"), QStringLiteral("pr2")}};
    sc.reassign = {{QStringLiteral("pr/t"), QStringLiteral("r2")}};
    sc.staffing = {{QStringLiteral("r1"), 8.0, 12.0, 1, std::nullopt, std::nullopt},
                   {QStringLiteral("r2"), 0.0, 24.0, std::nullopt, 3, 168.0}};
    sc.arrivals = {{QStringLiteral("pr"), 1.5, std::nullopt, std::nullopt, std::nullopt},
                   {QStringLiteral("pr"), 2.0, 9.0, 11.0, 24.0}};
    sc.divert = {{QStringLiteral("pr"), QStringLiteral("pr2"), 0.25}};
    p.scenarios.push_back(sc);
    p.decisions = {{QStringLiteral("d1"), QStringLiteral("strategy/s1"), Decision::Approve,
                    QStringLiteral("Go ahead"), QStringLiteral("CEO"), QStringLiteral("2026-11-30")},
                   {QStringLiteral("d2"), QStringLiteral("scenario/to-be"), Decision::Question, QString(), QString(),
                    QString()}};
    p.pocScenarios = {{QStringLiteral("poc1"), QStringLiteral("Offline visit"), QStringLiteral("j1"),
                       QStringLiteral("pr2"),
                       {{QStringLiteral("Opens the door"), QStringLiteral("r1"), QStringLiteral("pr/t"),
                         QStringLiteral("q1"), QStringLiteral("Ten jobs"), QStringLiteral("Works offline"), 12.5},
                        {}}}};
    p.vendors = {{QStringLiteral("acme"), QStringLiteral("Acme CRM"), {{QStringLiteral("q1"), 3}}},
                 {QStringLiteral("zen"), QStringLiteral("Zen"), {}}};
    p.priorityWeights = {5, 3, 1, 0};
    return p;
}

} // namespace oi::model::testing
