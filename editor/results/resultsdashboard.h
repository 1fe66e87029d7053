// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include "simulation/results.h"

#include <QScrollArea>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace oi::editor::results {

class ChartPanel;
class KpiTile;

/**
 * One run at a glance: what was run and where the constraint is, the goals against their
 * targets, KPI tiles per process, and the charts that tell the bottleneck story (utilisation,
 * the day's peaks per role, the queue at the constraint, cycle times, waits per task).
 */
class ResultsDashboard : public QScrollArea
{
    Q_OBJECT
public:
    explicit ResultsDashboard(QWidget *parent = nullptr);

    /**
     * Shows `results`, named after `project` as it was when they were shown; null results show
     * what to do to get some. `origin` says where they come from when not from the last run.
     */
    void setResults(const std::shared_ptr<const model::Project> &project,
        const std::shared_ptr<const sim::Results> &results, const QString &origin = {});
    std::shared_ptr<const sim::Results> results() const { return mResults; }
    /** A sentence saying the model changed since the run (empty: the figures are current). */
    void setStaleNote(const QString &note);
    QString staleNote() const;

    QList<ChartPanel *> charts() const;
    QList<KpiTile *> tiles() const;
    /** The headline: what was run, and the constraint. */
    QString headline() const;

private:
    void rebuild();
    QWidget *header(QWidget *parent);
    QWidget *processSection(QWidget *parent);
    QWidget *goalSection(QWidget *parent);
    /** The constraint's charts (`first`: utilisation and its queue) or the rest (where the time goes). */
    QWidget *chartSection(QWidget *parent, bool first);

    std::shared_ptr<const model::Project> mProject;
    std::shared_ptr<const sim::Results> mResults;
    QString mOrigin;
    QLabel *mStale = nullptr;
    QLabel *mHeadline = nullptr;
    QString mStaleText;
};

} // namespace oi::editor::results
