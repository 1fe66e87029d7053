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
    QTemporaryFile temporary(
        target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX"));
    if (!temporary.open())
        return fail(error, tr("%1: cannot write: %2").arg(fileName, temporary.errorString()));
    const QString temporaryName = temporary.fileName();
    temporary.close();
    if (!write(temporaryName, error))
        return false; // QTemporaryFile removes what was written
    // rename(2) replaces the target in one step; QFile::rename refuses an existing target.
    if (std::rename(QFile::encodeName(temporaryName).constData(), QFile::encodeName(fileName).constData()) != 0)
        return fail(error, tr("%1: cannot write: %2").arg(fileName, QString::fromLocal8Bit(std::strerror(errno))));
    temporary.setAutoRemove(false);
    syncDirectoryOf(fileName);
    return true;
}

} // namespace oi::model
