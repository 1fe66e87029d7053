// SPDX-License-Identifier: GPL-3.0-or-later
// What the dashboard's chart builders share for their words: one translation context for every
// chart ("ResultsCharts"), and the two conversions every chart's texts use.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cmath>
#include <string>

namespace oi::editor::results {

struct ResultsCharts
{
    Q_DECLARE_TR_FUNCTIONS(ResultsCharts)
};

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

/** `v` with `decimals` places; empty for no value (NaN, infinity). */
inline QString number(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QString();
}

} // namespace oi::editor::results
