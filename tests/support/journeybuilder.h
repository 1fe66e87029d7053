// SPDX-License-Identifier: GPL-3.0-or-later
// Builds small, fully linked projects in code for editor tests and the journey benchmark.
#pragma once

#include "model/project.h"

#include <QString>

#include <memory>

namespace oi::test {

/**
 * A broadband-provider project: roles (front, back, field), a process, two requirements, a
 * persona and journey "onboarding" with stages "discover", "buy", "install" and steps s1..s5
 * (s1, s2 in discover; s3 in buy; s4, s5 in install), with every field set on some step.
 */
inline std::unique_ptr<model::Project> sampleProject()
{
    using namespace model;
    auto p = std::make_unique<Project>();
    p->name = QStringLiteral("Broadband");
    p->client = QStringLiteral("Acme Telecom");
    p->personas.push_back({ QStringLiteral("family"), QStringLiteral("Busy family"),
        QStringLiteral("Two adults working from home"),
        { { QStringLiteral("fast-fix"), QStringLiteral("Fix it today") },
            { QStringLiteral("kept-date"), QStringLiteral("A date that is kept") } },
        {}, {} });
    Role agent;
    agent.id = QStringLiteral("agent");
    agent.name = QStringLiteral("Contact-centre agent");
    agent.office = Office::Front;
    Role billing;
    billing.id = QStringLiteral("billing");
    billing.name = QStringLiteral("Billing clerk");
    billing.office = Office::Back;
    Role engineer;
    engineer.id = QStringLiteral("engineer");
    engineer.name = QStringLiteral("Field engineer");
    engineer.office = Office::Field;
    p->roles = { agent, billing, engineer };
    Process order;
    order.id = QStringLiteral("order");
    order.name = QStringLiteral("Order to activation");
    p->processes.push_back(order);
    Requirement r1;
    r1.id = QStringLiteral("REQ-1");
    r1.text = QStringLiteral("Show order status to the agent");
    Requirement r2;
    r2.id = QStringLiteral("REQ-2");
    r2.text = QStringLiteral("Send install reminders <by SMS> & e-mail");
    p->requirements = { r1, r2 };

    Journey j;
    j.id = QStringLiteral("onboarding");
    j.name = QStringLiteral("New customer onboarding");
    j.persona = QStringLiteral("family");
    j.stages = { { QStringLiteral("discover"), QStringLiteral("Discover") },
        { QStringLiteral("buy"), QStringLiteral("Buy") }, { QStringLiteral("install"), QStringLiteral("Install") } };
    auto step = [](const char *id, const char *stage, const char *title, Channel channel, int emotion) {
        Step s;
        s.id = QString::fromLatin1(id);
        s.stage = QString::fromLatin1(stage);
        s.title = QString::fromLatin1(title);
        s.channel = channel;
        s.emotion = emotion;
        return s;
    };
    Step s1 = step("s1", "discover", "Compare offers", Channel::Web, 1);
    s1.customerInitiated = true;
    s1.evidence = Evidence::Observed;
    s1.touchpoint = QStringLiteral("Price comparison page");
    s1.customerAction = QStringLiteral("Reads plans and prices");
    Step s2 = step("s2", "discover", "Ask a question", Channel::Chat, 0);
    s2.frontRoles = { QStringLiteral("agent") };
    s2.painPoints = { { QStringLiteral("Waits for an agent"), std::nullopt } };
    Step s3 = step("s3", "buy", "Place order", Channel::Phone, -1);
    s3.emotionToBe = 1;
    s3.momentOfTruth = true;
    s3.frontRoles = { QStringLiteral("agent") };
    s3.backRoles = { QStringLiteral("billing") };
    s3.processes = { QStringLiteral("order") };
    s3.requirements = { QStringLiteral("REQ-1") };
    s3.metrics = { Metric { QStringLiteral("Wait"), QStringLiteral("min"), 0.0, 5.0, 12.0, {}, {} } };
    s3.opportunities = { QStringLiteral("Call-back instead of queue") };
    Step s4 = step("s4", "install", "Book engineer", Channel::App, -2);
    s4.emotionToBe = 1;
    s4.evidence = Evidence::Research;
    s4.frontRoles = { QStringLiteral("engineer") };
    s4.requirements = { QStringLiteral("REQ-2") };
    Step s5 = step("s5", "install", "First connection", Channel::FieldVisit, 2);
    s5.metrics = { Metric { QStringLiteral("Speed"), QStringLiteral("Mbit/s"), 100.0, {}, 240.0, {}, {} } };
    j.steps = { s1, s2, s3, s4, s5 };
    p->journeys.push_back(j);

    Journey support;
    support.id = QStringLiteral("support");
    support.name = QStringLiteral("Fault repair");
    support.stages = { { QStringLiteral("report"), QStringLiteral("Report") } };
    support.steps = { step("t1", "report", "Report a fault", Channel::Phone, -1) };
    p->journeys.push_back(support);
    return p;
}

/** A journey of `stages` stages and `steps` steps spread evenly, fully populated, for benchmarks. */
inline std::unique_ptr<model::Project> largeProject(int stages, int steps)
{
    auto p = sampleProject();
    model::Journey &j = p->journeys.front();
    const std::vector<model::Step> templates = j.steps;
    j.stages.clear();
    j.steps.clear();
    for (int s = 0; s < stages; ++s)
        j.stages.push_back({ QStringLiteral("st%1").arg(s), QStringLiteral("Stage %1").arg(s + 1) });
    for (int i = 0; i < steps; ++i) {
        model::Step step = templates[size_t(i) % templates.size()];
        step.id = QStringLiteral("step%1").arg(i);
        step.stage = j.stages[size_t(i * stages / steps)].id;
        step.title = QStringLiteral("%1 #%2").arg(step.title).arg(i);
        j.steps.push_back(step);
    }
    return p;
}

} // namespace oi::test
