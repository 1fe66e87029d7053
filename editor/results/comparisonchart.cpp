// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/comparisonchart.h"

#include "editor/results/chartaxes.h"
#include "editor/results/charthover.h"
#include "editor/results/chartstyle.h"
#include "editor/results/resultnames.h"

#include "model/comparisonreport.h"
#include "model/humanunits.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace oi::editor::results {

namespace {

struct ComparisonChart
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonChart)
};

/** How a KPI's numbers are drawn: the factor from the comparison's values and the axis unit. */
struct Scale
{
    double factor = 1;
    QString unit;
};

Scale scaleFor(model::ComparedKpi kpi, model::TimeUnit unit, double largest, double baseline)
{
    switch (kpi) {
    case model::ComparedKpi::CycleTimeMean:
    case model::ComparedKpi::CycleTimeP90:
    case model::ComparedKpi::WaitMean: {
        const TimeScale s = timeScaleFor(largest, unit);
        return { s.factor, s.unit };
    }
    case model::ComparedKpi::Throughput: {
        // One unit for the row, from the baseline, as the table reads it.
        const bool perHour = std::isfinite(baseline) && baseline * 60 / model::minutesPer(unit) >= 10;
        return { (perHour ? 60 : 1440) / model::minutesPer(unit),
            perHour ? ComparisonChart::tr("cases per hour") : ComparisonChart::tr("cases per day") };
    }
    case model::ComparedKpi::Abandoned: return { 1, ComparisonChart::tr("cases per replication") };
    case model::ComparedKpi::WaitingShare: return { 100, ComparisonChart::tr("% of task starts") };
    }
    return {};
}

} // namespace

BuiltChart comparisonChart(
    const model::Comparison &c, std::size_t index, const QStringList &labels, const model::Project &project)
{
    BuiltChart out;
    auto *chart = out.chart = new QChart;
    out.fileStem = QStringLiteral("comparison");
    if (index >= c.kpis.size()) {
        chart->setTitle(ComparisonChart::tr("Scenarios compared"));
        return out;
    }
    const model::KpiComparison &k = c.kpis[index];
    const ResultNames names(&project);
    const QString figure = model::comparedKpiLabel(k.kpi);
    chart->setTitle(ComparisonChart::tr("%1: %2").arg(names.process(k.process), figure));
    out.fileStem = QStringLiteral("comparison-%1-%2").arg(k.process, model::kpiName(k.kpi));
    double largest = 0;
    for (const sim::Stat &v : k.values)
        if (std::isfinite(v.mean))
            largest = std::max(largest, v.mean + (std::isfinite(v.ci95) ? v.ci95 : 0));
    const double baseline = k.values.empty() ? std::nan("") : k.values.front().mean;
    const Scale scale = scaleFor(k.kpi, c.timeUnit, largest, baseline);

    auto *bars = new QBarSeries;
    constexpr double kWidth = 0.8;
    bars->setBarWidth(kWidth);
    const int n = int(k.values.size());
    QList<QLineSeries *> whiskers;
    out.data.header = { ComparisonChart::tr("scenario"), ComparisonChart::tr("%1 (%2)").arg(figure, scale.unit),
        ComparisonChart::tr("95 % interval ±") };
    for (int s = 0; s < n; ++s) {
        const sim::Stat &v = k.values[std::size_t(s)];
        const QString label = labels.value(s);
        auto *set = new QBarSet(label);
        set->append(std::isfinite(v.mean) ? v.mean * scale.factor : 0);
        setBarSetLook(set, seriesColour(s));
        hoverTexts(set,
            { ComparisonChart::tr("%1: %2 (mean over %n replications, ± its 95 % interval)", nullptr, v.n)
                    .arg(label, model::comparedValueText(k.kpi, c.timeUnit, baseline, v)) });
        bars->append(set);
        out.data.rows << QStringList { label,
            std::isfinite(v.mean) ? QString::number(v.mean * scale.factor) : QString(),
            std::isfinite(v.ci95) ? QString::number(v.ci95 * scale.factor) : QString() };
        if (v.n >= 2 && std::isfinite(v.ci95) && std::isfinite(v.mean)) {
            // The bar's centre within the one category: bars share kWidth of it, side by side.
            const double x = -kWidth / 2 + (s + 0.5) * kWidth / n;
            auto *whisker = new QLineSeries;
            whisker->setName(ComparisonChart::tr("95 % interval"));
            whisker->append(x, (v.mean - v.ci95) * scale.factor);
            whisker->append(x, (v.mean + v.ci95) * scale.factor);
            whiskers << whisker;
        }
    }
    chart->addSeries(bars);
    for (QLineSeries *w : whiskers) {
        chart->addSeries(w);
        setSeriesLook(w, QColor(0x6b, 0x72, 0x80), 2.5); // a grey that reads on light and dark grounds and on the bars
        if (w != whiskers.front())
            setContinuation(w, whiskers.front());
    }
    auto *x = new QBarCategoryAxis;
    x->append(figure);
    x->setTitleText(names.process(k.process));
    // The figure is in the title; the axis says the unit (a long title would be elided on a short chart).
    QValueAxis *y = valueAxis(largest * scale.factor, ComparisonChart::tr("Mean (%1)").arg(scale.unit), 5);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    out.minimumHeight = 300;
    out.note = ComparisonChart::tr(
        "Each scenario's mean with its 95 % interval; the table gives the paired differences, which "
        "common random numbers make tighter than these intervals suggest.");
    return out;
}

} // namespace oi::editor::results
