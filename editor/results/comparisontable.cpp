// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/comparisontable.h"

#include "editor/results/resultnames.h"
#include "editor/results/resultscolours.h"

#include "model/comparisonreport.h"

#include <QHeaderView>

#include <cmath>

namespace oi::editor::results {

ComparisonTable::ComparisonTable(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("comparisonTable"));
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    setWordWrap(false);
    verticalHeader()->hide();
    // Every change is read whole, "no significant difference" included: columns as wide as their text.
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(false);
    setTextElideMode(Qt::ElideNone);
}

int ComparisonTable::kpiAt(int row) const
{
    const QTableWidgetItem *label = item(row, 0);
    const QVariant index = label ? label->data(Qt::UserRole) : QVariant();
    return index.isValid() ? index.toInt() : -1;
}

bool ComparisonTable::lowerIsBetter(model::ComparedKpi kpi)
{
    return kpi != model::ComparedKpi::Throughput;
}

void ComparisonTable::clearComparison()
{
    clear();
    setRowCount(0);
    setColumnCount(0);
    mData = {};
}

void ComparisonTable::setComparison(
    const model::Comparison &c, const model::Project &project, const QStringList &labels)
{
    clearComparison();
    const ResultNames names(&project);
    QStringList header { tr("Process and figure") };
    header += labels;
    // Each later scenario: its change against the baseline, then what the change means.
    for (qsizetype s = 1; s < labels.size(); ++s)
        header << tr("%1 − %2").arg(labels.at(s), labels.value(0)) << tr("significant?");
    setColumnCount(int(header.size()));
    setHorizontalHeaderLabels(header);
    mData.header = QStringList { tr("process"), tr("figure") } + header.mid(1);
    QFont bold = font();
    bold.setBold(true);
    QString process;
    for (const model::KpiComparison &k : c.kpis) {
        if (k.process != process) {
            process = k.process;
            const int row = rowCount();
            insertRow(row);
            QString title = names.process(process);
            QStringList notes;
            for (std::size_t s = 0; s < k.ran.size(); ++s) {
                if (k.ran[s].isEmpty())
                    notes << tr("%1 does not run it").arg(labels.value(qsizetype(s)));
                else if (k.ran[s] != process)
                    notes << tr("%1 runs %2 in its place").arg(labels.value(qsizetype(s)), names.process(k.ran[s]));
            }
            if (!notes.isEmpty())
                title += QStringLiteral(" — ") + notes.join(QStringLiteral("; "));
            auto *item = new QTableWidgetItem(title);
            item->setFont(bold);
            setItem(row, 0, item);
            setSpan(row, 0, 1, columnCount());
        }
        const int row = rowCount();
        insertRow(row);
        const double baseline = k.values.empty() ? std::nan("") : k.values.front().mean;
        auto *label = new QTableWidgetItem(QStringLiteral("    ") + model::comparedKpiLabel(k.kpi));
        label->setData(Qt::UserRole, int(&k - c.kpis.data()));
        setItem(row, 0, label);
        QStringList csv { names.process(process), model::comparedKpiLabel(k.kpi) };
        int column = 1;
        for (const sim::Stat &v : k.values) {
            const QString text = model::comparedValueText(k.kpi, c.timeUnit, baseline, v);
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(tr("Mean over %n replications, ± the 95 % interval", nullptr, v.n));
            setItem(row, column++, item);
            csv << text;
        }
        for (const model::PairedDifference &d : k.differences) {
            // The change alone (its verdict gets a column of its own): formatted as the text
            // report formats a significant change, which has no verdict appended.
            model::PairedDifference changeOnly = d;
            changeOnly.significant = true;
            const QString text = model::comparedChangeText(k.kpi, c.timeUnit, baseline, changeOnly);
            const bool measured = d.change.n > 0 && std::isfinite(d.change.mean);
            const bool better = (d.change.mean < 0) == lowerIsBetter(k.kpi);
            const QString verdict = !measured ? QString()
                : !d.significant              ? tr("no significant difference")
                : better                      ? tr("better")
                                              : tr("worse");
            auto *change = new QTableWidgetItem(text);
            change->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            auto *meaning = new QTableWidgetItem(verdict);
            for (QTableWidgetItem *item : { change, meaning }) {
                if (d.significant) {
                    QColor tint = better ? kShortWait : kConstraint;
                    tint.setAlphaF(0.22);
                    item->setBackground(tint);
                    item->setToolTip(better ? tr("Better, and significant: the paired 95 % interval (%n pairs) "
                                                 "excludes zero.",
                                         nullptr, d.change.n)
                                            : tr("Worse, and significant: the paired 95 % interval (%n pairs) "
                                                 "excludes zero.",
                                                nullptr, d.change.n));
                } else {
                    item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
                    item->setToolTip(tr("The paired 95 % interval (%n pairs) spans zero: no significant difference.",
                        nullptr, d.change.n));
                }
            }
            setItem(row, column++, change);
            setItem(row, column++, meaning);
            csv << text << verdict;
        }
        mData.rows << csv;
    }
    resizeColumnsToContents();
}

} // namespace oi::editor::results
