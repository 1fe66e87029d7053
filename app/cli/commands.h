// SPDX-License-Identifier: GPL-3.0-or-later
// The headless CLI's subcommands. Each one lives in its own file (<name>command.cpp), parses its
// own arguments with QCommandLineParser and returns the process exit code:
// 0 success, 1 the input has errors (validation, simulation guard), 2 usage or I/O error.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace oi::app::cli {

/** `arguments` starts with the subcommand name itself (like argv without the program name). */
using Command = int (*)(const QStringList &arguments, QTextStream &out, QTextStream &err);

int runValidate(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runCompare(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runAdvise(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runConvert(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runSimulate(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runImportBpmn(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runImportLog(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runRename(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runMerge(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runTrace(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace oi::app::cli
