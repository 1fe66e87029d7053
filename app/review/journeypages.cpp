// SPDX-License-Identifier: GPL-3.0-or-later
// The journey as the customer lives it, simplified for a board: the stages with the mean emotion of
// each as-is and to-be, the moments of truth, and the pain points of highest severity.
#include "app/review/reviewpages.h"

#include <QCoreApplication>

#include <algorithm>

namespace oi::review {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Review", text);
}

constexpr int MaxPains = 4;

/** The model's severity 1..3 in words a board reads. */
QString severityText(int severity)
{
    switch (severity) {
    case 1: return tr("Irritates");
    case 2: return tr("Hurts");
    case 3: return tr("Drives customers away");
    default: return {};
    }
}
} // namespace

QVariantList journeyPages(const model::Project &project)
{
    QVariantList pages;
    for (const model::Journey &j : project.journeys) {
        QVariantList stages;
        QStringList moments;
        struct Pain
        {
            QString text, step;
            int severity;
        };
        std::vector<Pain> pains;
        for (const model::Stage &stage : j.stages) {
            double asIs = 0, toBe = 0;
            int n = 0;
            for (const model::Step &step : j.steps) {
                if (step.stage != stage.id)
                    continue;
                asIs += step.emotion;
                toBe += step.emotionToBe.value_or(step.emotion);
                ++n;
            }
            if (n == 0)
                continue;
            stages.append(QVariantMap { { QStringLiteral("name"), stage.name.isEmpty() ? stage.id : stage.name },
                { QStringLiteral("asIs"), asIs / n }, { QStringLiteral("toBe"), toBe / n } });
        }
        for (const model::Step &step : j.steps) {
            if (step.momentOfTruth)
                moments.append(step.title);
            for (const model::PainPoint &p : step.painPoints)
                pains.push_back({ p.text, step.title, p.severity.value_or(0) });
        }
        // Highest severity first; equal ones in journey order (stable).
        std::stable_sort(
            pains.begin(), pains.end(), [](const Pain &a, const Pain &b) { return a.severity > b.severity; });
        QVariantList top;
        for (size_t i = 0; i < pains.size() && i < MaxPains; ++i)
            top.append(
                QVariantMap { { QStringLiteral("text"), pains[i].text }, { QStringLiteral("step"), pains[i].step },
                    { QStringLiteral("severity"), severityText(pains[i].severity) } });
        const model::Persona *persona = project.persona(j.persona);
        pages.append(QVariantMap {
            { QStringLiteral("kind"), QStringLiteral("journey") },
            { QStringLiteral("title"), j.name.isEmpty() ? j.id : j.name },
            { QStringLiteral("persona"), persona ? tr("As %1 lives it").arg(persona->name) : QString() },
            { QStringLiteral("stages"), stages },
            { QStringLiteral("moments"), moments },
            { QStringLiteral("pains"), top },
        });
    }
    return pages;
}

} // namespace oi::review
