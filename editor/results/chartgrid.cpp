// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/chartgrid.h"

#include "editor/results/chartpanel.h"

#include <QGridLayout>
#include <QResizeEvent>

namespace oi::editor::results {

ChartGrid::ChartGrid(QWidget *parent)
    : QWidget(parent)
    , mGrid(new QGridLayout(this))
{
    mGrid->setContentsMargins(0, 0, 0, 0);
    mGrid->setSpacing(8);
}

void ChartGrid::addChart(ChartPanel *panel, bool wide)
{
    panel->setParent(this);
    mCharts.append({ panel, wide });
    arrange(columnsFor(width()));
}

int ChartGrid::columnsFor(int width) const
{
    constexpr int narrowest = 420; // below this even a line chart's hours crowd
    const int half = (width - mGrid->horizontalSpacing()) / 2;
    for (const auto &[panel, wide] : mCharts)
        if (!wide && half < std::max(narrowest, panel->readableWidth() + 12))
            return 1;
    return half >= narrowest ? 2 : 1;
}

void ChartGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(columnsFor(event->size().width()));
}

void ChartGrid::arrange(int columns)
{
    if (columns == mColumns && mGrid->count() == mCharts.size())
        return;
    mColumns = columns;
    for (const auto &[panel, wide] : std::as_const(mCharts))
        mGrid->removeWidget(panel);
    int row = 0, column = 0;
    for (const auto &[panel, wide] : std::as_const(mCharts)) {
        if (wide || columns == 1) {
            if (column > 0)
                ++row;
            mGrid->addWidget(panel, row++, 0, 1, columns);
            column = 0;
            continue;
        }
        mGrid->addWidget(panel, row, column);
        if (++column == columns) {
            column = 0;
            ++row;
        }
    }
    for (int c = 0; c < 2; ++c)
        mGrid->setColumnStretch(c, c < columns ? 1 : 0);
}

} // namespace oi::editor::results
