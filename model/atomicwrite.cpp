// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/atomicwrite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace oi::model {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AtomicWrite", text);
}
/** After a rename, the directory entry too must reach the disk, or a crash can undo the rename. */
void syncDirectoryOf(const QString &fileName)
{
#ifdef Q_OS_UNIX
    const QByteArray dir = QFile::encodeName(QFileInfo(fileName).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(fileName)
#endif
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/**
 * Why no temporary file could be made beside `target`: QTemporaryFile says "No such file or
 * directory" for a name the file system finds too long, which sends the user looking for a folder.
 */
QString whyNoTemporary(const QFileInfo &target, const QString &temporaryName, const QString &fallback)
{
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return tr("the folder %1 does not exist").arg(folder.filePath());
#ifdef Q_OS_UNIX
    const long longest = ::pathconf(QFile::encodeName(folder.filePath()).constData(), _PC_NAME_MAX);
    if (longest > 0 && QFile::encodeName(temporaryName).size() > longest)
        return tr("the file name is too long for this folder (at most %1 bytes, and a save needs %2 more for "
                  "its temporary copy)")
            .arg(longest)
            .arg(temporaryName.size() - target.fileName().size());
#else
    Q_UNUSED(temporaryName)
#endif
    return fallback;
}
} // namespace

bool writeFileAtomically(const QString &fileName, const QByteArray &data, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("%1: cannot write: %2").arg(fileName, file.errorString()));
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(error, tr("%1: cannot write: %2").arg(fileName, reason));
    }
    if (!file.commit())
        return fail(error, tr("%1: cannot write: %2").arg(fileName, file.errorString()));
    syncDirectoryOf(fileName);
    return true;
}

bool writeThroughTemporaryFile(const QString &fileName,
    const std::function<bool(const QString &temporaryName, QString *error)> &write, QString *error)
{
    const QFileInfo target(fileName);
    const QString temporaryName = QStringLiteral(".") + target.fileName() + QStringLiteral(".XXXXXX");
    QTemporaryFile temporary(target.absolutePath() + u'/' + temporaryName);
    if (!temporary.open())
        return fail(error,
            tr("%1: cannot write: %2").arg(fileName, whyNoTemporary(target, temporaryName, temporary.errorString())));
    // On Linux the file is made unnamed (O_TMPFILE) and named only here: a name the folder cannot
    // hold fails now, as an empty name (which SQLite would take for a private scratch database).
    const QString written = temporary.fileName();
    if (written.isEmpty())
        return fail(error,
            tr("%1: cannot write: %2")
                .arg(fileName, whyNoTemporary(target, temporaryName, tr("cannot name the temporary copy"))));
    temporary.close();
    if (!write(written, error))
        return false; // QTemporaryFile removes what was written
    // rename(2) replaces the target in one step; QFile::rename refuses an existing target.
    if (std::rename(QFile::encodeName(written).constData(), QFile::encodeName(fileName).constData()) != 0)
        return fail(error, tr("%1: cannot write: %2").arg(fileName, QString::fromLocal8Bit(std::strerror(errno))));
    temporary.setAutoRemove(false);
    syncDirectoryOf(fileName);
    return true;
}

} // namespace oi::model
