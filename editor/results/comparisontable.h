// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/results/resultscharts.h"

#include "model/comparison.h"
#include "model/project.h"

#include <QTableWidget>

namespace oi::editor::results {

/**
 * A comparison side by side: a block per process, a row per KPI, a column per scenario and one
 * per later scenario against the baseline with its paired 95 % interval. A significant change is
 * tinted green when it is better and red when it is worse; one whose interval spans zero says
 * "no significant difference" and stays grey.
 */
class ComparisonTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit ComparisonTable(QWidget *parent = nullptr);

    /** `labels` name the columns (scenario names, or runs of the history). */
    void setComparison(const model::Comparison &comparison, const model::Project &project, const QStringList &labels);
    void clearComparison();
    /** What the table shows, as rows for a CSV file. */
    const ChartTable &data() const { return mData; }
    /** The index into the comparison's kpis of `row`, or -1 for a process's heading. */
    int kpiAt(int row) const;
    /** Whether a lower value is the better one for `kpi` (all but throughput). */
    static bool lowerIsBetter(model::ComparedKpi kpi);

private:
    ChartTable mData;
};

} // namespace oi::editor::results
