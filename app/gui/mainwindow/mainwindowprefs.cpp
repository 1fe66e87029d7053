// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's person-level settings and first run: Edit ▸ Preferences and the welcome page.
#include "app/gui/mainwindow/mainwindow.h"

#include "app/gui/documents/autosaver.h"
#include "app/gui/documents/documentmanager.h"
#include "app/gui/preferences/preferencesdialog.h"
#include "app/gui/preferences/theme.h"
#include "app/gui/simulation/simulationpanel.h"
#include "app/gui/welcome/welcomepage.h"

#include "editor/settings/preferences.h"

#include <QAction>
#include <QStackedWidget>
#include <QTabWidget>

namespace oi::app {

void MainWindow::createPreferenceActions()
{
    QAction *preferences
        = addAction(QStringLiteral("preferences"), tr("Pre&ferences…"), {}, QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(
        addAction(QStringLiteral("welcome"), tr("&Welcome")), &QAction::triggered, this, [this] { showWelcome(true); });
}

void MainWindow::createWelcome()
{
    mWelcome = new WelcomePage(mManager->recentFiles(), mCentral);
    mWelcome->setShowAtStartup(editor::Preferences::load().showWelcome);
    mCentral->addWidget(mWelcome);
    connect(mWelcome, &WelcomePage::sampleRequested, this, &MainWindow::openSample);
    connect(mWelcome, &WelcomePage::emptyProjectRequested, this, [this] {
        newProject();
        showWelcome(false);
    });
    connect(mWelcome, &WelcomePage::openRequested, this, &MainWindow::open);
    connect(mWelcome, &WelcomePage::templateChosen, this, &MainWindow::newFromTemplate);
    connect(mWelcome, &WelcomePage::recentChosen, this, [this](const QString &file) {
        if (maybeSave())
            openFile(file);
    });
    connect(mWelcome, &WelcomePage::showAtStartupChanged, this, [](bool on) {
        editor::Preferences p = editor::Preferences::load();
        p.showWelcome = on;
        p.save();
    });
}

void MainWindow::showWelcome(bool on)
{
    mCentral->setCurrentWidget(on ? static_cast<QWidget *>(mWelcome) : mTabs);
    if (on)
        mWelcome->setFocus();
}

bool MainWindow::isWelcomeShown() const
{
    return mCentral->currentWidget() == mWelcome;
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(editor::Preferences::load(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const editor::Preferences chosen = dialog.preferences();
    chosen.save();
    applyPreferences(chosen);
    mWelcome->setShowAtStartup(chosen.showWelcome);
}

void MainWindow::applyPreferences(const editor::Preferences &preferences)
{
    mManager->autosaver()->setInterval(preferences.autosaveSeconds);
    model::setDurationDisplay(preferences.durations);
    mSimulation->setPrecision(preferences.precision);
    applyTheme(preferences.theme);
}

} // namespace oi::app
