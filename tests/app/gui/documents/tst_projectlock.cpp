// SPDX-License-Identifier: GPL-3.0-or-later
// Two studios on one project: the first locks the file, a second opens it read-only and never
// saves over it (nor touches the first one's recovery copy); a lock left by a crashed studio is
// taken over. Two DocumentManagers in one process meet the same lock as two processes do
// (tst_crashrecovery runs real processes).
#include "support/isolatedsettings.h"

#include "app/gui/documents/autosaver.h"
#include "app/gui/documents/documentmanager.h"
#include "app/gui/documents/projectlock.h"

#include "editor/commands/entitycommands.h"
#include "editor/document/document.h"
#include "model/projectio.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace oi;
using Access = app::DocumentManager::Access;

namespace {
QByteArray readAll(const QString &fileName)
{
    QFile f(fileName);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void rename(editor::Document *doc, const QString &name)
{
    doc->undoStack()->push(new editor::SetProjectName(doc, { QStringLiteral("project") }, name));
}
} // namespace

class TestProjectLock : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    QString mFile;

private slots:
    void initTestCase() { test::isolateSettings("tst_projectlock"); }

    void init()
    {
        mFile = mDir.filePath(QStringLiteral("client.oistudio"));
        QFile::remove(mFile);
        QFile::remove(app::ProjectLock::lockFileName(mFile)); // what a test planted
        model::Project project;
        project.name = QStringLiteral("Client");
        QString error;
        QVERIFY2(model::writeProject(project, mFile, &error), qPrintable(error));
    }

    void aSecondInstanceOpensReadOnlyAndNeverSavesOver()
    {
        app::DocumentManager first;
        QVERIFY(first.open(mFile, nullptr));
        QVERIFY(QFile::exists(app::ProjectLock::lockFileName(mFile)));
        QVERIFY(first.otherInstanceHolding(mFile).isEmpty()); // its own lock is no other's

        app::DocumentManager second;
        const QString holder = second.otherInstanceHolding(mFile);
        QVERIFY2(holder.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(holder));
        model::Problems problems;
        QVERIFY(!second.open(mFile, &problems)); // not for writing
        QVERIFY(!problems.empty() && problems.front().message.contains(holder));
        QVERIFY(second.open(mFile, &problems, Access::ReadOnly));
        QVERIFY(second.isReadOnly());

        // The second one edits, autosaves and saves: never over the file, nor over the first's copy.
        rename(first.document(), QStringLiteral("First's work"));
        QVERIFY(first.autosaver()->saveNow());
        const QString firstsCopy = first.autosaver()->recoveryPathFor(mFile);
        const QByteArray copyBefore = readAll(firstsCopy);
        QVERIFY(copyBefore.contains("First's work"));
        rename(second.document(), QStringLiteral("Second's work"));
        QVERIFY(second.autosaver()->saveNow());
        QCOMPARE(readAll(firstsCopy), copyBefore);
        const QByteArray fileBefore = readAll(mFile);
        QString error;
        QVERIFY(!second.save(mFile, &error));
        QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
        QCOMPARE(readAll(mFile), fileBefore);
        QVERIFY(second.document()->isModified());

        // Save As elsewhere is fine, and the copy is the second's own to drop; not onto a held file.
        const QString elsewhere = mDir.filePath(QStringLiteral("second.oistudio"));
        QVERIFY2(second.save(elsewhere, &error), qPrintable(error));
        QVERIFY(!second.isReadOnly());
        QCOMPARE(readAll(firstsCopy), copyBefore);
        QVERIFY(!first.save(elsewhere, &error)); // the second holds that one now
        QVERIFY2(error.contains(QLatin1String("second.oistudio")), qPrintable(error));

        // Switching documents drops the second's recovery copy, never the first's.
        second.newProject();
        QCOMPARE(readAll(firstsCopy), copyBefore);
        QVERIFY(first.save(mFile, &error));
        QVERIFY(!QFile::exists(firstsCopy));
    }

    void theLockGoesWithTheDocument()
    {
        {
            app::DocumentManager first;
            QVERIFY(first.open(mFile, nullptr));
            QVERIFY(first.open(mFile, nullptr)); // opening it again keeps its own lock
            first.newProject();
            QVERIFY(!QFile::exists(app::ProjectLock::lockFileName(mFile)));
            QVERIFY(first.open(mFile, nullptr));
        }
        QVERIFY(!QFile::exists(app::ProjectLock::lockFileName(mFile)));
        app::DocumentManager next;
        QVERIFY(next.open(mFile, nullptr));
        QVERIFY(!next.isReadOnly());
    }

    void aCrashedStudiosLockIsTakenOver()
    {
        // What a studio killed while the file was open leaves: its process (here one that never
        // ran: its id is past what the system hands out) is gone, so the lock is stale, however young.
        QFile lock(app::ProjectLock::lockFileName(mFile));
        QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lock.write("4194302\nOutside-In Studio\n" + QSysInfo::machineHostName().toUtf8() + '\n');
        lock.close();
        app::DocumentManager manager;
        QVERIFY(manager.otherInstanceHolding(mFile).isEmpty());
        QVERIFY(manager.open(mFile, nullptr));
        QVERIFY(!manager.isReadOnly());
    }

    // A studio on another machine (a shared folder) cannot be asked whether it runs: its lock counts
    // while it is renewed, and one not renewed for half an hour is taken over.
    void anotherMachinesLockCountsWhileRenewed()
    {
        const QString lockFile = app::ProjectLock::lockFileName(mFile);
        auto plant = [&](qint64 ageSeconds) {
            QFile lock(lockFile);
            QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
            lock.write("4711\nOutside-In Studio\nanother-machine-on-the-share\n");
            QVERIFY(lock.flush()); // or closing it writes, and makes it new again
            QVERIFY(
                lock.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds), QFileDevice::FileModificationTime));
        };
        plant(60);
        app::DocumentManager manager;
        QVERIFY(manager.otherInstanceHolding(mFile).contains(QLatin1String("another-machine-on-the-share")));
        QVERIFY(!manager.open(mFile, nullptr));
        plant(app::ProjectLock::kForeignStaleSeconds + 60);
        QVERIFY(manager.otherInstanceHolding(mFile).isEmpty());
        QVERIFY(manager.open(mFile, nullptr));
        QVERIFY(!manager.isReadOnly());
    }

    void theHolderRenewsItsLock()
    {
        app::ProjectLock lock;
        QCOMPARE(lock.acquire(mFile), app::ProjectLock::Result::Locked);
        const QString lockFile = app::ProjectLock::lockFileName(mFile);
        {
            QFile f(lockFile);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        }
        lock.renew();
        QVERIFY(QFileInfo(lockFile).lastModified().secsTo(QDateTime::currentDateTime()) < 60);
    }
};

QTEST_MAIN(TestProjectLock)
#include "tst_projectlock.moc"
