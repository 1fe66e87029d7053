// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QGridLayout;
QT_END_NAMESPACE

namespace oi::editor::results {

class ChartPanel;

/**
 * Charts two to a row when each has room for its labels, one to a row otherwise: Qt Charts gives a
 * bar chart's category axis only part of the chart, and a long role name would be cut off.
 */
class ChartGrid : public QWidget
{
    Q_OBJECT
public:
    explicit ChartGrid(QWidget *parent = nullptr);

    /** A `wide` chart takes a whole row whatever the width. */
    void addChart(ChartPanel *panel, bool wide);
    int columns() const { return mColumns; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int columns);
    int columnsFor(int width) const;

    QGridLayout *mGrid;
    QList<QPair<ChartPanel *, bool>> mCharts;
    int mColumns = 0;
};

} // namespace oi::editor::results
