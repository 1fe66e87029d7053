// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/properties/clockspinbox.h"

#include <QRegularExpression>

#include <cmath>

namespace oi::editor {

int clockMinutes(double t, double day)
{
    return int(std::lround(t / day * 1440.0));
}

double clockTime(int minutes, double day)
{
    // Multiplied first, so whole minutes stay exact in minutes and half hours in hours.
    return minutes * day / 1440.0;
}

QString clockText(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> minutesFromClock(const QString &text)
{
    // Up to three digits of hours: a window of a weekly period may start at 150:00.
    static const QRegularExpression clock(QStringLiteral("^\\s*(\\d{1,3})(?::(\\d\\d))?\\s*$"));
    const QRegularExpressionMatch match = clock.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int minutes = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    if (minutes >= 60)
        return std::nullopt;
    return match.captured(1).toInt() * 60 + minutes;
}

ClockSpinBox::ClockSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
    setRange(0, 24 * 60);
    setSingleStep(15); // the arrows move by a quarter of an hour; any minute can be typed
}

QString ClockSpinBox::textFromValue(int value) const
{
    return clockText(value);
}

int ClockSpinBox::valueFromText(const QString &text) const
{
    return minutesFromClock(text).value_or(value());
}

QValidator::State ClockSpinBox::validate(QString &input, int &) const
{
    if (const std::optional<int> minutes = minutesFromClock(input))
        return *minutes >= minimum() && *minutes <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    // Half typed ("8:", "8:3") is fine while typing; the spin box puts the last good time back on leaving.
    static const QRegularExpression partial(QStringLiteral("^\\s*\\d{0,3}(:\\d?)?\\s*$"));
    return partial.match(input).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

} // namespace oi::editor
