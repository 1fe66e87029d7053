// SPDX-License-Identifier: GPL-3.0-or-later
// Every file the studio and the CLI write goes through here: the old file stays whole until the
// new one is complete on disk, so a crash or a full disk never leaves half a file behind.
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace oi::model {

/** Writes `data` to `fileName` atomically; false with `error` naming the file and the problem. */
bool writeFileAtomically(const QString &fileName, const QByteArray &data, QString *error);

/**
 * For writers that need a file name of their own (PDF printers, SQLite): `write` fills a
 * temporary file in the same folder, which then replaces `fileName` in one rename. The temporary
 * file is removed when `write` fails.
 */
bool writeThroughTemporaryFile(const QString &fileName,
    const std::function<bool(const QString &temporaryName, QString *error)> &write, QString *error);

} // namespace oi::model
