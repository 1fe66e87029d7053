// SPDX-License-Identifier: GPL-3.0-or-later
// The validator's vendor-specification half: executives' decisions, proof-of-concept scenarios,
// vendors' scores and the scoring sheet's weights. Both readers accept whatever is well-formed;
// the rules between fields live here so a document reads the same from either format.
#include "model/entitylabel.h"
#include "model/traceability.h"
#include "model/validatorcontext.h"

#include <QDate>
#include <QSet>

namespace oi::model::detail {

namespace {

void checkDecisions(Findings &f, const Project &p)
{
    checkIds(f, p.decisions, "decision");
    for (std::size_t i = 0; i < p.decisions.size(); ++i) {
        const Decision &d = p.decisions[i];
        const QString e = label::entity("decision", d.id, qsizetype(i));
        const QString kind = d.subject.section(u'/', 0, 0);
        const QString id = d.subject.section(u'/', 1);
        const QString field = QStringLiteral("subject");
        const bool known
            = kind == QLatin1String("strategy") || kind == QLatin1String("role") || kind == QLatin1String("scenario");
        if (!known || id.isEmpty())
            f.error(e, field,
                Validator::tr("%1 is not a subject; write strategy/<id>, role/<id> or scenario/<id>.")
                    .arg(quoted(d.subject)));
        else if (kind == QLatin1String("strategy"))
            link(f, e, field, id, p.strategy(id), "strategy");
        else if (kind == QLatin1String("role"))
            link(f, e, field, id, p.role(id), "role");
        else
            link(f, e, field, id, p.scenario(id), "scenario");
        if (!d.date.isEmpty()
            && (d.date.size() != 10 || !QDate::fromString(d.date, QStringLiteral("yyyy-MM-dd")).isValid()))
            f.error(e, QStringLiteral("date"),
                Validator::tr("%1 is not a date; write it as yyyy-mm-dd (2026-12-01).").arg(quoted(d.date)));
    }
}

bool taskExists(const Project &p, const QString &ref)
{
    const auto [pid, nid] = splitNodeRef(ref);
    const Process *process = p.process(pid);
    return process && !nid.isEmpty() && process->node(nid);
}

void checkPocScenarios(Findings &f, const Project &p)
{
    checkIds(f, p.pocScenarios, "poc scenario");
    for (std::size_t i = 0; i < p.pocScenarios.size(); ++i) {
        const PocScenario &s = p.pocScenarios[i];
        const QString e = label::entity("poc scenario", s.id, qsizetype(i));
        link(f, e, QStringLiteral("journey"), s.journey, p.journey(s.journey), "journey");
        link(f, e, QStringLiteral("process"), s.process, p.process(s.process), "process");
        for (std::size_t k = 0; k < s.steps.size(); ++k) {
            const PocStep &st = s.steps[k];
            const QString at = indexed("steps", qsizetype(k)) + u'.';
            link(f, e, at + QStringLiteral("role"), st.role, p.role(st.role), "role");
            link(
                f, e, at + QStringLiteral("requirement"), st.requirement, p.requirement(st.requirement), "requirement");
            if (!st.task.isEmpty() && !taskExists(p, st.task))
                f.error(e, at + QStringLiteral("task"),
                    Validator::tr("%1 is not a node of a process (write process/node).").arg(quoted(st.task)));
            if (st.minutes && *st.minutes < 0)
                f.error(e, at + QStringLiteral("minutes"), Validator::tr("the minutes allowed cannot be negative."));
        }
    }
}

void checkVendors(Findings &f, const Project &p)
{
    checkIds(f, p.vendors, "vendor");
    for (std::size_t i = 0; i < p.vendors.size(); ++i) {
        const Vendor &v = p.vendors[i];
        const QString e = label::entity("vendor", v.id, qsizetype(i));
        QSet<QString> scored;
        for (const VendorScore &s : v.scores) {
            const QString field = QStringLiteral("scores.") + s.requirement;
            if (s.requirement.isEmpty())
                f.error(e, field, Validator::tr("a score needs the id of the requirement it scores."));
            else
                link(f, e, field, s.requirement, p.requirement(s.requirement), "requirement");
            if (scored.contains(s.requirement))
                f.error(e, field, Validator::tr("the requirement is scored twice; keep one score."));
            scored.insert(s.requirement);
            if (s.score < 0 || s.score > 3)
                f.error(
                    e, field, Validator::tr("a score runs from 0 (not shown) to 3 (fully met), not %1.").arg(s.score));
        }
    }
}

void checkWeights(Findings &f, const Project &p)
{
    const std::pair<const char *, int> weights[]
        = { { "must", p.priorityWeights.must }, { "should", p.priorityWeights.should },
              { "could", p.priorityWeights.could }, { "wont", p.priorityWeights.wont } };
    for (const auto &[name, w] : weights)
        if (w < 0 || w > 1000)
            f.error(label::project(), QStringLiteral("priority_weights.") + QLatin1String(name),
                Validator::tr("a priority weight runs from 0 to 1000, not %1.").arg(w));
}

} // namespace

void checkSpecParts(Findings &f, const Project &project)
{
    checkDecisions(f, project);
    checkPocScenarios(f, project);
    checkVendors(f, project);
    checkWeights(f, project);
}

} // namespace oi::model::detail
