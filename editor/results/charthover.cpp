// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/charthover.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QCursor>
#include <QToolTip>
#include <QXYSeries>

namespace oi::editor::results {

void hoverTexts(QBarSet *set, const QStringList &texts)
{
    QObject::connect(set, &QBarSet::hovered, set, [texts](bool status, int index) {
        if (status && index >= 0 && index < texts.size() && !texts.at(index).isEmpty())
            QToolTip::showText(QCursor::pos(), texts.at(index));
        else
            QToolTip::hideText();
    });
}

namespace {
void show(const QString &tip)
{
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), tip);
}
} // namespace

void hoverTexts(QXYSeries *series, const std::function<QString(const QPointF &)> &text)
{
    QObject::connect(series, &QXYSeries::hovered, series,
        [text](const QPointF &point, bool state) { show(state ? text(point) : QString()); });
}

void hoverTexts(QAreaSeries *series, const std::function<QString(const QPointF &)> &text)
{
    QObject::connect(series, &QAreaSeries::hovered, series,
        [text](const QPointF &point, bool state) { show(state ? text(point) : QString()); });
}

} // namespace oi::editor::results
