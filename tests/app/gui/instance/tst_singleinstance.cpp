// SPDX-License-Identifier: GPL-3.0-or-later
// A file double-clicked while the studio runs reaches the running studio: the later start hands its
// files over the local socket and the studio opens them, in its window when that holds nothing yet,
// else in a new window.
#include "support/isolatedsettings.h"

#include "app/gui/documents/documentmanager.h"
#include "app/gui/instance/singleinstance.h"
#include "app/gui/mainwindow/mainwindow.h"

#include "editor/document/document.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <thread>

using oi::app::SingleInstance;

namespace {
QString uniqueKey()
{
    return QStringLiteral("oi-test-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

QString sample()
{
    return QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml");
}
} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { oi::test::isolateSettings("tst_singleinstance"); }

    void nobodyListeningIsAnsweredQuickly()
    {
        QElapsedTimer t;
        t.start();
        QVERIFY(!SingleInstance::forward(uniqueKey(), { QStringLiteral("/tmp/a.oistudio") }, 500));
        QVERIFY(t.elapsed() < 5000);
    }

    void filesReachTheRunningStudio()
    {
        SingleInstance first(uniqueKey());
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::filesReceived);
        // A second studio is another process; here another thread, as the hand-over blocks.
        std::atomic<int> taken { -1 };
        const QStringList files { QStringLiteral("/clients/a.oistudio"), QStringLiteral("/clients/b ü.oi.yaml") };
        std::thread second([&] { taken = SingleInstance::forward(first.key(), files) ? 1 : 0; });
        QTRY_COMPARE(received.count(), 1);
        second.join();
        QCOMPARE(taken.load(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), files);
        // A second studio under the same key cannot listen while the first answers.
        std::atomic<int> listened { -1 };
        std::thread third([&] {
            SingleInstance again(first.key());
            listened = again.listen() ? 1 : 0;
        });
        QTRY_VERIFY(listened.load() != -1);
        third.join();
        QCOMPARE(listened.load(), 0);
    }

    void anUntouchedWindowTakesTheFileAnOccupiedOneGetsCompany()
    {
        oi::app::MainWindow window;
        QCOMPARE(oi::app::openHandedOver(&window, { sample() }), &window);
        QCOMPARE(window.documentManager()->document()->fileName(), sample());
        const int before = QApplication::topLevelWidgets().count();
        // Another file (the same one would ask whether to open it read-only).
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.oi.yaml"));
        QVERIFY(QFile::copy(sample(), copy));
        oi::app::MainWindow *other = oi::app::openHandedOver(&window, { copy });
        QVERIFY(other != &window);
        QVERIFY(other->testAttribute(Qt::WA_DeleteOnClose));
        QVERIFY(QApplication::topLevelWidgets().count() > before);
        QCOMPARE(other->documentManager()->document()->fileName(), copy);
        QCOMPARE(window.documentManager()->document()->fileName(), sample());
        other->close();
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
