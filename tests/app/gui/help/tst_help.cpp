// SPDX-License-Identifier: GPL-3.0-or-later
// Help that works offline: Help ▸ User Guide shows the bundled guide, with a section for each part
// of the studio; Help ▸ Keyboard Shortcuts lists the shortcuts the window and its editors really
// have, each once, in words without accelerator marks.
#include "app/gui/help/helpdialogs.h"
#include "app/gui/mainwindow/mainwindow.h"

#include <QAction>
#include <QDialog>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace oi;

class TestHelp : public QObject
{
    Q_OBJECT
private slots:
    void userGuideIsBundled()
    {
        app::MainWindow window;
        auto *action = window.findChild<QAction *>(QStringLiteral("userGuide"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
        action->trigger();
        auto *guide = window.findChild<QTextBrowser *>(QStringLiteral("userGuide"));
        QVERIFY(guide);
        const QString text = guide->toPlainText();
        for (const char *section : { "Getting started", "The customer journey", "Roles", "Processes", "Simulation",
                 "Results and advice", "The executive review", "The vendor specification" })
            QVERIFY2(text.contains(QLatin1String(section)), section);
        QVERIFY(!text.contains(QLatin1String("missing from this build")));
        // Markdown became formatting, not marks on the page.
        QVERIFY(!text.contains(QLatin1String("## ")));
    }

    void shortcutsAreTheWindowsOwn()
    {
        app::MainWindow window;
        const QList<app::Shortcut> list = app::shortcutsOf(&window);
        const auto keysOf = [&](const QString &action) {
            for (const app::Shortcut &s : list)
                if (s.action == action)
                    return s.keys;
            return QString();
        };
        QCOMPARE(keysOf(QStringLiteral("Run Simulation")), QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText));
        QCOMPARE(keysOf(QStringLiteral("Lay Out Process")),
            QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText));
        QVERIFY(!keysOf(QStringLiteral("Add Task")).isEmpty());
        for (const app::Shortcut &s : list) {
            QVERIFY2(!s.action.contains(u'&'), qPrintable(s.action));
            QVERIFY2(!s.keys.isEmpty(), qPrintable(s.action));
        }
        window.findChild<QAction *>(QStringLiteral("keyboardShortcuts"))->trigger();
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("shortcuts"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), int(list.size()));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
