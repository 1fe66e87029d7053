// SPDX-License-Identifier: GPL-3.0-or-later
// The validator's entity half: ids, links, required fields and value ranges. Process graphs and
// distributions are checked in processcheck.cpp.
#include "model/validator.h"

#include "model/entitylabel.h"
#include "model/projectio.h"
#include "model/traceability.h"
#include "model/validatorcontext.h"

#include <QSet>

namespace oi::model {

using namespace detail;

void detail::checkIdCharacters(Findings &f, const QString &entity, const QString &field, const QString &id)
{
    for (const QChar c : id) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph) {
            const QString code = QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
            f.error(entity, field,
                Validator::tr("the id holds the invisible character U+%1; ids are letters, digits and punctuation.")
                    .arg(code));
            return;
        }
    }
}

void detail::link(
    Findings &f, const QString &entity, const QString &field, const QString &id, bool exists, const char *kind)
{
    if (!id.isEmpty() && !exists)
        f.error(entity, field, Validator::tr("no %1 has the id %2.").arg(QLatin1String(kind), quoted(id)));
}

namespace {

// "process" or "process/node" as used by steps, requirements and scenarios.
bool nodeRefExists(const Project &p, const QString &ref, bool nodeRequired)
{
    const auto [pid, nid] = splitNodeRef(ref);
    const Process *process = p.process(pid);
    if (!process)
        return false;
    if (nid.isEmpty())
        return !nodeRequired;
    return process->node(nid) != nullptr;
}

void checkNodeRefs(
    Findings &f, const Project &p, const QString &entity, const char *field, const QStringList &refs, bool nodeRequired)
{
    for (qsizetype i = 0; i < refs.size(); ++i)
        if (!nodeRefExists(p, refs[i], nodeRequired))
            f.error(entity, indexed(field, i),
                nodeRequired ? Validator::tr("%1 is not a node of a process (write process/node).").arg(quoted(refs[i]))
                             : Validator::tr("%1 is neither a process nor a process/node.").arg(quoted(refs[i])));
}

void checkProjectHeader(Findings &f, const Project &p)
{
    const QString e = label::project();
    if (p.name.trimmed().isEmpty())
        f.error(e, QStringLiteral("name"), Validator::tr("the project needs a name."));
    const SimulationSettings &s = p.simulation;
    if (s.horizon < 0)
        f.error(e, QStringLiteral("simulation.horizon"), Validator::tr("the horizon cannot be negative."));
    if (s.warmup < 0)
        f.error(e, QStringLiteral("simulation.warmup"), Validator::tr("the warm-up cannot be negative."));
    if (s.horizon > 0 && s.warmup >= s.horizon)
        f.error(e, QStringLiteral("simulation.warmup"), Validator::tr("the warm-up must be shorter than the horizon."));
    if (s.replications < 0)
        f.error(e, QStringLiteral("simulation.replications"), Validator::tr("replications cannot be negative."));
}

void checkJourneys(Findings &f, const Project &p)
{
    QSet<QString> stepIds;
    qsizetype stepIndex = 0;
    for (std::size_t ji = 0; ji < p.journeys.size(); ++ji) {
        const Journey &j = p.journeys[ji];
        const QString je = label::entity("journey", j.id, qsizetype(ji));
        link(f, je, QStringLiteral("persona"), j.persona, p.persona(j.persona), "persona");
        QSet<QString> stages;
        for (std::size_t si = 0; si < j.stages.size(); ++si) {
            const QString field = indexed("stages", qsizetype(si)) + QStringLiteral(".id");
            if (j.stages[si].id.isEmpty())
                f.error(je, field, Validator::tr("every stage needs an id."));
            else if (stages.contains(j.stages[si].id))
                f.error(je, field,
                    Validator::tr("the id %1 is used by another stage of this journey.").arg(quoted(j.stages[si].id)));
            checkIdCharacters(f, je, field, j.stages[si].id);
            stages.insert(j.stages[si].id);
        }
        for (const Step &s : j.steps) {
            const QString se = label::entity("step", s.id, stepIndex++);
            checkIdCharacters(f, se, QStringLiteral("id"), s.id);
            if (s.id.isEmpty())
                f.error(se, QStringLiteral("id"), Validator::tr("every step needs an id."));
            else if (stepIds.contains(s.id))
                f.error(se, QStringLiteral("id"),
                    Validator::tr("the id %1 is used by another step (step ids are unique in the project).")
                        .arg(quoted(s.id)));
            stepIds.insert(s.id);
            if (!s.stage.isEmpty() && !stages.contains(s.stage))
                f.error(se, QStringLiteral("stage"),
                    Validator::tr("journey %1 has no stage %2.").arg(quoted(j.id), quoted(s.stage)));
            if (s.title.trimmed().isEmpty())
                f.warning(se, QStringLiteral("title"), Validator::tr("the step has no title."));
            if (s.emotion < -2 || s.emotion > 2)
                f.error(se, QStringLiteral("emotion"),
                    Validator::tr("emotion must be between -2 and +2, not %1.").arg(s.emotion));
            if (s.emotionToBe && (*s.emotionToBe < -2 || *s.emotionToBe > 2))
                f.error(se, QStringLiteral("emotion_to_be"),
                    Validator::tr("emotion must be between -2 and +2, not %1.").arg(*s.emotionToBe));
            for (std::size_t mi = 0; mi < s.metrics.size(); ++mi) {
                const Metric &m = s.metrics[mi];
                const QString field = indexed("metrics", qsizetype(mi));
                if (m.name.trimmed().isEmpty())
                    f.error(se, field + QStringLiteral(".name"), Validator::tr("every metric needs a name."));
                if (m.low && m.high && *m.low > *m.high)
                    f.error(se, field + QStringLiteral(".high"),
                        Validator::tr("the normal range is empty: low is above high."));
            }
            for (qsizetype i = 0; i < s.frontRoles.size(); ++i)
                link(f, se, indexed("front_roles", i), s.frontRoles[i], p.role(s.frontRoles[i]), "role");
            for (qsizetype i = 0; i < s.backRoles.size(); ++i)
                link(f, se, indexed("back_roles", i), s.backRoles[i], p.role(s.backRoles[i]), "role");
            checkNodeRefs(f, p, se, "processes", s.processes, false);
            for (qsizetype i = 0; i < s.requirements.size(); ++i)
                link(f, se, indexed("requirements", i), s.requirements[i], p.requirement(s.requirements[i]),
                    "requirement");
        }
    }
}

void checkRoles(Findings &f, const Project &p)
{
    for (std::size_t i = 0; i < p.roles.size(); ++i) {
        const Role &r = p.roles[i];
        const QString e = label::entity("role", r.id, qsizetype(i));
        if (r.name.trimmed().isEmpty())
            f.warning(e, QStringLiteral("name"), Validator::tr("the role has no name."));
        link(f, e, QStringLiteral("strategy"), r.strategy, p.strategy(r.strategy), "strategy");
        if (r.headcount < 0)
            f.error(
                e, QStringLiteral("headcount"), Validator::tr("headcount cannot be negative (%1).").arg(r.headcount));
        checkPlausibleHeadcount(f, e, QStringLiteral("headcount"), r.headcount);
        if (r.shifts) {
            if (r.shifts->period <= 0)
                f.error(e, QStringLiteral("shifts.period"), Validator::tr("the period must be greater than zero."));
            for (std::size_t b = 0; b < r.shifts->capacity.size(); ++b) {
                const ShiftBlock &block = r.shifts->capacity[b];
                const QString field = QStringLiteral("shifts.") + indexed("capacity", qsizetype(b));
                if (block.from < 0 || block.to <= block.from || (r.shifts->period > 0 && block.to > r.shifts->period))
                    f.error(e, field, Validator::tr("needs 0 \u2264 from < to \u2264 period."));
                if (block.headcount < 0)
                    f.error(e, field + QStringLiteral(".headcount"),
                        Validator::tr("headcount cannot be negative (%1).").arg(block.headcount));
                checkPlausibleHeadcount(f, e, field + QStringLiteral(".headcount"), block.headcount);
            }
            checkOverlaps(f, e, QStringLiteral("shifts.capacity"), r.shifts->capacity);
        }
        for (std::size_t c = 0; c < r.crossTrained.size(); ++c) {
            const QString field = indexed("cross_trained", qsizetype(c)) + QStringLiteral(".role");
            link(f, e, field, r.crossTrained[c].role, p.role(r.crossTrained[c].role), "role");
            if (r.crossTrained[c].role == r.id)
                f.warning(e, field, Validator::tr("a role is always trained for its own work."));
            checkCrossTrainingWindow(f, p, e, indexed("cross_trained", qsizetype(c)), r.crossTrained[c]);
        }
    }
}

void checkRequirementsAndScenarios(Findings &f, const Project &p)
{
    for (std::size_t i = 0; i < p.requirements.size(); ++i) {
        const Requirement &q = p.requirements[i];
        const QString e = label::entity("requirement", q.id, qsizetype(i));
        if (q.text.trimmed().isEmpty())
            f.error(e, QStringLiteral("text"), Validator::tr("a requirement needs its text."));
        for (qsizetype s = 0; s < q.steps.size(); ++s)
            link(f, e, indexed("steps", s), q.steps[s], p.step(q.steps[s]), "step");
        checkNodeRefs(f, p, e, "nodes", q.nodes, true);
    }
    for (std::size_t i = 0; i < p.scenarios.size(); ++i) {
        const Scenario &s = p.scenarios[i];
        const QString e = label::entity("scenario", s.id, qsizetype(i));
        for (const HeadcountOverride &h : s.headcount) {
            const QString field = QStringLiteral("headcount.") + h.role;
            link(f, e, field, h.role, p.role(h.role), "role");
            if (h.headcount < 0)
                f.error(e, field, Validator::tr("headcount cannot be negative (%1).").arg(h.headcount));
            checkPlausibleHeadcount(f, e, field, h.headcount);
        }
        // The simulation scales inter-arrival times by 1/multiplier, so 0 is as impossible as < 0.
        if (s.arrivalMultiplier < 0)
            f.error(
                e, QStringLiteral("arrival_multiplier"), Validator::tr("the arrival multiplier cannot be negative."));
        else if (!(s.arrivalMultiplier > 0))
            f.error(e, QStringLiteral("arrival_multiplier"),
                Validator::tr(
                    "the arrival multiplier must be greater than zero (no arrivals at all cannot be simulated)."));
        for (const DurationOverride &d : s.durations) {
            const QString field = QStringLiteral("durations.") + d.node;
            if (!nodeRefExists(p, d.node, true))
                f.error(
                    e, field, Validator::tr("%1 is not a node of a process (write process/node).").arg(quoted(d.node)));
            if (d.factor <= 0)
                f.error(e, field, Validator::tr("a duration factor must be greater than zero."));
        }
        for (std::size_t c = 0; c < s.addCrossTraining.size(); ++c) {
            const QString field = indexed("add_cross_training", qsizetype(c));
            const auto &[role, skill] = s.addCrossTraining[c];
            link(f, e, field + QStringLiteral(".role"), role, p.role(role), "role");
            link(f, e, field + QStringLiteral(".takes"), skill.role, p.role(skill.role), "role");
            checkCrossTrainingWindow(f, p, e, field, skill);
        }
    }
}

void checkOrphans(Findings &f, const Project &p)
{
    const Orphans o = findOrphans(p);
    // Only worth saying once the consultant has started tracing (strategies or processes exist).
    if (!p.strategies.empty())
        for (const QString &id : o.roles)
            f.warning(label::entity("role", id, 0), QStringLiteral("strategy"),
                Validator::tr(
                    "no strategy explains this role (set its strategy, or give it a task in a process that has one)."));
    if (!p.processes.empty())
        for (const QString &id : o.steps)
            f.warning(label::entity("step", id, 0), QStringLiteral("processes"),
                Validator::tr("the step is linked to no process."));
    for (const QString &id : o.requirements)
        f.warning(label::entity("requirement", id, 0), QStringLiteral("steps"),
            Validator::tr("no step needs this requirement and it names no process node."));
}

} // namespace

