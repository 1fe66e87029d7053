// SPDX-License-Identifier: GPL-3.0-or-later
// oi-bench-eventlog [EVENTS] [--xes] [--write FILE]: writes a CSV (or XES) log of the known service desk
// with about EVENTS events (default 1 000 000) to a temporary file, then imports it as outsidein-cli
// import-log does — read, discover, fit, draft — and prints the wall time of each part and the peak
// memory of the import (VmHWM, reset after the log was written). The target: under 10 s and 1 GB.
// --write FILE only writes the log there (to time `outsidein-cli import-log FILE` itself).
#include "logfactory.h"

#include "model/eventlog/draft.h"
#include "model/eventlog/eventlog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>

namespace {

long statusKb(const char *field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(field, 0) == 0)
            return std::stol(line.substr(std::strlen(field) + 1));
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool xes = args.contains(QStringLiteral("--xes"));
    const qsizetype write = args.indexOf(QStringLiteral("--write"));
    long long events = 1'000'000;
    for (qsizetype i = 1; i < args.size(); ++i)
        if (!args[i].startsWith(u'-') && i != write + 1)
            events = args[i].toLongLong();

    oi::test::KnownProcess known;
    known.meanPatience = 60;
    known.cases = int(double(events) / 3.8); // 1 + 1/0.7 assessments + 0.3/0.7 reworks + 1 a case, less who leave
    QTemporaryDir dir;
    const QString fileName = write > 0 ? args.value(write + 1)
                                       : dir.filePath(xes ? QStringLiteral("bench.xes") : QStringLiteral("bench.csv"));
    {
        const auto rows = oi::test::generateLog(known);
        const QByteArray data = xes ? oi::test::xesLog(rows) : oi::test::csvLog(rows);
        QFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(fileName));
            return 1;
        }
        std::printf("log: %zu rows, %.1f MB of %s\n", rows.size(), double(data.size()) / 1e6, xes ? "XES" : "CSV");
    }
    if (write > 0)
        return 0;
    // The peak from here on is the import's alone.
    if (FILE *clear = std::fopen("/proc/self/clear_refs", "w")) {
        std::fputs("5", clear);
        std::fclose(clear);
    }
    const long before = statusKb("VmRSS:");

    QElapsedTimer timer;
    timer.start();
    oi::model::eventlog::ReadReport report;
    const oi::model::eventlog::EventLog log = oi::model::eventlog::readEventLog(fileName, {}, &report);
    const double readSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!report.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error));
        return 1;
    }
    timer.restart();
    oi::model::eventlog::DraftOptions options;
    options.source = QStringLiteral("bench");
    const oi::model::eventlog::Draft draft = oi::model::eventlog::draftFromLog(log, options);
    const double draftSeconds = double(timer.nsecsElapsed()) / 1e9;
    const long peak = statusKb("VmHWM:");

    std::printf("import: %zu events of %lld cases, %lld bad rows\n", log.events.size(), qlonglong(log.caseIds.size()),
        qlonglong(report.badRows));
    std::printf("read   %6.2f s  (%.2f M events/s)\n", readSeconds, double(log.events.size()) / readSeconds / 1e6);
    std::printf("draft  %6.2f s  (discovery, fits of %zu tasks, arrivals, staffing, journey)\n", draftSeconds,
        draft.fits.size());
    std::printf("total  %6.2f s  (target 10 s)\n", readSeconds + draftSeconds);
    std::printf("peak memory of the import %.0f MB (VmHWM %ld kB, %ld kB before; target 1 GB)\n", double(peak) / 1024.0,
        peak, before);
    return readSeconds + draftSeconds < 10 && peak < 1024 * 1024 ? 0 : 2;
}
