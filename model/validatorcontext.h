// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the validator's parts: one place that turns findings into Problems.
#pragma once

#include "model/entitylabel.h"
#include "model/problem.h"
#include "model/project.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <algorithm>

namespace oi::model::detail {

class Findings
{
public:
    Findings(const QString &fileName, Problems &out)
        : m_file(fileName)
        , m_out(out)
    {
    }

    void error(const QString &entity, const QString &field, const QString &message)
    {
        add(Problem::Severity::Error, entity, field, message);
    }
    void warning(const QString &entity, const QString &field, const QString &message)
    {
        add(Problem::Severity::Warning, entity, field, message);
    }

private:
    void add(Problem::Severity s, const QString &entity, const QString &field, const QString &message)
    {
        Problem p;
        p.severity = s;
        p.file = m_file;
        p.entity = entity;
        p.field = field;
        p.message = message;
        m_out.push_back(std::move(p));
    }
    const QString &m_file;
    Problems &m_out;
};

// A class scope so lupdate files these strings under "Validator".
struct Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
};
inline QString quoted(const QString &s)
{
    return u'\u201c' + s + u'\u201d';
}
/**
 * Reports an id holding a control or invisible formatting character (U+0000–U+001F, a
 * right-to-left override…): such an id prints as another one, or breaks the lines of what shows it.
 */
void checkIdCharacters(Findings &f, const QString &entity, const QString &field, const QString &id);

/** Shortest form that reads back the same value: "0.9", "5000", never "5000.000000". */
inline QString number(double v)
{
    return QString::number(v, 'g', 15);
}

/**
 * More staff than any studio model needs; beyond it a typo (an extra zero or three) would make the
 * simulation crawl through millions of idle servers instead of failing fast.
 */
inline constexpr int kMaxHeadcount = 100000;
inline QString indexed(const char *field, qsizetype i)
{
    return QLatin1String(field) + u'[' + QString::number(i) + u']';
}

/** Reports `id`, a reference to a `kind` ("role"), when it is set but names nothing (`exists` false). */
void link(Findings &f, const QString &entity, const QString &field, const QString &id, bool exists, const char *kind);

/** Reports empty and duplicate ids of one kind; `kind` is the label word ("role"). */
template<typename Vec> void checkIds(Findings &f, const Vec &items, const char *kind)
{
    QSet<QString> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const QString &id = items[i].id;
        const QString e = label::entity(kind, id, qsizetype(i));
        if (id.isEmpty())
            f.error(e, QStringLiteral("id"), Validator::tr("every %1 needs an id.").arg(QLatin1String(kind)));
        else if (seen.contains(id))
            f.error(e, QStringLiteral("id"),
                Validator::tr("the id %1 is used by another %2.").arg(quoted(id), QLatin1String(kind)));
        checkIdCharacters(f, e, QStringLiteral("id"), id);
        seen.insert(id);
    }
}

/** Reports calendar blocks (shift or rate) that overlap an earlier block of the same calendar. */
template<typename Blocks>
void checkOverlaps(Findings &f, const QString &entity, const QString &listField, const Blocks &blocks)
{
    for (std::size_t j = 1; j < blocks.size(); ++j)
        for (std::size_t i = 0; i < j; ++i)
            if (std::max(blocks[i].from, blocks[j].from) < std::min(blocks[i].to, blocks[j].to)) {
                f.error(entity, listField + u'[' + QString::number(j) + u']',
                    Validator::tr("overlaps block %1; the blocks of a calendar must not overlap.").arg(i));
                break;
            }
}

/** Checks the parameters of one distribution (`field` is e.g. "duration"). */
void checkDistribution(Findings &f, const QString &entity, const QString &field, const Distribution &d);

/** A headcount above kMaxHeadcount is an error (negative ones are checked by the caller). */
inline void checkPlausibleHeadcount(Findings &f, const QString &entity, const QString &field, int headcount)
{
    if (headcount > kMaxHeadcount)
        f.error(entity, field,
            Validator::tr("implausible headcount %1; at most %2 staff can be simulated.")
                .arg(headcount)
                .arg(kMaxHeadcount));
}

/** Whether the role has anyone on duty at some time, with a scenario's headcount if given. */
bool hasStaff(const Role &r, const std::optional<int> &overrideHeadcount);

/** Roles that tasks need but that have no staff, in the project and in every scenario. */
void checkStaffing(Findings &f, const Project &project);

/** Variants, reassignments, staffing windows, demand changes and diversions of every scenario. */
void checkScenarioChanges(Findings &f, const Project &project);
/** A cross-training's window, when it has one, lies inside its period (default: one day). */
void checkCrossTrainingWindow(
    Findings &f, const Project &project, const QString &entity, const QString &field, const CrossTraining &c);

/**
 * The outside-in chain beyond plain links: needs and the steps serving them, responsibilities,
 * goals' measures, costs, variants and the journey steps that follow a process to its variant.
 */
void checkChain(Findings &f, const Project &project);

/** Decisions, proof-of-concept scenarios, vendors' scores and priority weights (speccheck.cpp). */
void checkSpecParts(Findings &f, const Project &project);

/** Checks one process: nodes, flows, xor probabilities and the graph's shape. */
void checkProcess(Findings &f, const Project &project, const Process &process, const QString &entity);

} // namespace oi::model::detail
