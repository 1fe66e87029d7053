// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/eventlog/eventlog.h"
#include "model/eventlog/eventlogtext.h"
#include "model/eventlog/logreaders.h"

#include <QFile>
#include <QFileInfo>

#include <charconv>
#include <cmath>
#include <string>

namespace oi::model::eventlog {

namespace {

bool equalsFolded(std::string_view text, std::string_view lower)
{
    if (text.size() != lower.size())
        return false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i] >= 'A' && text[i] <= 'Z' ? char(text[i] - 'A' + 'a') : text[i];
        if (c != lower[i])
            return false;
    }
    return true;
}

} // namespace

Lifecycle lifecycleFromText(std::string_view text)
{
    if (text.empty())
        return Lifecycle::Complete;
    for (const char *c : { "complete", "completed", "end", "finish", "finished", "done" })
        if (equalsFolded(text, c))
            return Lifecycle::Complete;
    for (const char *s : { "start", "started", "begin" })
        if (equalsFolded(text, s))
            return Lifecycle::Start;
    // XES's own abort transitions, and the words ticketing and call-centre exports use.
    for (const char *a : { "ate_abort", "pi_abort", "withdraw", "abort", "aborted", "cancel", "cancelled", "canceled",
             "abandon", "abandoned" })
        if (equalsFolded(text, a))
            return Lifecycle::Abort;
    return Lifecycle::Other;
}

bool parseNumber(std::string_view text, double *value)
{
    if (text.empty()) {
        *value = std::nan("");
        return true;
    }
    std::string s(text);
    if (s.find('.') == std::string::npos) {
        const size_t comma = s.find(',');
        if (comma != std::string::npos && s.find(',', comma + 1) == std::string::npos)
            s[comma] = '.';
    }
    const char *begin = s.data() + (s.front() == '+' ? 1 : 0);
    const auto [end, ec] = std::from_chars(begin, s.data() + s.size(), *value);
    return ec == std::errc() && end == s.data() + s.size() && std::isfinite(*value);
}

EventLog readEventLog(
    const QString &fileName, const ReadOptions &options, ReadReport *report, const ReadControl &control)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *report = ReadReport();
        report->error = EventLogText::tr("Cannot read %1: %2.").arg(fileName, file.errorString());
        return {};
    }
    return readEventLog(&file, fileName, options, report, control);
}

EventLog readEventLog(QIODevice *device, const QString &fileName, const ReadOptions &options, ReadReport *report,
    const ReadControl &control)
{
    *report = ReadReport();
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("gz") || suffix == QLatin1String("zip")) {
        report->error = EventLogText::tr("%1 is compressed; unpack it and import the .csv or .xes inside.")
                            .arg(QFileInfo(fileName).fileName());
        return {};
    }
    // XML starts with '<' after any byte order mark and blank space; CSV never does.
    QByteArray head = device->peek(512);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    const bool xml = suffix == QLatin1String("xes") || head.trimmed().startsWith('<');
    EventLog log = xml ? readXesLog(device, options, report, control) : readCsvLog(device, options, report, control);
    if (!report->ok())
        return {};
    if (log.events.empty())
        report->error = report->rows == 0 ? EventLogText::tr("The log holds no events.")
                                          : EventLogText::tr("No row of the log could be read as an event.");
    return log;
}

} // namespace oi::model::eventlog
