// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/humanunits.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace oi::model {

namespace {
struct HumanUnits
{
    Q_DECLARE_TR_FUNCTIONS(HumanUnits)
};

std::atomic<DurationDisplay> gDisplay { DurationDisplay::Automatic };

QString oneDecimal(double v)
{
    // 48.9, 12, 1.1: no trailing ".0", and whole numbers from 100 up; the decimal sign is the language's.
    if (std::abs(v) >= 100)
        return QString::number(std::lround(v));
    const double rounded = std::round(v * 10) / 10;
    return rounded == std::floor(rounded) ? QString::number(qlonglong(rounded)) : QLocale().toString(rounded, 'f', 1);
}
} // namespace

void setDurationDisplay(DurationDisplay display)
{
    gDisplay = display;
}

DurationDisplay durationDisplay()
{
    return gDisplay;
}

double minutesPer(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Minute: return 1;
    case TimeUnit::Hour: return 60;
    case TimeUnit::Day: return 1440;
    }
    return 1;
}

TimeUnit timeUnitFromName(const QString &name)
{
    if (name == QLatin1String("hour"))
        return TimeUnit::Hour;
    if (name == QLatin1String("day"))
        return TimeUnit::Day;
    return TimeUnit::Minute;
}

QString humanDuration(double value, TimeUnit unit)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    const double minutes = value * minutesPer(unit);
    switch (gDisplay.load()) {
    case DurationDisplay::Minutes: return HumanUnits::tr("%1 min").arg(oneDecimal(minutes));
    case DurationDisplay::Hours: return HumanUnits::tr("%1 h").arg(oneDecimal(minutes / 60));
    case DurationDisplay::Days: return HumanUnits::tr("%1 days").arg(oneDecimal(minutes / 1440));
    case DurationDisplay::Automatic: break;
    }
    const double a = std::abs(minutes);
    if (a < 1)
        return HumanUnits::tr("%1 s").arg(std::lround(minutes * 60));
    if (a < 60)
        return HumanUnits::tr("%1 min").arg(oneDecimal(minutes));
    if (a < 600) {
        // Under ten hours, hours and minutes read best: "3 h 20 min".
        const long total = std::lround(minutes);
        const long h = total / 60, m = std::labs(total % 60);
        return m == 0 ? HumanUnits::tr("%1 h").arg(h) : HumanUnits::tr("%1 h %2 min").arg(h).arg(m);
    }
    if (a < 2 * 1440)
        return HumanUnits::tr("%1 h").arg(oneDecimal(minutes / 60));
    return HumanUnits::tr("%1 days").arg(oneDecimal(minutes / 1440));
}

QString humanDuration(double mean, double ci95, int n, TimeUnit unit)
{
    if (n < 2 || !std::isfinite(ci95))
        return humanDuration(mean, unit);
    return HumanUnits::tr("%1 ± %2").arg(humanDuration(mean, unit), humanDuration(ci95, unit));
}

QString money(double amount, const QString &currency)
{
    const double whole = std::round(amount);
    const QString digits = QLocale().toString(std::abs(whole), 'f', 0);
    const QString sign = whole < 0 ? QStringLiteral("-") : QString();
    if (currency.isEmpty())
        return sign + digits;
    // A sign goes before the amount as people write it ("€310"); a code after it ("310 CHF").
    const bool code = std::all_of(currency.begin(), currency.end(), [](QChar c) { return c.isLetter(); });
    return code
        ? HumanUnits::tr("%1%2 %3", "amount with a currency code: sign, digits, code").arg(sign, digits, currency)
        : HumanUnits::tr("%1%2%3", "amount with a currency sign: minus, sign, digits").arg(sign, currency, digits);
}

QString percent(double share)
{
    if (!std::isfinite(share))
        return QStringLiteral("–");
    const long whole = std::lround(share * 100);
    if (whole == 0 && share > 0)
        return HumanUnits::tr("< 1 %");
    return HumanUnits::tr("%1 %").arg(whole);
}

QString wholeCount(double mean, double ci95, int n)
{
    if (!std::isfinite(mean))
        return QStringLiteral("–");
    if (n < 2 || !std::isfinite(ci95))
        return QString::number(std::lround(mean));
    return HumanUnits::tr("%1 ± %2").arg(std::lround(mean)).arg(std::lround(ci95));
}

QString humanRate(double perUnit, TimeUnit unit)
{
    if (!std::isfinite(perUnit))
        return QStringLiteral("–");
    const double perHour = perUnit * 60 / minutesPer(unit);
    if (perHour >= 10)
        return HumanUnits::tr("%1 per hour").arg(oneDecimal(perHour));
    return HumanUnits::tr("%1 per day").arg(oneDecimal(perHour * 24));
}

QString textTable(const QList<QStringList> &rows, const QString &indent)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], row.at(c).size());
        }
    QString t;
    for (const QStringList &row : rows) {
        QString line = indent;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 == row.size() ? row.at(c) : row.at(c).leftJustified(widths[c] + 2);
        while (line.endsWith(u' '))
            line.chop(1);
        t += line.trimmed().isEmpty() ? QString() : line + u'\n';
    }
    return t;
}

} // namespace oi::model
