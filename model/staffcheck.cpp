// SPDX-License-Identifier: GPL-3.0-or-later
// The validator's staffing half: a role that a task needs must have someone to do the work, in the
// project as modelled and in every scenario. The rules follow the simulator's (which otherwise
// refuses the run only when it starts): capacity comes from the shift blocks when there are any,
// else from the headcount; a scenario's headcount override shifts every block by the same amount;
// staffed roles cross-trained for the role's work count as someone.
#include "model/entitylabel.h"
#include "model/validatorcontext.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace oi::model::detail {

bool hasStaff(const Role &r, const std::optional<int> &overrideHeadcount)
{
    const int delta = overrideHeadcount ? *overrideHeadcount - r.headcount : 0;
    if (r.shifts && !r.shifts->capacity.empty())
        return std::any_of(r.shifts->capacity.begin(), r.shifts->capacity.end(),
            [&](const ShiftBlock &b) { return b.to > b.from && std::max(0, b.headcount + delta) > 0; });
    return overrideHeadcount.value_or(r.headcount) > 0;
}

namespace {

// "process/node" of every task, per role id, in document order.
QHash<QString, QStringList> tasksByRole(const Project &p)
{
    QHash<QString, QStringList> out;
    for (const Process &process : p.processes)
        for (const Node &n : process.nodes)
            if (n.type == NodeType::Task && !n.role.isEmpty())
                out[n.role] << process.id + u'/' + n.id;
    return out;
}

QString tasksText(const QStringList &tasks)
{
    const qsizetype shown = std::min<qsizetype>(tasks.size(), 3);
    QString text = tasks.mid(0, shown).join(QStringLiteral(", "));
    if (tasks.size() > shown)
        text += Validator::tr(" and %n more", nullptr, int(tasks.size() - shown));
    return text;
}

// Checks every used role under one variant: the project (scenario == nullptr) or a scenario, and
// returns the roles found unstaffed. A scenario repeats only what it changes, not the project's own.
QSet<QString> checkVariant(Findings &f, const Project &p, const QHash<QString, QStringList> &tasks,
    const Scenario *scenario, qsizetype scenarioIndex, const QSet<QString> &asModelled)
{
    QSet<QString> unstaffed;
    QHash<QString, int> overrides;
    if (scenario)
        for (const HeadcountOverride &h : scenario->headcount)
            overrides.insert(h.role, h.headcount);
    auto staffed = [&](const Role &r) {
        const auto it = overrides.constFind(r.id);
        return hasStaff(r, it == overrides.cend() ? std::nullopt : std::optional<int>(*it));
    };
    const bool crossTraining = !scenario || scenario->crossTraining.value_or(true);
    for (std::size_t i = 0; i < p.roles.size(); ++i) {
        const Role &r = p.roles[i];
        const auto used = tasks.constFind(r.id);
        if (r.id.isEmpty() || used == tasks.cend() || r.headcount < 0 || overrides.value(r.id, 0) < 0 || staffed(r))
            continue; // negative headcounts have their own error
        bool helped = false;
        for (const Role &other : p.roles)
            if (crossTraining && &other != &r && staffed(other))
                helped = helped
                    || std::any_of(other.crossTrained.begin(), other.crossTrained.end(),
                        [&](const CrossTraining &c) { return c.role == r.id; });
        if (scenario)
            for (const auto &[helper, skill] : scenario->addCrossTraining)
                if (skill.role == r.id && helper != r.id)
                    if (const Role *h = p.role(helper); h && staffed(*h))
                        helped = true;
        if (helped)
            continue;
        unstaffed.insert(r.id);
        const QString message
            = (used->size() == 1 ? Validator::tr("role %1 has no staff but task %2 needs it; give it a headcount "
                                                 "(or a shift with staff) or cross-train another role.")
                                 : Validator::tr("role %1 has no staff but tasks %2 need it; give it a headcount "
                                                 "(or a shift with staff) or cross-train another role."))
                  .arg(quoted(r.id), tasksText(*used));
        if (!scenario)
            f.error(label::entity("role", r.id, qsizetype(i)), QStringLiteral("headcount"), message);
        else if (overrides.contains(r.id))
            f.error(
                label::entity("scenario", scenario->id, scenarioIndex), QStringLiteral("headcount.") + r.id, message);
        else if (!asModelled.contains(r.id)) // helped as modelled; this scenario takes the help away
            f.error(label::entity("scenario", scenario->id, scenarioIndex),
                crossTraining ? QStringLiteral("headcount") : QStringLiteral("cross_training"), message);
    }
    return unstaffed;
}

} // namespace

void checkStaffing(Findings &f, const Project &project)
{
    const QHash<QString, QStringList> tasks = tasksByRole(project);
    const QSet<QString> asModelled = checkVariant(f, project, tasks, nullptr, 0, {});
    for (std::size_t i = 0; i < project.scenarios.size(); ++i)
        checkVariant(f, project, tasks, &project.scenarios[i], qsizetype(i), asModelled);
}

} // namespace oi::model::detail
