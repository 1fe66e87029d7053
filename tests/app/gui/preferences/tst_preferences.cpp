// SPDX-License-Identifier: GPL-3.0-or-later
// Edit ▸ Preferences: what is chosen is kept, reaches the studio (autosave, durations, the Simulation
// panel, new projects, the theme), and both themes read at WCAG AA contrast.
#include "support/isolatedsettings.h"

#include "app/gui/documents/autosaver.h"
#include "app/gui/documents/documentmanager.h"
#include "app/gui/mainwindow/mainwindow.h"
#include "app/gui/preferences/preferencesdialog.h"
#include "app/gui/preferences/theme.h"

#include "editor/document/document.h"
#include "editor/settings/preferences.h"
#include "model/humanunits.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using oi::editor::Preferences;
using oi::editor::Theme;

class TestPreferences : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { oi::test::isolateSettings("tst_preferences"); }
    void init() { QSettings().clear(); }

    void keptBetweenStarts()
    {
        Preferences p;
        p.language = QStringLiteral("fr");
        p.theme = Theme::Dark;
        p.autosaveSeconds = 120;
        p.replications = 25;
        p.horizonDays = 10;
        p.warmupDays = 1;
        p.seed = 42;
        p.precision = 0.05;
        p.durations = oi::model::DurationDisplay::Hours;
        p.pngDpi = 300;
        p.pdfPageSize = QStringLiteral("Letter");
        p.showWelcome = false;
        p.save();
        QCOMPARE(Preferences::load(), p);
    }

    void nonsenseInTheSettingsFileFallsBack()
    {
        QSettings s;
        s.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
        s.setValue(QStringLiteral("ui/theme"), 17);
        s.setValue(QStringLiteral("autosave/seconds"), -5);
        s.setValue(QStringLiteral("export/pngDpi"), 100000);
        s.setValue(QStringLiteral("export/pdfPageSize"), QStringLiteral("A0"));
        const Preferences p = Preferences::load();
        QCOMPARE(p.language, QString());
        QCOMPARE(p.theme, Theme::System);
        QCOMPARE(p.autosaveSeconds, 0);
        QCOMPARE(p.pngDpi, 600);
        QCOMPARE(p.pdfPageSize, QStringLiteral("A4"));
    }

    void theDialogShowsAndReturnsTheChoices()
    {
        Preferences start;
        start.language = QStringLiteral("de");
        start.replications = 30;
        oi::app::PreferencesDialog dialog(start);
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("replications"))->value(), 30);
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        dialog.findChild<QComboBox *>(QStringLiteral("theme"))->setCurrentIndex(2);
        dialog.findChild<QSpinBox *>(QStringLiteral("autosave"))->setValue(0);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("horizon"))->setValue(2);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("warmup"))->setValue(5); // longer than the run
        dialog.findChild<QLineEdit *>(QStringLiteral("seed"))->setText(QStringLiteral("987654321"));
        auto *durations = dialog.findChild<QComboBox *>(QStringLiteral("durations"));
        durations->setCurrentIndex(durations->findData(int(oi::model::DurationDisplay::Days)));
        const Preferences chosen = dialog.preferences();
        QCOMPARE(chosen.language, QStringLiteral("es"));
        QCOMPARE(chosen.theme, Theme::Dark);
        QCOMPARE(chosen.autosaveSeconds, 0);
        QCOMPARE(chosen.horizonDays, 2.0);
        QCOMPARE(chosen.warmupDays, 2.0); // never longer than the run
        QCOMPARE(chosen.seed, quint64(987654321));
        QCOMPARE(chosen.durations, oi::model::DurationDisplay::Days);
        QCOMPARE(chosen.replications, 30);
    }

    void theLanguagesAreNamedInTheirOwnWords()
    {
        QCOMPARE(oi::app::languageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(oi::app::languageName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(oi::app::languageName(QStringLiteral("es")), QStringLiteral("Español"));
    }

    void theStudioFollowsThem()
    {
        Preferences p;
        p.autosaveSeconds = 240;
        p.replications = 17;
        p.horizonDays = 3;
        p.warmupDays = 0.25;
        p.seed = 7;
        p.durations = oi::model::DurationDisplay::Hours;
        p.save();
        oi::app::MainWindow window;
        QCOMPARE(window.documentManager()->autosaver()->interval(), 240);
        QCOMPARE(oi::model::humanDuration(90, oi::model::TimeUnit::Minute), QStringLiteral("1.5 h"));
        // A new project starts with the chosen simulation settings, in its own time unit (minutes).
        const auto &sim = window.documentManager()->document()->project().simulation;
        QCOMPARE(sim.replications, 17);
        QCOMPARE(sim.horizon, 3 * 1440.0);
        QCOMPARE(sim.warmup, 360.0);
        QCOMPARE(sim.seed, quint64(7));
        p.durations = oi::model::DurationDisplay::Automatic;
        p.autosaveSeconds = 30;
        window.applyPreferences(p);
        QCOMPARE(window.documentManager()->autosaver()->interval(), 30);
        QCOMPARE(oi::model::humanDuration(90, oi::model::TimeUnit::Minute), QStringLiteral("1 h 30 min"));
    }

    void bothThemesReadAtAaContrast_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Theme::Light);
        QTest::newRow("dark") << int(Theme::Dark);
    }

    void bothThemesReadAtAaContrast()
    {
        QFETCH(int, theme);
        QCOMPARE(oi::app::contrastRatio(Qt::black, Qt::white), 21.0);
        const QPalette p = theme == int(Theme::Dark) ? oi::app::darkPalette() : oi::app::lightPalette();
        using R = QPalette::ColorRole;
        const std::pair<R, R> pairs[] = { { R::WindowText, R::Window }, { R::Text, R::Base },
            { R::Text, R::AlternateBase }, { R::ButtonText, R::Button }, { R::HighlightedText, R::Highlight },
            { R::ToolTipText, R::ToolTipBase }, { R::PlaceholderText, R::Base }, { R::PlaceholderText, R::Window },
            { R::Link, R::Base } };
        for (const auto &[fore, back] : pairs) {
            const double ratio
                = oi::app::contrastRatio(p.color(QPalette::Active, fore), p.color(QPalette::Active, back));
            QVERIFY2(ratio >= 4.5,
                qPrintable(QStringLiteral("%1 on %2: %3:1").arg(int(fore)).arg(int(back)).arg(ratio, 0, 'f', 2)));
        }
    }

    void aThemeIsAppliedAndUndone()
    {
        oi::app::applyTheme(Theme::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Window), oi::app::darkPalette().color(QPalette::Window));
        oi::app::applyTheme(Theme::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Base), oi::app::lightPalette().color(QPalette::Base));
        oi::app::applyTheme(Theme::System);
        QVERIFY(QApplication::palette().color(QPalette::Window) != oi::app::darkPalette().color(QPalette::Window));
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
