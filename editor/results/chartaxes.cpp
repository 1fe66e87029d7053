// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/chartaxes.h"

#include "model/humanunits.h"
#include "model/resultsfigures.h"

#include <QCoreApplication>
#include <QValueAxis>

#include <cmath>

namespace oi::editor::results {

TimeScale timeScaleFor(double largest, model::TimeUnit unit)
{
    using C = QCoreApplication;
    const double minutes = std::isfinite(largest) ? largest * model::minutesPer(unit) : 0;
    if (minutes <= 120)
        return { model::minutesPer(unit), C::translate("ChartAxes", "minutes") };
    if (minutes <= 2 * 1440)
        return { model::minutesPer(unit) / 60, C::translate("ChartAxes", "hours") };
    return { model::minutesPer(unit) / 1440, C::translate("ChartAxes", "days") };
}

QValueAxis *valueAxis(double largest, const QString &title, int intervals, double from)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    const double top = std::isfinite(largest) && largest > from ? largest : from + 1;
    const double step = model::roundStep((top - from) / intervals);
    const double first = std::floor(from / step + 1e-9) * step;
    const int steps = std::max(1, int(std::ceil((top - first) / step - 1e-9)));
    axis->setRange(first, first + step * steps);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(first);
    axis->setTickInterval(step);
    // As many decimals as the step needs: 0.25 → two, 2.5 → one, 5 → none.
    int decimals = 0;
    while (decimals < 3 && std::abs(step * std::pow(10, decimals) - std::round(step * std::pow(10, decimals))) > 1e-9)
        ++decimals;
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    axis->setMinorTickCount(0);
    return axis;
}

QString clockText(int hour)
{
    return QStringLiteral("%1:00").arg(hour % 25, 2, 10, QLatin1Char('0'));
}

QString hourSpan(int hour)
{
    return QCoreApplication::translate("ChartAxes", "%1–%2").arg(clockText(hour), clockText(hour + 1));
}

QValueAxis *hourAxis(const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, 24);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(3);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%02d:00")); // whole hours: Qt Charts formats %d as an integer
    return axis;
}

} // namespace oi::editor::results
