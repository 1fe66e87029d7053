// SPDX-License-Identifier: GPL-3.0-or-later
// The YAML reader's scenarios: overrides keyed by id, and the redesign changes of model v2.
#include "model/yamlreaderparts.h"

#include <QCoreApplication>

#include <cmath>

namespace oi::model::yamlparts {

namespace {

// The same translation context as the rest of the reader.
struct YamlReader
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)
};

// `headcount: {agent: 4}` and `durations: {support/triage: 0.8}`: small maps keyed by id.
template<typename Fn> void forEachPair(MapReader &r, const char *key, Fn &&each)
{
    const YAML::Node map = r.get(key);
    if (!map.IsDefined() || map.IsNull() || !expectMap(r.context(), map, r.entity(), r.path(key)))
        return;
    for (const auto &entry : map) {
        const QString k = QString::fromStdString(entry.first.Scalar());
        each(k, entry.second, r.path(key) + u'.' + k);
    }
}

void readScenarioChanges(MapReader &r, Scenario &s)
{
    YamlContext &ctx = r.context();
    auto text = [&](const YAML::Node &v, const QString &f, QString &out) {
        if (v.IsScalar() && !v.Scalar().empty())
            out = QString::fromStdString(v.Scalar());
        else
            ctx.error(v.Mark(), r.entity(), f, YamlReader::tr("should be an id, not %1.").arg(describeNode(v)));
    };
    forEachPair(r, "variants", [&](const QString &process, const YAML::Node &v, const QString &f) {
        VariantChoice c { process, QString() };
        text(v, f, c.variant);
        s.variants.push_back(std::move(c));
    });
    forEachPair(r, "reassign", [&](const QString &nodeRef, const YAML::Node &v, const QString &f) {
        Reassignment a { nodeRef, QString() };
        text(v, f, a.role);
        s.reassign.push_back(std::move(a));
    });
    auto item = [&](const char *key, qsizetype i) -> QString {
        return QLatin1String(key) + u'[' + QString::number(i) + u']';
    };
    forEachMap(r, "staffing", [&](const YAML::Node &n, qsizetype i) {
        MapReader m(ctx, n, r.entity(), item("staffing", i));
        StaffingChange c;
        c.role = m.string("role", true);
        c.from = m.number("from", 0.0, true);
        c.to = m.number("to", 0.0, true);
        c.add = m.optInteger("add");
        c.headcount = m.optInteger("headcount");
        c.period = m.optNumber("period");
        if (c.add.has_value() == c.headcount.has_value())
            m.badValue("add",
                YamlReader::tr("give either add (extra staff) or headcount (staff in the window), "
                               "not both or neither."));
        m.finish();
        s.staffing.push_back(std::move(c));
    });
    forEachMap(r, "arrivals", [&](const YAML::Node &n, qsizetype i) {
        MapReader m(ctx, n, r.entity(), item("arrivals", i));
        ArrivalChange c;
        c.process = m.string("process", true);
        c.multiplier = m.number("multiplier", 1.0, true);
        c.from = m.optNumber("from");
        c.to = m.optNumber("to");
        c.period = m.optNumber("period");
        if (c.from.has_value() != c.to.has_value())
            m.badValue(c.from ? "to" : "from", YamlReader::tr("a window needs both from and to."));
        m.finish();
        s.arrivals.push_back(std::move(c));
    });
    forEachMap(r, "divert", [&](const YAML::Node &n, qsizetype i) {
        MapReader m(ctx, n, r.entity(), item("divert", i));
        Diversion d;
        d.process = m.string("process", true);
        d.to = m.string("to", true);
        d.share = m.number("share", 0.0, true);
        m.finish();
        s.divert.push_back(std::move(d));
    });
}

} // namespace

void readCrossTrainingWindow(MapReader &m, CrossTraining &ct)
{
    ct.from = m.optNumber("from");
    ct.to = m.optNumber("to");
    ct.period = m.optNumber("period");
    if (ct.from.has_value() != ct.to.has_value())
        m.badValue(ct.from ? "to" : "from", YamlReader::tr("a window needs both from and to."));
}

void readScenarios(MapReader &top, Project &p)
{
    forEachMap(top, "scenarios", [&](const YAML::Node &node, qsizetype index) {
        MapReader r(top.context(), node, QString());
        Scenario s;
        s.id = readId(r, "scenario", index);
        s.name = r.string("name");
        s.description = r.string("description");
        YamlContext &ctx = r.context();
        forEachPair(r, "headcount", [&](const QString &role, const YAML::Node &v, const QString &f) {
            int h = 0;
            if (v.IsScalar() && YAML::convert<int>::decode(v, h))
                s.headcount.push_back({ role, h });
            else
                ctx.error(
                    v.Mark(), r.entity(), f, YamlReader::tr("should be a whole number, not %1.").arg(describeNode(v)));
        });
        s.arrivalMultiplier = r.number("arrival_multiplier", 1.0);
        forEachPair(r, "durations", [&](const QString &nodeRef, const YAML::Node &v, const QString &f) {
            double x = 0.0;
            if (v.IsScalar() && YAML::convert<double>::decode(v, x) && std::isfinite(x))
                s.durations.push_back({ nodeRef, x });
            else
                ctx.error(v.Mark(), r.entity(), f, YamlReader::tr("should be a number, not %1.").arg(describeNode(v)));
        });
        s.crossTraining = r.optBoolean("cross_training");
        forEachMap(r, "add_cross_training", [&](const YAML::Node &cn, qsizetype ci) {
            MapReader c(ctx, cn, r.entity(), QStringLiteral("add_cross_training[") + QString::number(ci) + u']');
            CrossTraining ct;
            const QString role = c.string("role", true);
            ct.role = c.string("takes", true);
            ct.priority = c.integer("priority", 1);
            readCrossTrainingWindow(c, ct);
            c.finish();
            s.addCrossTraining.emplace_back(role, std::move(ct));
        });
        readScenarioChanges(r, s);
        r.finish();
        p.scenarios.push_back(std::move(s));
    });
}

} // namespace oi::model::yamlparts
