// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/isolatedsettings.h"
#include "app/gui/documents/recentfiles.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using oi::app::RecentFiles;

class TestRecentFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        oi::test::isolateSettings("tst_recentfiles");
    }
    void init() { QSettings().clear(); }

    void newestFirstWithoutDuplicates()
    {
        QTemporaryDir dir;
        const QString a = touch(dir, QStringLiteral("a.oi.yaml"));
        const QString b = touch(dir, QStringLiteral("b.oi.yaml"));
        RecentFiles recent;
        QSignalSpy spy(&recent, &RecentFiles::changed);
        recent.add(a);
        recent.add(b);
        recent.add(a);
        QCOMPARE(recent.files(), QStringList({a, b}));
        QCOMPARE(spy.count(), 3);
    }

    void keepsAtMostTen()
    {
        QTemporaryDir dir;
        RecentFiles recent;
        for (int i = 0; i < 14; ++i)
            recent.add(touch(dir, QStringLiteral("p%1.oistudio").arg(i)));
        QCOMPARE(recent.files().size(), RecentFiles::MaxFiles);
        QVERIFY(recent.files().first().endsWith(QLatin1String("p13.oistudio")));
    }

    void persistsAndDropsVanishedFiles()
    {
        QTemporaryDir dir;
        const QString kept = touch(dir, QStringLiteral("kept.oistudio"));
        const QString gone = touch(dir, QStringLiteral("gone.oistudio"));
        {
            RecentFiles recent;
            recent.add(gone);
            recent.add(kept);
        }
        QFile::remove(gone);
        RecentFiles reloaded;
        QCOMPARE(reloaded.files(), QStringList({kept}));
        reloaded.clear();
        QVERIFY(RecentFiles().files().isEmpty());
    }

private:
    static QString touch(const QTemporaryDir &dir, const QString &name)
    {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        return QFileInfo(f).absoluteFilePath();
    }
};

QTEST_GUILESS_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
