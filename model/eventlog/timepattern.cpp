// SPDX-License-Identifier: GPL-3.0-or-later
// Times in a format a person gave, as Qt writes formats: numbers-only formats are parsed by hand,
// others (month names, AM/PM, zones) by QDateTime.
#include "model/eventlog/timeparts.h"
#include "model/eventlog/timestamps.h"

#include <QDateTime>

namespace oi::model::eventlog {

using namespace detail;

std::optional<TimeFormat> TimeFormat::fromText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("iso"), Qt::CaseInsensitive) == 0)
        return TimeFormat(Kind::Iso);
    if (t.compare(QLatin1String("epoch"), Qt::CaseInsensitive) == 0)
        return TimeFormat(Kind::EpochSeconds);
    if (t.compare(QLatin1String("epoch-ms"), Qt::CaseInsensitive) == 0)
        return TimeFormat(Kind::EpochMillis);

    TimeFormat f(Kind::Pattern);
    f.mName = t;
    f.mQtFormat = t;
    bool byHand = true, hasDate = false;
    const QByteArray bytes = t.toUtf8();
    for (qsizetype i = 0; i < bytes.size();) {
        const char c = bytes[i];
        if (c == '\'') { // quoted literal text; '' is a quote
            const qsizetype close = bytes.indexOf('\'', i + 1);
            Token lit;
            lit.literal
                = close == i + 1 ? QByteArray("'") : bytes.mid(i + 1, (close < 0 ? bytes.size() : close) - i - 1);
            f.mTokens.push_back(lit);
            i = close < 0 ? bytes.size() : close + 1;
            continue;
        }
        qsizetype run = 1;
        while (i + run < bytes.size() && bytes[i + run] == c)
            ++run;
        Token tok;
        tok.field = c == 'h' ? 'H' : c;
        switch (c) {
        case 'y':
            byHand = byHand && run == 4;
            tok.minDigits = tok.maxDigits = 4;
            hasDate = true;
            break;
        case 'M':
        case 'd':
            byHand = byHand && run <= 2;
            tok.minDigits = int(run);
            tok.maxDigits = 2;
            hasDate = true;
            break;
        case 'H':
        case 'h':
        case 'm':
        case 's':
            byHand = byHand && run <= 2;
            tok.minDigits = int(run);
            tok.maxDigits = 2;
            break;
        case 'z':
            byHand = byHand && (run == 1 || run == 3);
            tok.minDigits = run == 3 ? 3 : 1;
            tok.maxDigits = 3;
            break;
        case 'A':
        case 'a':
        case 't': byHand = false; break;
        default: tok.field = 0; tok.literal = bytes.mid(i, run);
        }
        f.mTokens.push_back(tok);
        i += run;
    }
    if (!hasDate)
        return std::nullopt;
    if (!byHand) {
        f.mKind = Kind::Qt;
        f.mTokens.clear();
    }
    return f;
}

std::optional<WrittenTime> TimeFormat::parsePattern(std::string_view text) const
{
    Cursor c { text };
    int year = 1970, month = 1, day = 1;
    Clock clock;
    for (const Token &t : mTokens) {
        if (!t.field) {
            if (text.substr(c.i, size_t(t.literal.size()))
                != std::string_view(t.literal.constData(), size_t(t.literal.size())))
                return std::nullopt;
            c.i += size_t(t.literal.size());
            continue;
        }
        int v = 0, count = 0;
        if (!c.digits(t.minDigits, t.maxDigits, &v, &count))
            return std::nullopt;
        switch (t.field) {
        case 'y': year = v; break;
        case 'M': month = v; break;
        case 'd': day = v; break;
        case 'H': clock.hour = v; break;
        case 'm': clock.minute = v; break;
        case 's': clock.second = v; break;
        case 'z': clock.millis = millisFromFraction(v, count); break;
        default: break;
        }
    }
    if (!c.done() || clock.hour > 23 || clock.minute > 59 || clock.second > 60)
        return std::nullopt;
    const auto wall = wallClock(year, month, day, clock);
    if (!wall)
        return std::nullopt;
    return WrittenTime { *wall, std::nullopt };
}

std::optional<WrittenTime> TimeFormat::parseQt(std::string_view text) const
{
    const QDateTime dt = QDateTime::fromString(QString::fromUtf8(text.data(), qsizetype(text.size())), mQtFormat);
    if (!dt.isValid())
        return std::nullopt;
    if (mQtFormat.contains(u't')) {
        const int offset = dt.offsetFromUtc();
        return WrittenTime { dt.toMSecsSinceEpoch() + qint64(offset) * 1000, offset / 60 };
    }
    const QDateTime wall(dt.date(), dt.time(), Qt::UTC);
    return WrittenTime { wall.toMSecsSinceEpoch(), std::nullopt };
}

} // namespace oi::model::eventlog
