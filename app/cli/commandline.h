// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include "model/project.h"

#include <memory>
#include <optional>

namespace oi::app::cli {

/** The CLI's messages, translated in the "Cli" context. */
inline QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

/**
 * Parses a subcommand's `arguments` (which start with the subcommand's name). Returns the exit
 * code when the command is already finished — 0 after printing --help, 2 after a bad option —
 * or nothing when the command should go on.
 */
std::optional<int> parseArguments(
    QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err);

/** The parser's help with a usage line that names the subcommand ("outsidein-cli simulate [options] FILE"). */
QString helpText(const QCommandLineParser &parser, const QString &command);

/**
 * Reads and validates `file` for `command`, printing its errors on `err`. Null when the command
 * cannot run on it, with `*exitCode` 2 (unreadable) or 1 (the project has errors).
 */
std::unique_ptr<model::Project> loadValidProject(
    const QString &file, const QString &command, QTextStream &err, int *exitCode);

} // namespace oi::app::cli
