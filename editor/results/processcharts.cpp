// SPDX-License-Identifier: GPL-3.0-or-later
// The charts about processes: how long cases take (a histogram with the median and the 90th
// percentile marked) and where they wait (each task's mean wait, the constraint in red).
#include "editor/results/chartaxes.h"
#include "editor/results/charthover.h"
#include "editor/results/chartstyle.h"
#include "editor/results/charttext.h"
#include "editor/results/resultnames.h"
#include "editor/results/resultscharts.h"
#include "editor/results/resultscolours.h"

#include "model/humanunits.h"
#include "model/resultsfigures.h"
#include "model/simulationinput.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QSet>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace oi::editor::results {

namespace {

QLineSeries *mark(QChart *chart, const QString &name, double x, double top, const QColor &colour)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->append(x, 0);
    line->append(x, top);
    chart->addSeries(line);
    setSeriesLook(line, colour, 2.5, true);
    return line;
}

void attach(QChart *chart, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->legend()->setAlignment(Qt::AlignBottom); // a chart with a line per role moves it to the right
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace

BuiltChart cycleTimeChart(const sim::Results &r, const ResultNames &names, int index)
{
    BuiltChart out;
    auto *chart = out.chart = new QChart;
    const model::TimeUnit unit = model::timeUnitFromName(qs(r.layout.timeUnit));
    const bool known = index >= 0 && std::size_t(index) < r.processes.size();
    const QString process = known ? names.process(r.processes[std::size_t(index)].id) : QString();
    out.fileStem
        = known ? QStringLiteral("cycle-time-") + qs(r.processes[std::size_t(index)].id) : QStringLiteral("cycle-time");
    chart->setTitle(ResultsCharts::tr("Cycle time: %1").arg(process));
    const model::BinnedShares d = model::cycleTimeDistribution(r, index);
    const double end = d.from + d.width * double(d.shares.size());
    const TimeScale scale = timeScaleFor(end, unit);
    if (d.cases == 0) {
        out.note = r.perReplication.empty()
            ? ResultsCharts::tr("These results carry no per-case distribution.")
            : ResultsCharts::tr("No case of %1 completed after the warm-up.").arg(process);
        attach(chart, valueAxis(1, ResultsCharts::tr("Cycle time (%1)").arg(scale.unit)),
            valueAxis(1, ResultsCharts::tr("Cases (% of completed)")));
        return out;
    }
    double top = 0;
    auto *outline = new QLineSeries;
    const auto edge = [&d](std::size_t b) { return d.from + d.width * double(b); };
    for (std::size_t b = 0; b < d.shares.size(); ++b) {
        outline->append(edge(b) * scale.factor, d.shares[b] * 100);
        outline->append(edge(b + 1) * scale.factor, d.shares[b] * 100);
        top = std::max(top, d.shares[b] * 100);
    }
    auto *cases = new QAreaSeries(outline);
    outline->setParent(cases);
    cases->setName(ResultsCharts::tr("Cases"));
    chart->addSeries(cases);
    setSeriesLook(cases, seriesColour(0), 1.5);
    QValueAxis *y = valueAxis(top, ResultsCharts::tr("Cases (% of completed)"), 4);
    const std::vector<model::ProcessFigures> figures = model::processFigures(r);
    const model::ProcessFigures &f = figures[std::size_t(index)];
    const double p50 = f.cycleP50.mean, p90 = f.cycleP90.mean;
    if (std::isfinite(p50))
        mark(chart, ResultsCharts::tr("p50: %1").arg(model::humanDuration(p50, unit)), p50 * scale.factor, y->max(),
            kShortWait);
    if (std::isfinite(p90))
        mark(chart, ResultsCharts::tr("p90: %1").arg(model::humanDuration(p90, unit)), p90 * scale.factor, y->max(),
            kLongWait);
    const std::vector<double> shares = d.shares;
    const double from = d.from, width = d.width;
    hoverTexts(cases, [shares, from, width, unit, factor = scale.factor](const QPointF &p) {
        const std::size_t b = std::size_t(std::clamp(int((p.x() / factor - from) / width), 0, int(shares.size()) - 1));
        return ResultsCharts::tr("%1 of the cases took %2 to %3")
            .arg(model::percent(shares[b]), model::humanDuration(from + width * double(b), unit),
                model::humanDuration(from + width * double(b + 1), unit));
    });
    QValueAxis *x
        = valueAxis(end * scale.factor, ResultsCharts::tr("Cycle time (%1)").arg(scale.unit), 6, d.from * scale.factor);
    attach(chart, x, y);
    out.data.header = { ResultsCharts::tr("from (%1)").arg(scale.unit), ResultsCharts::tr("to (%1)").arg(scale.unit),
        ResultsCharts::tr("cases (% of completed)") };
    if (d.before > 0)
        out.data.rows << QStringList { QString(), number(d.from * scale.factor, 3), number(d.before * 100, 2) };
    for (std::size_t b = 0; b < d.shares.size(); ++b)
        out.data.rows << QStringList { number(edge(b) * scale.factor, 3), number(edge(b + 1) * scale.factor, 3),
            number(d.shares[b] * 100, 2) };
    if (d.beyond > 0)
        out.data.rows << QStringList { number(end * scale.factor, 3), QString(), number(d.beyond * 100, 2) };
    out.note = ResultsCharts::tr(
        "%n cases, every replication pooled; the slowest 1 % lie beyond the right edge. p50 and p90: "
        "half and 90 % of the cases done within, each replication's, averaged.",
        nullptr, int(std::min<std::uint64_t>(d.cases, std::uint64_t(std::numeric_limits<int>::max()))));
    return out;
}

BuiltChart waitsChart(const sim::Results &r, const ResultNames &names)
{
    BuiltChart out;
    out.fileStem = QStringLiteral("waits-per-task");
    auto *chart = out.chart = new QChart;
    chart->setTitle(ResultsCharts::tr("Mean wait per task"));
    const model::TimeUnit unit = model::timeUnitFromName(qs(r.layout.timeUnit));
    struct Row
    {
        const sim::ProcessResult *process;
        const sim::NodeResult *node;
    };
    std::vector<Row> rows;
    QHash<QString, int> seen; // step names that occur in more than one process get their process added
    for (const sim::ProcessResult &p : r.processes)
        for (const sim::NodeResult &n : p.nodes)
            if (n.type == sim::NodeType::Task && n.visits.mean > 0) {
                rows.push_back({ &p, &n });
                ++seen[names.node(qs(p.id), qs(n.id))];
            }
    std::stable_sort(
        rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.node->wait.mean > b.node->wait.mean; });
    constexpr std::size_t kShown = 12;
    const bool cut = rows.size() > kShown;
    double top = 0;
    for (const Row &row : rows)
        top = std::max(top, row.node->wait.mean);
    const TimeScale scale = timeScaleFor(top, unit);
    const QString constraint = r.bottlenecks.empty() ? QString() : qs(r.bottlenecks.front().node);
    auto *waits = new QBarSet(ResultsCharts::tr("Mean wait"));
    setBarSetLook(waits, seriesColour(0));
    auto *marked = new QBarSet(ResultsCharts::tr("Constraint"));
    setBarSetLook(marked, kConstraint);
    QStringList categories, tips;
    out.data.header = { ResultsCharts::tr("process"), ResultsCharts::tr("task"), ResultsCharts::tr("role"),
        ResultsCharts::tr("mean wait per visit (%1)").arg(model::timeUnitName(unit)),
        ResultsCharts::tr("95 % interval ±"),
        ResultsCharts::tr("90 % wait less than (%1)").arg(model::timeUnitName(unit)),
        ResultsCharts::tr("mean queue (cases)"), ResultsCharts::tr("visits per replication") };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        const QString pid = qs(row.process->id), nid = qs(row.node->id);
        const QString step = names.node(pid, nid);
        const sim::Stat &w = row.node->wait;
        out.data.rows << QStringList { names.process(pid), step, names.role(row.node->role), number(w.mean, 4),
            number(w.ci95, 4), number(w.p90, 4), number(row.node->queueLength.mean, 2),
            number(row.node->visits.mean, 1) };
        if (i >= kShown)
            continue;
        const bool atConstraint = pid + u'/' + nid == constraint;
        categories.prepend(seen.value(step) > 1 ? ResultsCharts::tr("%1 (%2)").arg(step, names.process(pid)) : step);
        waits->insert(0, atConstraint ? 0 : w.mean * scale.factor);
        marked->insert(0, atConstraint ? w.mean * scale.factor : 0);
        tips.prepend(ResultsCharts::tr("%1 in %2, done by %3\nmean wait %4 per visit; 90 % wait less than %5\n"
                                       "%6 cases waiting on average, %7 at the longest (mean of the runs)")
                         .arg(step, names.process(pid), names.role(row.node->role),
                             model::humanDuration(w.mean, w.ci95, w.n, unit), model::humanDuration(w.p90, unit),
                             QString::number(row.node->queueLength.mean, 'f', 1),
                             QString::number(row.node->queueMax.mean, 'f', 1)));
    }
    hoverTexts(waits, tips);
    hoverTexts(marked, tips);
    auto *series = new QHorizontalStackedBarSeries;
    series->append(waits);
    if (!constraint.isEmpty())
        series->append(marked);
    else
        delete marked;
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *tasks = new QBarCategoryAxis;
    tasks->append(categories);
    tasks->setTitleText(ResultsCharts::tr("Task"));
    attach(
        chart, valueAxis(top * scale.factor, ResultsCharts::tr("Mean wait per visit (%1)").arg(scale.unit), 5), tasks);
    out.minimumHeight = std::max(320, 26 * int(categories.size()) + 150);
    out.readableWidth = readableWidthFor(categories);
    if (cut)
        out.note = ResultsCharts::tr(
            "The %n tasks with the longest waits; the CSV file has every task.", nullptr, int(kShown));
    return out;
}

} // namespace oi::editor::results
