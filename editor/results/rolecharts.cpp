// SPDX-License-Identifier: GPL-3.0-or-later
// The charts about roles: utilisation, utilisation and queues by hour of the day, and the queue
// at the constraint. The peaks by hour are the story a client recognises.
#include "editor/results/chartaxes.h"
#include "editor/results/charthover.h"
#include "editor/results/chartstyle.h"
#include "editor/results/charttext.h"
#include "editor/results/resultnames.h"
#include "editor/results/resultscharts.h"
#include "editor/results/resultscolours.h"

#include "model/humanunits.h"
#include "model/simulationinput.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace oi::editor::results {

namespace {

const sim::Bottleneck *constraintOf(const sim::Results &r)
{
    return r.bottlenecks.empty() ? nullptr : &r.bottlenecks.front();
}

const sim::NodeResult *nodeOf(const sim::Results &r, const QString &ref, const sim::ProcessResult **process = nullptr)
{
    for (const sim::ProcessResult &p : r.processes)
        if (qs(p.id) == ref.section(u'/', 0, 0))
            for (const sim::NodeResult &n : p.nodes)
                if (qs(n.id) == ref.section(u'/', 1)) {
                    if (process)
                        *process = &p;
                    return &n;
                }
    return nullptr;
}

/** A line per role over the hours of the day; an hour that is NaN (nobody on duty) breaks it. */
void addHourLines(QChart *chart, const sim::Results &r, const ResultNames &names,
    const std::function<const sim::DayArray &(const sim::RoleResult &)> &values, double scale,
    const std::function<QString(const QString &role, int hour, double value)> &tip)
{
    const sim::Bottleneck *constraint = constraintOf(r);
    for (const sim::RoleResult &role : r.roles) {
        const QString name = names.role(role.id);
        const bool isConstraint = constraint && constraint->role == role.id;
        QLineSeries *first = nullptr;
        QLineSeries *line = nullptr;
        const sim::DayArray &hours = values(role);
        for (int h = 0; h < sim::kDayBuckets; ++h) {
            const double v = hours[std::size_t(h)];
            if (!std::isfinite(v)) {
                line = nullptr;
                continue;
            }
            if (!line) {
                line = new QLineSeries;
                line->setName(name);
                chart->addSeries(line);
                setSeriesLook(line, roleColour(r, role.id), isConstraint ? 3.5 : 2);
                hoverTexts(line, [tip, name, hours, scale](const QPointF &p) {
                    const int hour = std::clamp(int(std::floor(p.x())), 0, sim::kDayBuckets - 1);
                    return tip(name, hour, hours[std::size_t(hour)] * scale);
                });
                if (first)
                    setContinuation(line, first);
                else
                    first = line;
            }
            line->append(h + 0.5, v * scale);
        }
    }
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

double largestOf(const sim::Results &r, const std::function<const sim::DayArray &(const sim::RoleResult &)> &values)
{
    double top = 0;
    for (const sim::RoleResult &role : r.roles)
        for (double v : values(role))
            if (std::isfinite(v))
                top = std::max(top, v);
    return top;
}

ChartTable hourTable(const sim::Results &r, const ResultNames &names, const QString &what,
    const std::function<const sim::DayArray &(const sim::RoleResult &)> &values, double scale, int decimals)
{
    ChartTable t;
    t.header << ResultsCharts::tr("hour of the day");
    for (const sim::RoleResult &role : r.roles)
        t.header << ResultsCharts::tr("%1, %2").arg(names.role(role.id), what);
    for (int h = 0; h < sim::kDayBuckets; ++h) {
        QStringList row { hourSpan(h) };
        for (const sim::RoleResult &role : r.roles)
            row << number(values(role)[std::size_t(h)] * scale, decimals);
        t.rows << row;
    }
    return t;
}

} // namespace

int readableWidthFor(const QStringList &categories)
{
    const QFontMetrics metrics(QApplication::font());
    int widest = 0;
    for (const QString &c : categories)
        widest = std::max(widest, metrics.horizontalAdvance(c));
    return int(std::ceil((widest + 24) / 0.36));
}

QColor roleColour(const sim::Results &results, const std::string &role)
{
    if (!results.bottlenecks.empty() && results.bottlenecks.front().role == role)
        return kConstraint;
    int index = 0;
    for (const sim::RoleResult &r : results.roles) {
        if (r.id == role)
            return seriesColour(index);
        if (results.bottlenecks.empty() || r.id != results.bottlenecks.front().role)
            ++index;
    }
    return seriesColour(index);
}

BuiltChart utilisationChart(const sim::Results &r, const ResultNames &names)
{
    BuiltChart out;
    out.fileStem = QStringLiteral("role-utilisation");
    auto *chart = out.chart = new QChart;
    chart->setTitle(ResultsCharts::tr("Role utilisation"));
    const model::TimeUnit unit = model::timeUnitFromName(qs(r.layout.timeUnit));
    const sim::Bottleneck *constraint = constraintOf(r);
    std::vector<const sim::RoleResult *> roles;
    for (const sim::RoleResult &role : r.roles)
        roles.push_back(&role);
    // Busiest at the top: horizontal bars draw the first category at the bottom.
    std::stable_sort(roles.begin(), roles.end(),
        [](const sim::RoleResult *a, const sim::RoleResult *b) { return a->utilization.mean < b->utilization.mean; });
    auto *busy = new QBarSet(ResultsCharts::tr("Busy"));
    setBarSetLook(busy, seriesColour(0));
    QBarSet *marked = nullptr;
    if (constraint) {
        marked = new QBarSet(ResultsCharts::tr("Constraint"));
        setBarSetLook(marked, kConstraint);
    }
    QStringList categories, tips;
    out.data.header = { ResultsCharts::tr("role"), ResultsCharts::tr("busy (% of staff-time on duty)"),
        ResultsCharts::tr("95 % interval ± (points)"),
        ResultsCharts::tr("overtime per replication (%1)").arg(model::timeUnitName(unit)),
        ResultsCharts::tr("constraint") };
    for (const sim::RoleResult *role : roles) {
        const bool isConstraint = constraint && constraint->role == role->id;
        const double u = role->utilization.mean * 100;
        categories << names.role(role->id);
        busy->append(isConstraint ? 0 : u);
        if (marked)
            marked->append(isConstraint ? u : 0);
        QString tip = ResultsCharts::tr("%1: busy %2 ± %3 of the staff-time on duty")
                          .arg(names.role(role->id), model::percent(role->utilization.mean),
                              model::percent(role->utilization.ci95));
        if (role->overtime.mean > 0)
            tip += u'\n'
                + ResultsCharts::tr("overtime after shifts ended: %1 per replication")
                      .arg(model::humanDuration(role->overtime.mean, unit));
        if (isConstraint)
            tip += u'\n'
                + ResultsCharts::tr("the constraint: %1 of all waiting is at %2")
                      .arg(model::percent(constraint->waitShare), names.nodeRef(qs(constraint->node)));
        tips << tip;
        out.data.rows << QStringList { names.role(role->id), number(u, 1), number(role->utilization.ci95 * 100, 1),
            number(role->overtime.mean, 2), isConstraint ? ResultsCharts::tr("yes") : QString() };
    }
    std::reverse(out.data.rows.begin(), out.data.rows.end()); // busiest first in the file
    hoverTexts(busy, tips);
    auto *series = new QHorizontalStackedBarSeries;
    series->append(busy);
    if (marked) {
        hoverTexts(marked, tips);
        series->append(marked);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *roleAxis = new QBarCategoryAxis;
    roleAxis->append(categories);
    roleAxis->setTitleText(ResultsCharts::tr("Role"));
    QValueAxis *share = valueAxis(100, ResultsCharts::tr("Busy (% of time on duty)"), 5);
    attach(chart, share, roleAxis);
    out.minimumHeight = std::max(320, 26 * int(categories.size()) + 150);
    out.readableWidth = readableWidthFor(categories);
    return out;
}

BuiltChart utilisationByHourChart(const sim::Results &r, const ResultNames &names)
{
    BuiltChart out;
    out.fileStem = QStringLiteral("utilisation-by-hour");
    auto *chart = out.chart = new QChart;
    chart->setTitle(ResultsCharts::tr("Utilisation by hour of the day"));
    const auto values = [](const sim::RoleResult &role) -> const sim::DayArray & { return role.utilizationByHour; };
    addHourLines(chart, r, names, values, 100, [](const QString &role, int hour, double v) {
        return ResultsCharts::tr("%1, %2: busy %3").arg(role, hourSpan(hour), model::percent(v / 100));
    });
    attach(chart, hourAxis(ResultsCharts::tr("Time of day (hh:mm)")),
        valueAxis(100, ResultsCharts::tr("Busy (% of time on duty)"), 5));
    out.data = hourTable(r, names, ResultsCharts::tr("busy (%)"), values, 100, 1);
    out.wide = true;
    chart->legend()->setAlignment(Qt::AlignRight);
    out.note
        = ResultsCharts::tr("Means over every day and replication of the run; a gap is an hour with nobody on duty.");
    return out;
}

BuiltChart queueByHourChart(const sim::Results &r, const ResultNames &names)
{
    BuiltChart out;
    out.fileStem = QStringLiteral("queue-by-hour");
    auto *chart = out.chart = new QChart;
    chart->setTitle(ResultsCharts::tr("Cases waiting by hour of the day"));
    const auto values = [](const sim::RoleResult &role) -> const sim::DayArray & { return role.queueByHour; };
    addHourLines(chart, r, names, values, 1, [](const QString &role, int hour, double v) {
        return ResultsCharts::tr("%1, %2: %3 cases waiting on average")
            .arg(role, hourSpan(hour), QString::number(v, 'f', 1));
    });
    attach(chart, hourAxis(ResultsCharts::tr("Time of day (hh:mm)")),
        valueAxis(std::max(1.0, largestOf(r, values)), ResultsCharts::tr("Cases waiting (mean)"), 5));
    out.data = hourTable(r, names, ResultsCharts::tr("cases waiting (mean)"), values, 1, 2);
    out.wide = true;
    chart->legend()->setAlignment(Qt::AlignRight);
    out.note = ResultsCharts::tr(
        "Cases waiting for each role's tasks, in every process; means over every day and replication.");
    return out;
}

BuiltChart constraintQueueChart(const sim::Results &r, const ResultNames &names)
{
    BuiltChart out;
    out.fileStem = QStringLiteral("constraint-queue-by-hour");
    auto *chart = out.chart = new QChart;
    chart->setTitle(ResultsCharts::tr("Queue at the constraint by hour of the day"));
    const sim::Bottleneck *constraint = constraintOf(r);
    const sim::NodeResult *node = constraint ? nodeOf(r, qs(constraint->node)) : nullptr;
    if (!node) {
        out.note = ResultsCharts::tr("No constraint: no task had staff to wait for.");
        attach(chart, hourAxis(ResultsCharts::tr("Time of day (hh:mm)")),
            valueAxis(1, ResultsCharts::tr("Cases waiting (mean)")));
        return out;
    }
    const sim::RoleResult *role = nullptr;
    for (const sim::RoleResult &candidate : r.roles)
        if (candidate.id == constraint->role)
            role = &candidate;
    double top = 1;
    for (double v : node->queueByHour)
        if (std::isfinite(v))
            top = std::max(top, v);
    QValueAxis *y = valueAxis(top, ResultsCharts::tr("Cases waiting (mean)"), 5);
    const double roof = y->max();
    // Stepped: each hour's mean holds for the whole hour.
    auto *upper = new QLineSeries;
    auto *offUpper = new QLineSeries;
    bool offDuty = false;
    for (int h = 0; h < sim::kDayBuckets; ++h) {
        const double v = node->queueByHour[std::size_t(h)];
        upper->append(h, std::isfinite(v) ? v : 0);
        upper->append(h + 1, std::isfinite(v) ? v : 0);
        const bool off = role && !std::isfinite(role->utilizationByHour[std::size_t(h)]);
        offDuty = offDuty || off;
        offUpper->append(h, off ? roof : 0);
        offUpper->append(h + 1, off ? roof : 0);
    }
    const QString who = names.role(constraint->role);
    const QString where = names.nodeRef(qs(constraint->node));
    if (offDuty) {
        auto *off = new QAreaSeries(offUpper);
        offUpper->setParent(off);
        off->setName(ResultsCharts::tr("Nobody on duty"));
        chart->addSeries(off);
        setSeriesLook(off, QColor(0x8a, 0x94, 0xa6), 0);
    } else {
        delete offUpper;
    }
    auto *queue = new QAreaSeries(upper);
    upper->setParent(queue);
    queue->setName(ResultsCharts::tr("Cases waiting"));
    chart->addSeries(queue);
    setSeriesLook(queue, kConstraint, 2);
    const sim::DayArray hours = node->queueByHour;
    hoverTexts(queue, [hours, where](const QPointF &p) {
        const int hour = std::clamp(int(std::floor(p.x())), 0, sim::kDayBuckets - 1);
        return ResultsCharts::tr("%1, %2: %3 cases waiting on average")
            .arg(where, hourSpan(hour), QString::number(hours[std::size_t(hour)], 'f', 1));
    });
    attach(chart, hourAxis(ResultsCharts::tr("Time of day (hh:mm)")), y);
    out.data.header = { ResultsCharts::tr("hour of the day"),
        ResultsCharts::tr("cases waiting at %1 (mean)").arg(where), ResultsCharts::tr("%1 on duty").arg(who) };
    for (int h = 0; h < sim::kDayBuckets; ++h) {
        const bool off = role && !std::isfinite(role->utilizationByHour[std::size_t(h)]);
        out.data.rows << QStringList { hourSpan(h), number(node->queueByHour[std::size_t(h)], 2),
            off ? ResultsCharts::tr("no") : ResultsCharts::tr("yes") };
    }
    out.note = ResultsCharts::tr("%1 at %2; means over every day and replication of the run.").arg(who, where);
    return out;
}

} // namespace oi::editor::results
