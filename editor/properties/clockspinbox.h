// SPDX-License-Identifier: GPL-3.0-or-later
// Times of day as people read them ("08:30") over the project's time unit, whose day is 1440
// minutes, 24 hours or 1 day: scenario windows are stored in that unit and edited on a clock.
#pragma once

#include <QSpinBox>
#include <QString>

#include <optional>

namespace oi::editor {

/** Minutes since midnight of time `t` in a unit whose day is `day` units long, to the nearest minute. */
int clockMinutes(double t, double day);
/** The time, in a unit whose day is `day` units long, `minutes` after midnight. */
double clockTime(int minutes, double day);
/** "08:30"; past a day the hours go on ("30:00"), as in a window of a weekly period. */
QString clockText(int minutes);
/** "8:30", "08:30" or "8" as minutes since midnight; nullopt for anything else (60 minutes or more too). */
std::optional<int> minutesFromClock(const QString &text);

/**
 * A spin box of minutes since midnight, shown as hours:minutes. Unlike a QTimeEdit it reaches 24:00:
 * a window [from, to) often ends at the end of the day.
 */
class ClockSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit ClockSpinBox(QWidget *parent = nullptr);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &pos) const override;
};

} // namespace oi::editor
