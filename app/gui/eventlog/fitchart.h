// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/distribution.h"

#include <QtCharts/QChartView>

#include <vector>

namespace oi::app {

/** One task's observed durations as a histogram, with the fitted distribution's expected cases per bar over it. */
class FitChart : public QChartView
{
    Q_OBJECT
public:
    explicit FitChart(QWidget *parent = nullptr);
    /** `minutes` as observed; `fitted` in minutes (the draft's unit). */
    void showFit(const QString &task, const std::vector<double> &minutes, const model::Distribution &fitted);
};

} // namespace oi::app
