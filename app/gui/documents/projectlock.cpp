// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/documents/projectlock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

namespace oi::app {

namespace {
// A class scope so lupdate files these strings under "ProjectLock".
struct ProjectLockText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLock)
};

std::unique_ptr<QLockFile> lockFor(const QString &fileName)
{
    auto lock = std::make_unique<QLockFile>(ProjectLock::lockFileName(fileName));
    lock->setStaleLockTime(0); // on this machine stale only when its process is gone, never by age
    return lock;
}

/** A lock held on another machine and not renewed for kForeignStaleSeconds: its studio is gone. */
bool isAbandonedElsewhere(QLockFile &lock, const QString &lockFile)
{
    qint64 pid = 0;
    QString host;
    QString program;
    if (!lock.getLockInfo(&pid, &host, &program) || host.isEmpty() || host == QSysInfo::machineHostName())
        return false;
    const QDateTime renewed = QFileInfo(lockFile).lastModified();
    return renewed.isValid() && renewed.secsTo(QDateTime::currentDateTime()) > ProjectLock::kForeignStaleSeconds;
}
} // namespace

ProjectLock::ProjectLock() = default;
ProjectLock::~ProjectLock() = default;

QString ProjectLock::lockFileName(const QString &fileName)
{
    const QFileInfo file(fileName);
    return file.absolutePath() + QStringLiteral("/.") + file.fileName() + QStringLiteral(".lock");
}

ProjectLock::Result ProjectLock::acquire(const QString &fileName)
{
    const QString absolute = QFileInfo(fileName).absoluteFilePath();
    if (mLock && mFileName == absolute)
        return Result::Locked;
    release();
    auto lock = lockFor(absolute);
    bool locked = lock->tryLock(0);
    if (!locked && lock->error() == QLockFile::LockFailedError && isAbandonedElsewhere(*lock, lockFileName(absolute)))
        locked = lock->removeStaleLockFile() && lock->tryLock(0);
    if (locked) {
        mLock = std::move(lock);
        mFileName = absolute;
        return Result::Locked;
    }
    return lock->error() == QLockFile::LockFailedError ? Result::HeldElsewhere : Result::Unavailable;
}

void ProjectLock::release()
{
    mLock.reset(); // unlocks
    mFileName.clear();
}

void ProjectLock::renew()
{
    if (!mLock)
        return;
    QFile file(lockFileName(mFileName));
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime);
}

QString ProjectLock::holder(const QString &fileName)
{
    auto lock = lockFor(fileName);
    if (lock->tryLock(0)) {
        lock->unlock();
        return {};
    }
    if (lock->error() != QLockFile::LockFailedError || isAbandonedElsewhere(*lock, lockFileName(fileName)))
        return {};
    qint64 pid = 0;
    QString host;
    QString program;
    if (!lock->getLockInfo(&pid, &host, &program))
        return ProjectLockText::tr("another Outside-In Studio");
    return ProjectLockText::tr("%1 (process %2 on %3)")
        .arg(program.isEmpty() ? QStringLiteral("?") : program)
        .arg(pid)
        .arg(host);
}

} // namespace oi::app
