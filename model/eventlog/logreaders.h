// SPDX-License-Identifier: GPL-3.0-or-later
// The two readers behind readEventLog(), on an open device.
#pragma once

#include "model/eventlog/eventlog.h"

#include <QIODevice>

#include <string_view>

namespace oi::model::eventlog {

EventLog readCsvLog(QIODevice *device, const ReadOptions &options, ReadReport *report, const ReadControl &control);
EventLog readXesLog(QIODevice *device, const ReadOptions &options, ReadReport *report, const ReadControl &control);

/** "complete", "start", "ate_abort", ... as the draft uses them (empty: complete). */
Lifecycle lifecycleFromText(std::string_view text);

/** A number as exported (a decimal comma accepted when there is no point); NaN when empty. */
bool parseNumber(std::string_view text, double *value);

} // namespace oi::model::eventlog
