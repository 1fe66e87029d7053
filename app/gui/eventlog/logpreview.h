// SPDX-License-Identifier: GPL-3.0-or-later
// The first rows of a log read as the import would read them, so the mapping page can show the
// columns, what was recognised, the detected time format and the events as parsed, at once.
#pragma once

#include "model/eventlog/eventlog.h"

#include <QStringList>

namespace oi::app {

struct LogPreview
{
    bool xes = false;
    QStringList columns; // the CSV header; empty for XES
    model::eventlog::ColumnMapping recognised; // what the reader used (given or found by name)
    model::eventlog::ReadReport report;
    model::eventlog::EventLog log; // of the first rows only
};

/** Reads the head of `fileName` (about `lines` lines) with `options`. */
LogPreview previewLog(const QString &fileName, const model::eventlog::ReadOptions &options, int lines = 200);

/** Whether the file is read as XES (by its ending, or XML at its start). */
bool isXesFile(const QString &fileName);

} // namespace oi::app
