// SPDX-License-Identifier: GPL-3.0-or-later
// How a log writes its times, detected from the first rows or given as a Qt date-time format, and
// parsed by hand: QDateTime::fromString takes microseconds a value, too slow for a million events.
#pragma once

#include "model/eventlog/eventlog.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string_view>
#include <vector>

namespace oi::model::eventlog {

/** A time as written: the wall clock it shows, and its offset from UTC when it names one. */
struct WrittenTime
{
    Instant wallClock = 0; // the written date and time read as if in UTC
    std::optional<int> offsetMinutes;

    /** The instant, taking `logOffsetMinutes` for a time that names no zone. */
    Instant instant(int logOffsetMinutes) const
    {
        return wallClock - qint64(offsetMinutes.value_or(logOffsetMinutes)) * 60'000;
    }
};

class TimeFormat
{
public:
    enum class Kind { Iso, DayFirst, MonthFirst, EpochSeconds, EpochMillis, Pattern, Qt };

    TimeFormat() = default;
    explicit TimeFormat(Kind kind);

    /**
     * From what a person typed: a Qt date-time format ("dd.MM.yyyy HH:mm"), or `iso`, `epoch`,
     * `epoch-ms`. Formats of numbers only are parsed by hand, others (month names, AP) by QDateTime.
     * Nullopt when `text` holds no date at all.
     */
    static std::optional<TimeFormat> fromText(const QString &text);

    /**
     * The format that reads every one of `samples` (non-empty values), in this order: ISO 8601 (with
     * or without zone, `T` or a space), dd/MM/yyyy, MM/dd/yyyy (chosen only when a first number is
     * above 12), epoch seconds, epoch milliseconds. Day first when nothing tells them apart, with
     * *ambiguous set. Nullopt when no format reads them all.
     */
    static std::optional<TimeFormat> detect(const std::vector<QByteArray> &samples, bool *ambiguous = nullptr);

    Kind kind() const { return mKind; }
    /** As people write it: "dd/MM/yyyy HH:mm", "ISO 8601", "epoch seconds". */
    QString name() const { return mName; }

    std::optional<WrittenTime> parse(std::string_view text) const;

private:
    struct Token
    {
        char field = 0; // y M d H m s z, or 0 for literal text
        int minDigits = 0;
        int maxDigits = 0;
        QByteArray literal;
    };
    void nameFrom(const std::vector<QByteArray> &samples);
    std::optional<WrittenTime> parsePattern(std::string_view text) const;
    std::optional<WrittenTime> parseQt(std::string_view text) const;

    Kind mKind = Kind::Iso;
    QString mName;
    QString mQtFormat;
    std::vector<Token> mTokens;
};

/** Days since 1970-01-01 of a proleptic Gregorian date; nullopt when the date does not exist. */
std::optional<qint64> daysFromCivil(int year, int month, int day);

} // namespace oi::model::eventlog
