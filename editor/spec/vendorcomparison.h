// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QTableWidget>

namespace oi::editor::spec {

/** A vendor's place in the comparison: ranked by weighted score unless a Must scored 0 knocks it out. */
struct VendorStanding
{
    QString id, name;
    int rank = 0; // 1 = best; 0 = knocked out
    int weighted = 0, maximum = 0, scored = 0;
    QStringList knockedOutBy; // the Musts scored 0, by text
};

/** The standings, best first; knocked-out vendors after the others, in weighted order too. */
std::vector<VendorStanding> vendorStandings(const model::Project &project);

/**
 * The vendor comparison as the evaluators read it: rank, weighted total against the most a vendor
 * could score, how many requirements are scored, and which Must knocked a vendor out.
 */
class VendorComparison : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { RankColumn, VendorColumn, TotalColumn, ShareColumn, ScoredColumn, VerdictColumn, ColumnCount };

    explicit VendorComparison(QWidget *parent = nullptr);
    void rebuild(const model::Project *project);
};

} // namespace oi::editor::spec
