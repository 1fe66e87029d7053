// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/eventlog/timestamps.h"

#include "model/eventlog/timeparts.h"

#include <array>
#include <cmath>

namespace oi::model::eventlog {

namespace {

using namespace detail;

std::optional<WrittenTime> parseIso(std::string_view text)
{
    Cursor c { text };
    int y = 0, m = 0, d = 0;
    if (!c.digits(4, 4, &y) || !c.eat('-') || !c.digits(2, 2, &m) || !c.eat('-') || !c.digits(2, 2, &d))
        return std::nullopt;
    Clock clock;
    if (!c.done()) {
        if (!(c.eat('T') || c.eat('t') || c.eat(' ')) || !readClock(c, 2, &clock))
            return std::nullopt;
    }
    WrittenTime t;
    if (c.eat('Z') || c.eat('z')) {
        t.offsetMinutes = 0;
    } else if (c.peek() == '+' || c.peek() == '-') {
        const int sign = c.peek() == '-' ? -1 : 1;
        ++c.i;
        int hh = 0, mm = 0;
        if (!c.digits(2, 2, &hh))
            return std::nullopt;
        c.eat(':');
        if (!c.done() && !c.digits(2, 2, &mm))
            return std::nullopt;
        if (hh > 14 || mm > 59)
            return std::nullopt;
        t.offsetMinutes = sign * (hh * 60 + mm);
    }
    if (!c.done())
        return std::nullopt;
    const auto wall = wallClock(y, m, d, clock);
    if (!wall)
        return std::nullopt;
    t.wallClock = *wall;
    return t;
}

// d/M/yyyy or M/d/yyyy (also with '.' or '-'), then an optional clock.
std::optional<WrittenTime> parseNumericDate(std::string_view text, bool dayFirst)
{
    Cursor c { text };
    int a = 0, b = 0, y = 0;
    if (!c.digits(1, 2, &a))
        return std::nullopt;
    const char sep = c.peek();
    if (sep != '/' && sep != '.' && sep != '-')
        return std::nullopt;
    ++c.i;
    if (!c.digits(1, 2, &b) || !c.eat(sep) || !c.digits(4, 4, &y))
        return std::nullopt;
    Clock clock;
    if (!c.done()) {
        if (!(c.eat(' ') || c.eat('T')) || !readClock(c, 1, &clock))
            return std::nullopt;
    }
    if (!c.done())
        return std::nullopt;
    const auto wall = dayFirst ? wallClock(y, b, a, clock) : wallClock(y, a, b, clock);
    if (!wall)
        return std::nullopt;
    return WrittenTime { *wall, std::nullopt };
}

std::optional<WrittenTime> parseEpoch(std::string_view text, bool millis)
{
    if (text.empty() || text.size() > 20)
        return std::nullopt;
    double value = 0;
    bool point = false, any = false;
    double scale = 1;
    for (const char ch : text) {
        if (ch == '.' && !point) {
            point = true;
        } else if (ch >= '0' && ch <= '9') {
            any = true;
            if (point) {
                scale /= 10;
                value += (ch - '0') * scale;
            } else {
                value = value * 10 + (ch - '0');
            }
        } else {
            return std::nullopt;
        }
    }
    // Seconds from 1973 to 5138, milliseconds from 1973 to 5138: a column of small numbers is no time.
    const double low = millis ? 1e11 : 1e8, high = millis ? 1e14 : 1e11;
    if (!any || value < low || value >= high)
        return std::nullopt;
    return WrittenTime { Instant(std::llround(millis ? value : value * 1000)), 0 };
}

} // namespace

std::optional<qint64> daysFromCivil(int year, int month, int day)
{
    static constexpr std::array<int, 12> kDays { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month < 1 || month > 12 || day < 1)
        return std::nullopt;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > kDays[size_t(month - 1)] + (month == 2 && leap ? 1 : 0))
        return std::nullopt;
    // Howard Hinnant's days_from_civil.
    const int y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(month + (month > 2 ? -3 : 9)) + 2) / 5 + unsigned(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

TimeFormat::TimeFormat(Kind kind)
    : mKind(kind)
{
    switch (kind) {
    case Kind::Iso: mName = QStringLiteral("ISO 8601"); break;
    case Kind::DayFirst: mName = QStringLiteral("dd/MM/yyyy HH:mm"); break;
    case Kind::MonthFirst: mName = QStringLiteral("MM/dd/yyyy HH:mm"); break;
    case Kind::EpochSeconds: mName = QStringLiteral("epoch"); break;
    case Kind::EpochMillis: mName = QStringLiteral("epoch-ms"); break;
    case Kind::Pattern:
    case Kind::Qt: break;
    }
}

std::optional<TimeFormat> TimeFormat::detect(const std::vector<QByteArray> &samples, bool *ambiguous)
{
    if (ambiguous)
        *ambiguous = false;
    if (samples.empty())
        return std::nullopt;
    const Kind kinds[] = { Kind::Iso, Kind::DayFirst, Kind::MonthFirst, Kind::EpochSeconds, Kind::EpochMillis };
    std::array<size_t, 5> read {};
    size_t chosenAt = 0;
    for (size_t k = 0; k < read.size(); ++k) {
        const TimeFormat f(kinds[k]);
        for (const QByteArray &s : samples)
            read[k] += f.parse(std::string_view(s.constData(), size_t(s.size()))) ? 1 : 0;
        if (read[k] > read[chosenAt])
            chosenAt = k;
    }
    const size_t best = read[chosenAt];
    if (ambiguous)
        *ambiguous = kinds[chosenAt] == Kind::DayFirst && read[2] == read[1];
    std::optional<TimeFormat> chosen;
    if (best > 0)
        chosen = TimeFormat(kinds[chosenAt]);
    // A few bad rows among the first must not hide the format; most values must read.
    if (!chosen || best * 2 < samples.size())
        return std::nullopt;
    chosen->nameFrom(samples);
    return chosen;
}

void TimeFormat::nameFrom(const std::vector<QByteArray> &samples)
{
    if (mKind != Kind::Iso && mKind != Kind::DayFirst && mKind != Kind::MonthFirst)
        return;
    int withSeconds = 0, withoutSeconds = 0, dateOnly = 0, spaced = 0;
    char sep = '/';
    for (const QByteArray &s : samples) {
        if (!parse(std::string_view(s.constData(), size_t(s.size()))))
            continue;
        const qsizetype colon = s.indexOf(':');
        if (colon < 0) {
            ++dateOnly;
        } else {
            (s.indexOf(':', colon + 1) > 0 ? withSeconds : withoutSeconds) += 1;
            spaced += s.contains(' ') ? 1 : 0;
        }
        if (mKind != Kind::Iso && s.size() > 2)
            sep = s.at(s.at(1) >= '0' && s.at(1) <= '9' ? 2 : 1);
    }
    const bool clock = withSeconds + withoutSeconds > 0;
    QString time = !withoutSeconds ? QStringLiteral("HH:mm:ss")
        : withSeconds              ? QStringLiteral("HH:mm[:ss]")
                                   : QStringLiteral("HH:mm");
    if (mKind == Kind::Iso) {
        // Values with zones or a 'T' are ISO 8601; a plain "yyyy-MM-dd HH:mm:ss" is named as written.
        bool zoned = false;
        for (const QByteArray &s : samples)
            zoned = zoned || s.contains('T') || s.endsWith('Z')
                || (s.size() > 19 && (s.contains('+') || s.count('-') > 2));
        mName = !zoned && clock && spaced == withSeconds + withoutSeconds ? QStringLiteral("yyyy-MM-dd ") + time
            : clock || dateOnly == 0                                      ? QStringLiteral("ISO 8601")
                                                                          : QStringLiteral("yyyy-MM-dd");
        return;
    }
    const QString s(QChar::fromLatin1(sep));
    const QString date = mKind == Kind::DayFirst
        ? QString(QStringLiteral("dd") + s + QStringLiteral("MM") + s + QStringLiteral("yyyy"))
        : QString(QStringLiteral("MM") + s + QStringLiteral("dd") + s + QStringLiteral("yyyy"));
    if (!clock)
        mName = date;
    else if (dateOnly)
        mName = date + QStringLiteral("[ ") + time + u']';
    else
        mName = date + u' ' + time;
}

std::optional<WrittenTime> TimeFormat::parse(std::string_view text) const
{
    switch (mKind) {
    case Kind::Iso: return parseIso(text);
    case Kind::DayFirst: return parseNumericDate(text, true);
    case Kind::MonthFirst: return parseNumericDate(text, false);
    case Kind::EpochSeconds: return parseEpoch(text, false);
    case Kind::EpochMillis: return parseEpoch(text, true);
    case Kind::Pattern: return parsePattern(text);
    case Kind::Qt: return parseQt(text);
    }
    return std::nullopt;
}

} // namespace oi::model::eventlog