Problems validate(const Project &project, const QString &fileName)
{
    Problems out;
    Findings f(fileName, out);
    checkProjectHeader(f, project);
    checkIds(f, project.strategies, "strategy");
    checkIds(f, project.personas, "persona");
    checkIds(f, project.journeys, "journey");
    checkIds(f, project.roles, "role");
    checkIds(f, project.processes, "process");
    checkIds(f, project.requirements, "requirement");
    checkIds(f, project.scenarios, "scenario");
    checkJourneys(f, project);
    checkRoles(f, project);
    for (std::size_t i = 0; i < project.processes.size(); ++i) {
        const Process &pr = project.processes[i];
        const QString e = label::entity("process", pr.id, qsizetype(i));
        link(f, e, QStringLiteral("strategy"), pr.strategy, project.strategy(pr.strategy), "strategy");
        checkProcess(f, project, pr, e);
    }
    checkRequirementsAndScenarios(f, project);
    checkScenarioChanges(f, project);
    checkChain(f, project);
    checkStaffing(f, project);
    checkSpecParts(f, project);
    checkOrphans(f, project);
    return out;
}

void mergeValidation(Problems &problems, Problems found, const SourceMap *sourceMap, const QString &fileName)
{
    // The reader already reported fields it could not read (with their line); the validator
    // would only repeat them without one.
    QSet<QString> reported;
    for (const Problem &p : problems)
        reported.insert(p.entity + u'\n' + p.field);
    if (sourceMap)
        sourceMap->locate(found, fileName);
    for (Problem &p : found)
        if (!reported.contains(p.entity + u'\n' + p.field))
            problems.push_back(std::move(p));
}

Problems checkFile(const QString &fileName, std::unique_ptr<Project> *projectOut)
{
    Problems problems;
    SourceMap sourceMap;
    std::unique_ptr<Project> project = readProject(fileName, &problems, &sourceMap);
    if (project)
        mergeValidation(problems, validate(*project, fileName), &sourceMap, fileName);
    if (projectOut)
        *projectOut = std::move(project);
    return problems;
}

} // namespace oi::model
