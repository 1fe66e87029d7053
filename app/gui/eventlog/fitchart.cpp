// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/eventlog/fitchart.h"

#include "editor/commands/undotext.h"
#include "model/eventlog/fitting.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace oi::app {

namespace {

struct Scale
{
    double minutes; // per unit shown
    QString name;
};

// Minutes, hours or days, whichever makes the typical duration a number people read at a glance.
Scale scaleFor(double typicalMinutes)
{
    if (typicalMinutes >= 2 * 1440)
        return { 1440, FitChart::tr("days") };
    if (typicalMinutes >= 120)
        return { 60, FitChart::tr("hours") };
    return { 1, FitChart::tr("minutes") };
}

} // namespace

FitChart::FitChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("fitChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void FitChart::showFit(const QString &task, const std::vector<double> &observed, const model::Distribution &fitted)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    std::vector<double> minutes = observed;
    std::sort(minutes.begin(), minutes.end());
    if (minutes.empty()) {
        c->setTitle(tr("%1: no durations observed").arg(task));
        return;
    }
    // Up to the 99th percentile: one stray case must not squash the shape into a single bar.
    const double top = minutes[std::min(minutes.size() - 1, size_t(std::ceil(0.99 * double(minutes.size() - 1))))];
    const Scale scale = scaleFor(minutes[minutes.size() / 2]);
    const int bins = int(std::clamp(std::sqrt(double(minutes.size())), 5.0, 30.0));
    const double width = std::max(top, 1e-9) / bins; // minutes
    std::vector<int> counts(size_t(bins), 0);
    for (const double m : minutes)
        if (m <= top)
            ++counts[size_t(std::min(bins - 1, int(m / width)))];

    auto *bars = new QLineSeries;
    auto *floor = new QLineSeries;
    double highest = 0;
    for (int b = 0; b < bins; ++b) {
        const double from = b * width / scale.minutes, to = (b + 1) * width / scale.minutes;
        bars->append(from, 0);
        bars->append(from, counts[size_t(b)]);
        bars->append(to, counts[size_t(b)]);
        bars->append(to, 0);
        highest = std::max<double>(highest, counts[size_t(b)]);
    }
    floor->append(0, 0);
    floor->append(bins * width / scale.minutes, 0);
    auto *histogram = new QAreaSeries(bars, floor);
    histogram->setName(
        tr("Observed: %1")
            .arg(editor::countedText("oi::app::FitChart", QT_TRANSLATE_NOOP("oi::app::FitChart", "1 duration"),
                QT_TRANSLATE_N_NOOP("oi::app::FitChart", "%n durations"), qsizetype(minutes.size()))));
    histogram->setColor(QColor(0x9e, 0xc5, 0xe8));
    histogram->setBorderColor(QColor(0x4a, 0x7f, 0xb0));

    // The fitted distribution's expected cases per bar, drawn as a curve so both read on one scale.
    auto *curve = new QLineSeries;
    curve->setName(tr("Fitted: expected cases per bar"));
    const double n = double(minutes.size());
    constexpr int kPoints = 120;
    for (int i = 0; i <= kPoints; ++i) {
        const double x = top * i / kPoints;
        const double lo = std::max(0.0, x - width / 2), hi = x + width / 2;
        const double expected = n * (model::eventlog::cumulative(fitted, hi) - model::eventlog::cumulative(fitted, lo))
            * width / (hi - lo);
        curve->append(x / scale.minutes, expected);
        highest = std::max(highest, expected);
    }
    QPen pen(QColor(0xc0, 0x39, 0x2b));
    pen.setWidthF(2);
    curve->setPen(pen);

    c->addSeries(histogram);
    c->addSeries(curve);
    auto *x = new QValueAxis;
    x->setTitleText(tr("Duration (%1)").arg(scale.name));
    x->setRange(0, bins * width / scale.minutes);
    x->setLabelFormat(QStringLiteral("%.3g"));
    x->applyNiceNumbers();
    auto *y = new QValueAxis;
    y->setTitleText(tr("Count")); // a longer title does not fit the chart's height on the wizard page
    y->setRange(0, std::max(1.0, highest * 1.1));
    y->setLabelFormat(QStringLiteral("%d"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : c->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    c->setTitle(tr("%1: observed durations and the fitted distribution").arg(task));
}

} // namespace oi::app
