// SPDX-License-Identifier: GPL-3.0-or-later
// The YAML reader's vendor-specification parts: executives' decisions, proof-of-concept
// scenarios, vendors with their scores and the scoring sheet's priority weights. Cross-field rules
// (score range, references) live in the validator so the SQLite reader agrees with this one.
#include "model/yamlreaderparts.h"

#include "model/entitylabel.h"

#include <QCoreApplication>

namespace oi::model::yamlparts {

namespace {

// The same translation context as the rest of the reader.
struct YamlReader
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)
};

void readDecisions(MapReader &top, Project &p)
{
    forEachMap(top, "decisions", [&](const YAML::Node &node, qsizetype index) {
        MapReader r(top.context(), node, QString());
        Decision d;
        d.id = readId(r, "decision", index);
        d.subject = r.string("subject", true);
        d.verdict = r.enumValue("verdict", Decision::Question, true);
        d.note = r.string("note");
        d.by = r.string("by");
        d.date = r.string("date");
        r.finish();
        p.decisions.push_back(std::move(d));
    });
}

void readPocScenarios(MapReader &top, Project &p)
{
    forEachMap(top, "poc_scenarios", [&](const YAML::Node &node, qsizetype index) {
        MapReader r(top.context(), node, QString());
        PocScenario s;
        s.id = readId(r, "poc scenario", index);
        s.title = r.string("title");
        s.journey = r.string("journey");
        s.process = r.string("process");
        forEachMap(r, "steps", [&](const YAML::Node &sn, qsizetype si) {
            MapReader m(r.context(), sn, r.entity(), QStringLiteral("steps[") + QString::number(si) + u']');
            PocStep st;
            st.customerAction = m.string("customer_action");
            st.role = m.string("role");
            st.task = m.string("task");
            st.requirement = m.string("requirement");
            st.data = m.string("data");
            st.expected = m.string("expected");
            st.minutes = m.optNumber("minutes");
            m.finish();
            s.steps.push_back(std::move(st));
        });
        r.finish();
        p.pocScenarios.push_back(std::move(s));
    });
}

void readVendors(MapReader &top, Project &p)
{
    forEachMap(top, "vendors", [&](const YAML::Node &node, qsizetype index) {
        MapReader r(top.context(), node, QString());
        Vendor v;
        v.id = readId(r, "vendor", index);
        v.name = r.string("name");
        // `scores: {req-id: 2}`: a small map keyed by requirement id, in the sheet's order.
        const YAML::Node scores = r.get("scores");
        if (scores.IsDefined() && !scores.IsNull() && expectMap(r.context(), scores, r.entity(), r.path("scores"))) {
            for (const auto &entry : scores) {
                const QString requirement = QString::fromStdString(entry.first.Scalar());
                const YAML::Node &value = entry.second;
                int score = 0;
                if (value.IsScalar() && YAML::convert<int>::decode(value, score))
                    v.scores.push_back({ requirement, score });
                else
                    r.context().error(value.Mark(), r.entity(), r.path("scores") + u'.' + requirement,
                        YamlReader::tr("should be a whole number from 0 to 3, not %1.").arg(describeNode(value)));
            }
        }
        r.finish();
        p.vendors.push_back(std::move(v));
    });
}

void readPriorityWeights(MapReader &top, Project &p)
{
    const YAML::Node node = top.get("priority_weights");
    if (!node.IsDefined() || node.IsNull()
        || !expectMap(top.context(), node, label::project(), QStringLiteral("priority_weights")))
        return;
    MapReader r(top.context(), node, label::project(), QStringLiteral("priority_weights"));
    const PriorityWeights defaults;
    p.priorityWeights.must = r.integer("must", defaults.must);
    p.priorityWeights.should = r.integer("should", defaults.should);
    p.priorityWeights.could = r.integer("could", defaults.could);
    p.priorityWeights.wont = r.integer("wont", defaults.wont);
    r.finish();
}

} // namespace

void readSpecParts(MapReader &top, Project &p)
{
    readDecisions(top, p);
    readPocScenarios(top, p);
    readVendors(top, p);
    readPriorityWeights(top, p);
}

} // namespace oi::model::yamlparts
