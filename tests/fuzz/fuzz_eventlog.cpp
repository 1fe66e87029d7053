// SPDX-License-Identifier: GPL-3.0-or-later
// The event-log readers on arbitrary bytes (the first byte picks CSV or XES, the rest is the file):
// a log or an error naming the place, within the readers' caps; a log that was read drafts a
// project that validates, saves and reads back — what import-log and the studio's import promise.
#include "fuzzcheck.h"

#include "model/eventlog/draft.h"
#include "model/eventlog/eventlog.h"

#include <QBuffer>

using namespace oi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool xes = (data[0] & 1) != 0;
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    model::eventlog::ReadOptions options;
    // Small caps keep each input fast; the caps themselves are what is being tried.
    options.maxLineBytes = 4096;
    options.maxBadRows = 50;
    options.maxEvents = 20'000;
    options.maxActivities = 200;
    model::eventlog::ReadReport report;
    const model::eventlog::EventLog log = model::eventlog::readEventLog(
        &device, xes ? QStringLiteral("fuzz.xes") : QStringLiteral("fuzz.csv"), options, &report);
    if (!report.ok()) {
        if (report.error.isEmpty())
            fuzz::fail("a refused log has no error");
        return 0;
    }
    if (log.events.empty())
        fuzz::fail("an accepted log has no events");
    model::eventlog::DraftOptions draftOptions;
    draftOptions.source = QStringLiteral("fuzz.csv");
    const model::eventlog::Draft draft = model::eventlog::draftFromLog(log, draftOptions);
    const model::Problems problems = model::validate(draft.project);
    if (model::hasErrors(problems))
        fuzz::fail("the draft of an accepted log does not validate", problems);
    fuzz::checkSavesAndReadsBack(draft.project);
    return 0;
}
