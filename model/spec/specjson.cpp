// SPDX-License-Identifier: GPL-3.0-or-later
// The specification as JSON for vendor tools; the shape is docs/spec-schema.json. Ids beside names,
// enum values with their file spelling.
#include "model/spec/specwriters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace oi::model::spec {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray decisions(const std::vector<DecisionView> &list)
{
    QJsonArray out;
    for (const DecisionView &d : list)
        out.append(QJsonObject { { QStringLiteral("verdict"), d.verdict }, { QStringLiteral("note"), d.note },
            { QStringLiteral("by"), d.by }, { QStringLiteral("date"), d.date } });
    return out;
}

QJsonObject requirement(const RequirementView &r)
{
    return QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("kind"), r.kind },
        { QStringLiteral("text"), r.text }, { QStringLiteral("priority"), r.priority },
        { QStringLiteral("acceptance"), r.acceptance }, { QStringLiteral("must"), r.must },
        { QStringLiteral("offline"), r.offline } };
}

QJsonArray requirementIds(const std::vector<RequirementView> &list)
{
    QJsonArray out;
    for (const RequirementView &r : list)
        out.append(r.id);
    return out;
}

QJsonObject process(const ProcessView &p)
{
    QJsonArray steps;
    for (const ProcessStepView &s : p.steps) {
        QJsonArray touches;
        for (const TouchView &t : s.touches) {
            QJsonObject o { { QStringLiteral("journey"), t.journey }, { QStringLiteral("step"), t.step },
                { QStringLiteral("channel"), t.channel }, { QStringLiteral("emotion"), t.emotion },
                { QStringLiteral("pain_points"), strings(t.painPoints) } };
            if (t.emotionToBe)
                o.insert(QStringLiteral("emotion_to_be"), *t.emotionToBe);
            touches.append(o);
        }
        steps.append(QJsonObject { { QStringLiteral("node"), s.node }, { QStringLiteral("name"), s.name },
            { QStringLiteral("role"), s.role }, { QStringLiteral("office"), s.office },
            { QStringLiteral("customer"), touches },
            { QStringLiteral("requirements"), requirementIds(s.requirements) } });
    }
    return QJsonObject { { QStringLiteral("id"), p.id }, { QStringLiteral("name"), p.name },
        { QStringLiteral("description"), p.description }, { QStringLiteral("strategy"), p.strategy },
        { QStringLiteral("variant_of"), p.variantOf }, { QStringLiteral("steps"), steps },
        { QStringLiteral("process_wide_requirements"), requirementIds(p.processWide) } };
}

QJsonObject poc(const PocView &p)
{
    QJsonArray steps;
    for (const PocStepView &s : p.steps) {
        QJsonObject o { { QStringLiteral("number"), s.number }, { QStringLiteral("customer_action"), s.customerAction },
            { QStringLiteral("role"), s.role }, { QStringLiteral("task"), s.task },
            { QStringLiteral("requirement"), s.requirementId }, { QStringLiteral("data"), s.data },
            { QStringLiteral("expected"), s.expected } };
        if (s.minutes)
            o.insert(QStringLiteral("minutes"), *s.minutes);
        steps.append(o);
    }
    return QJsonObject { { QStringLiteral("id"), p.id }, { QStringLiteral("title"), p.title },
        { QStringLiteral("journey"), p.journey }, { QStringLiteral("process"), p.process },
        { QStringLiteral("total_minutes"), p.totalMinutes }, { QStringLiteral("steps"), steps } };
}

} // namespace

QByteArray specToJson(const SpecDocument &d)
{
    QJsonObject root { { QStringLiteral("format"), QStringLiteral("outsidein-spec/1") },
        { QStringLiteral("client"), d.client }, { QStringLiteral("project"), d.project },
        { QStringLiteral("version"), d.version }, { QStringLiteral("date"), d.date },
        { QStringLiteral("author"), d.author } };
    QJsonArray strategies;
    for (const StrategyView &s : d.strategies)
        strategies.append(QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("title"), s.title },
            { QStringLiteral("statement"), s.statement }, { QStringLiteral("owner"), s.owner },
            { QStringLiteral("goals"), strings(s.goals) }, { QStringLiteral("decisions"), decisions(s.decisions) } });
    root.insert(QStringLiteral("strategies"), strategies);
    QJsonArray roles;
    for (const RoleChangeView &r : d.roles)
        roles.append(QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("name"), r.name },
            { QStringLiteral("office"), r.office }, { QStringLiteral("change"), r.change },
            { QStringLiteral("strategy"), r.strategy }, { QStringLiteral("gives_up"), strings(r.asIs) },
            { QStringLiteral("takes_on"), strings(r.toBe) }, { QStringLiteral("decisions"), decisions(r.decisions) } });
    root.insert(QStringLiteral("roles"), roles);
    QJsonArray requirements;
    for (const RequirementView &r : d.requirements)
        requirements.append(requirement(r));
    root.insert(QStringLiteral("requirements"), requirements);
    QJsonArray processes;
    for (const ProcessView &p : d.processes)
        processes.append(process(p));
    root.insert(QStringLiteral("processes"), processes);
    QJsonArray onDuty;
    for (const OnDutyRow &r : d.sizing.onDuty) {
        QJsonArray staff, busy;
        for (std::size_t h = 0; h < 24; ++h) {
            staff.append(r.onDuty[h]);
            busy.append(std::round(r.utilisation[h] * 1000.0) / 1000.0);
        }
        onDuty.append(QJsonObject { { QStringLiteral("role_id"), r.roleId }, { QStringLiteral("role"), r.role },
            { QStringLiteral("on_duty"), staff }, { QStringLiteral("utilisation"), busy },
            { QStringLiteral("peak"), r.peak }, { QStringLiteral("peak_hour"), r.peakHour } });
    }
    root.insert(QStringLiteral("sizing"),
        QJsonObject { { QStringLiteral("run"), d.sizing.run },
            { QStringLiteral("requirements"), strings(d.sizing.requirements) },
            { QStringLiteral("on_duty_by_hour"), onDuty } });
    QJsonArray scripts;
    for (const PocView &p : d.poc)
        scripts.append(poc(p));
    root.insert(QStringLiteral("poc_scenarios"), scripts);
    QJsonArray vendors;
    for (const VendorTotal &t : d.totals)
        vendors.append(QJsonObject { { QStringLiteral("id"), t.id }, { QStringLiteral("name"), t.name },
            { QStringLiteral("weighted"), t.weighted }, { QStringLiteral("maximum"), t.maximum },
            { QStringLiteral("knocked_out_by"), strings(t.knockedOutBy) } });
    root.insert(QStringLiteral("vendors"), vendors);
    root.insert(QStringLiteral("unneeded_requirements"), requirementIds(d.unneeded));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace oi::model::spec
