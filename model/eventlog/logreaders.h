// SPDX-License-Identifier: GPL-3.0-or-later
// The two readers behind readEventLog(), on an open device, and what they share with the feedback reader.
#pragma once

#include "model/eventlog/csvrecords.h"
#include "model/eventlog/eventlog.h"

#include <QIODevice>

#include <string_view>

namespace oi::model::eventlog {

EventLog readCsvLog(QIODevice *device, const ReadOptions &options, ReadReport *report, const ReadControl &control);
EventLog readXesLog(QIODevice *device, const ReadOptions &options, ReadReport *report, const ReadControl &control);

/** A column's name as compared: case folded, '_', '-' and runs of spaces as one space. */
QString foldedColumnName(const QString &name);

/** Why CSV records stopped (a line too long, a quote never closed, binary data...), as a sentence. */
QString csvRecordError(CsvRecords::Result result, qint64 line, qint64 maxBytes);

/** "complete", "start", "ate_abort", ... as the draft uses them (empty: complete). */
Lifecycle lifecycleFromText(std::string_view text);

/** A number as exported (a decimal comma accepted when there is no point); NaN when empty. */
bool parseNumber(std::string_view text, double *value);

} // namespace oi::model::eventlog
