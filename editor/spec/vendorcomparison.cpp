// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/spec/vendorcomparison.h"

#include "model/humanunits.h"
#include "model/spec/specdocument.h"

#include <QHeaderView>

#include <algorithm>

namespace oi::editor::spec {

std::vector<VendorStanding> vendorStandings(const model::Project &project)
{
    std::vector<VendorStanding> out;
    for (const model::spec::VendorTotal &t : model::spec::vendorTotals(project)) {
        VendorStanding s;
        s.id = t.id;
        s.name = t.name;
        s.weighted = t.weighted;
        s.maximum = t.maximum;
        for (const QString &id : t.knockedOutBy) {
            const model::Requirement *q = project.requirement(id);
            s.knockedOutBy << (q && !q->text.trimmed().isEmpty() ? q->text : id);
        }
        if (const model::Vendor *v = project.vendor(t.id))
            for (const model::VendorScore &score : v->scores)
                s.scored += project.requirement(score.requirement) ? 1 : 0;
        out.push_back(std::move(s));
    }
    std::stable_sort(out.begin(), out.end(), [](const VendorStanding &a, const VendorStanding &b) {
        if (a.knockedOutBy.isEmpty() != b.knockedOutBy.isEmpty())
            return a.knockedOutBy.isEmpty();
        return a.weighted > b.weighted;
    });
    int rank = 0, previous = -1, place = 0;
    for (VendorStanding &s : out) {
        ++place;
        if (!s.knockedOutBy.isEmpty())
            continue;
        // Equal totals share a rank.
        if (s.weighted != previous)
            rank = place;
        previous = s.weighted;
        s.rank = rank;
    }
    return out;
}

VendorComparison::VendorComparison(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("vendorComparison"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels(
        { tr("Rank"), tr("Vendor"), tr("Weighted score"), tr("Share"), tr("Scored"), tr("Verdict") });
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(VerdictColumn, QHeaderView::Stretch);
}

void VendorComparison::rebuild(const model::Project *project)
{
    const std::vector<VendorStanding> standings = project ? vendorStandings(*project) : std::vector<VendorStanding> {};
    const int requirements = project ? int(project->requirements.size()) : 0;
    setRowCount(int(standings.size()));
    for (int r = 0; r < int(standings.size()); ++r) {
        const VendorStanding &s = standings[std::size_t(r)];
        const bool out = !s.knockedOutBy.isEmpty();
        auto set = [&](int column, const QString &text, const QString &tip = {}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            if (column != VendorColumn && column != VerdictColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (out)
                item->setForeground(QColor(0xb3, 0x26, 0x1e));
            setItem(r, column, item);
        };
        set(RankColumn, out ? QStringLiteral("\u2013") : QString::number(s.rank));
        set(VendorColumn, s.name, QStringLiteral("%1 (%2)").arg(s.name, s.id));
        set(TotalColumn, QString::number(s.weighted), tr("%1 of at most %2").arg(s.weighted).arg(s.maximum));
        set(ShareColumn, s.maximum > 0 ? model::percent(double(s.weighted) / s.maximum) : QStringLiteral("\u2013"),
            tr("The weighted score as a share of the most a vendor could score (%1)").arg(s.maximum));
        set(ScoredColumn, tr("%1 of %2").arg(s.scored).arg(requirements));
        QStringList quoted;
        for (const QString &name : s.knockedOutBy)
            quoted << QStringLiteral("\u201c%1\u201d").arg(name);
        set(VerdictColumn,
            out ? (
                quoted.size() == 1 ? tr("Knocked out: the Must %1 scored 0") : tr("Knocked out: the Musts %1 scored 0"))
                      .arg(quoted.join(QStringLiteral(", ")))
                : s.rank == 1 ? tr("Leads")
                              : tr("In the running"));
    }
    if (standings.empty()) {
        setRowCount(1);
        auto *none = new QTableWidgetItem(tr("No vendors yet: add them, or import a filled-in scoring sheet."));
        none->setFlags(Qt::ItemIsEnabled);
        setItem(0, 0, none);
        setSpan(0, 0, 1, ColumnCount);
    } else
        clearSpans();
    resizeRowsToContents();
}

} // namespace oi::editor::spec
