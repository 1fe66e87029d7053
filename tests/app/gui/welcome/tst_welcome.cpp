// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run welcome page: every way in is there (the sample, each bundled template, an empty
// project, a file, the recent projects), works from the keyboard, and gives way to the editors.
#include "support/isolatedsettings.h"

#include "app/gui/documents/documentmanager.h"
#include "app/gui/documents/recentfiles.h"
#include "app/gui/mainwindow/mainwindow.h"
#include "app/gui/welcome/welcomepage.h"

#include "editor/document/document.h"
#include "editor/settings/preferences.h"

#include <QCheckBox>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using oi::app::DocumentManager;
using oi::app::WelcomePage;

class TestWelcome : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { oi::test::isolateSettings("tst_welcome"); }
    void init() { QSettings().clear(); }

    void everyWayInIsListed()
    {
        oi::app::RecentFiles recent;
        recent.add(QStringLiteral("/clients/acme/plan.oistudio"));
        WelcomePage page(&recent);
        auto *start = page.findChild<QListWidget *>(QStringLiteral("welcomeStart"));
        const auto templates = DocumentManager::templates();
        QVERIFY(templates.size() >= 3);
        QCOMPARE(start->count(), 3 + int(templates.size())); // sample, templates, empty, open
        QVERIFY(start->item(0)->text().contains(QStringLiteral("sample")));
        for (int i = 0; i < templates.size(); ++i)
            QVERIFY2(start->item(1 + i)->text().contains(templates.at(i).title), qPrintable(templates.at(i).title));
        auto *recentList = page.findChild<QListWidget *>(QStringLiteral("welcomeRecent"));
        QCOMPARE(recentList->count(), 1);
        QVERIFY(recentList->item(0)->text().startsWith(QStringLiteral("plan.oistudio")));
        recent.clear();
        QCOMPARE(recentList->count(), 1);
        QCOMPARE(recentList->item(0)->flags(), Qt::NoItemFlags); // "No recent projects yet"
    }

    void enterOpensTheChosenEntry()
    {
        oi::app::RecentFiles recent;
        WelcomePage page(&recent);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *start = page.findChild<QListWidget *>(QStringLiteral("welcomeStart"));
        start->setFocus();
        QSignalSpy sample(&page, &WelcomePage::sampleRequested);
        QSignalSpy chosen(&page, &WelcomePage::templateChosen);
        QTest::keyClick(start, Qt::Key_Return);
        QCOMPARE(sample.count(), 1);
        QTest::keyClick(start, Qt::Key_Down);
        QTest::keyClick(start, Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), DocumentManager::templates().first().path);
    }

    void theStudioShowsItAndGivesWay()
    {
        oi::app::MainWindow window;
        QVERIFY(!window.isWelcomeShown());
        window.showWelcome(true);
        QVERIFY(window.isWelcomeShown());
        emit window.welcomePage()->sampleRequested();
        QVERIFY(!window.isWelcomeShown());
        QVERIFY(!window.documentManager()->document()->project().journeys.empty());
        window.action(QStringLiteral("welcome"))->trigger();
        QVERIFY(window.isWelcomeShown());
    }

    void itCanBeTurnedOffForLaterStarts()
    {
        oi::app::MainWindow window;
        auto *box = window.welcomePage()->findChild<QCheckBox *>(QStringLiteral("welcomeAtStartup"));
        QVERIFY(box->isChecked());
        box->setChecked(false);
        QVERIFY(!oi::editor::Preferences::load().showWelcome);
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
