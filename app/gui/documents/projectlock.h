// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QLockFile;
QT_END_NAMESPACE

namespace oi::app {

/**
 * Marks a project file as open in this studio instance: a lock file beside it (".NAME.lock",
 * holding the process id, host and program), so a second instance opening the file learns that
 * it is in use and opens it read-only, and only the holder ever saves to it. A lock left by a
 * studio that crashed on this machine (its process is gone) is stale and taken over at once. A
 * studio on another machine (a shared folder) cannot be asked whether it still runs: its holder
 * renews the lock every kRenewSeconds, and one not renewed for kForeignStaleSeconds is stale.
 */
class ProjectLock
{
public:
    ProjectLock();
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    /** How often the holder renews its lock, and when another machine's lock counts as left behind. */
    static constexpr int kRenewSeconds = 5 * 60;
    static constexpr int kForeignStaleSeconds = 30 * 60;

    enum class Result { Locked, HeldElsewhere, Unavailable };
    /**
     * Locks `fileName` (releasing any file held before). Unavailable: no lock file can be made
     * there (a read-only folder), and the file opens unlocked, as it could not be saved there anyway.
     */
    Result acquire(const QString &fileName);
    void release();
    /** Marks the lock as still in use (its file's modification time), for studios on other machines. */
    void renew();
    /** The file held, absolute; empty when none. */
    QString fileName() const { return mFileName; }

    /** Who else has `fileName` open, in words ("process 4711 on host"); empty when nobody does. */
    static QString holder(const QString &fileName);
    static QString lockFileName(const QString &fileName);

private:
    std::unique_ptr<QLockFile> mLock;
    QString mFileName;
};

} // namespace oi::app
