// SPDX-License-Identifier: GPL-3.0-or-later
// A save that fails (disk full, a name too long, a folder that is a file or read-only, a file another
// studio holds) says why, leaves the document unsaved and the file on disk byte for byte as it was,
// and leaves no temporary file behind — for both formats, through the studio's DocumentManager.
#include "support/isolatedsettings.h"

#include "app/gui/documents/documentmanager.h"

#include "editor/commands/entitycommands.h"
#include "editor/document/document.h"
#include "model/projectio.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace oi;

namespace {
QByteArray readAll(const QString &fileName)
{
    QFile f(fileName);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** The process sees a full disk: no file may grow past a few kilobytes while it lives. */
class DiskFull
{
public:
    DiskFull()
    {
        getrlimit(RLIMIT_FSIZE, &mOld);
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit tiny = mOld;
        tiny.rlim_cur = 4096;
        setrlimit(RLIMIT_FSIZE, &tiny);
    }
    ~DiskFull() { setrlimit(RLIMIT_FSIZE, &mOld); }
    DiskFull(const DiskFull &) = delete;
    DiskFull &operator=(const DiskFull &) = delete;

private:
    rlimit mOld {};
};
} // namespace

class TestFailedSave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings("tst_failedsave"); }

    void aFailedSaveChangesNothing_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("failure");
        for (const char *suffix : { ".oi.yaml", ".oistudio" })
            for (const char *failure :
                { "disk full", "name too long", "folder is a file", "read-only folder", "held by another studio" })
                QTest::addRow("%s, %s", suffix, failure) << QString::fromLatin1(suffix) << QString::fromLatin1(failure);
    }

    void aFailedSaveChangesNothing()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, failure);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("client") + suffix);
        QString error;
        QVERIFY(model::writeProject(
            *model::readProject(
                QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"), nullptr),
            file, &error));
        const QByteArray before = readAll(file);

        app::DocumentManager manager;
        QVERIFY(manager.open(file, nullptr));
        editor::Document *doc = manager.document();
        doc->undoStack()->push(
            new editor::SetProjectName(doc, { QStringLiteral("project") }, QStringLiteral("Unsaved work")));

        QString target = file;
        app::DocumentManager other;
        bool saved = true;
        if (failure == QLatin1String("disk full")) {
            DiskFull full;
            saved = manager.save(target, &error);
        } else {
            if (failure == QLatin1String("name too long")) {
                target = dir.filePath(QString(300, u'n') + suffix);
            } else if (failure == QLatin1String("folder is a file")) {
                target = file + QStringLiteral("/inside") + suffix;
            } else if (failure == QLatin1String("read-only folder")) {
                QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("locked"))));
                QFile::setPermissions(
                    dir.filePath(QStringLiteral("locked")), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
                if (::geteuid() == 0)
                    QSKIP("root writes into read-only folders; the other failures cover the same path");
                target = dir.filePath(QStringLiteral("locked/client") + suffix);
            } else {
                target = dir.filePath(QStringLiteral("held") + suffix);
                QVERIFY(model::writeProject(doc->project(), target, &error));
                QVERIFY(other.open(target, nullptr));
            }
            saved = manager.save(target, &error);
        }
        QVERIFY(!saved);
        QVERIFY2(!error.isEmpty(), qPrintable(failure));
        if (failure == QLatin1String("name too long"))
            QVERIFY2(error.contains(QLatin1String("too long")), qPrintable(error));
        QVERIFY(doc->isModified());
        QCOMPARE(doc->fileName(), file);
        QCOMPARE(readAll(file), before); // byte for byte
        // Nothing half-written is left: only the file, its lock and what the case made.
        QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        left.removeAll(QStringLiteral("client") + suffix);
        left.removeAll(QStringLiteral(".client") + suffix + QStringLiteral(".lock"));
        left.removeAll(QStringLiteral("held") + suffix);
        left.removeAll(QStringLiteral(".held") + suffix + QStringLiteral(".lock"));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
        QFile::setPermissions(dir.filePath(QStringLiteral("locked")),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    // 255 bytes fit a file name; ".NAME.XXXXXX", the temporary copy a document is written to, does
    // not. Qt makes that file unnamed first (O_TMPFILE) and names it late: it used to come back
    // nameless, SQLite wrote to a scratch database of its own, and the save failed as "No such file".
    void aNameThatFitsButNotItsTemporaryCopy()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QString(246, u'n') + QStringLiteral(".oistudio"));
        app::DocumentManager manager;
        manager.newProject();
        QString error;
        QVERIFY(!manager.save(file, &error));
        QVERIFY2(error.contains(QLatin1String("temporary copy")), qPrintable(error));
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_MAIN(TestFailedSave)
#include "tst_failedsave.moc"
