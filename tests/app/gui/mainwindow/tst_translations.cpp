// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded translations load and reach the studio's menus.
#include "app/gui/mainwindow/mainwindow.h"
#include "editor/commands/undotext.h"
#include "model/humanunits.h"
#include "support/isolatedsettings.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { oi::test::isolateSettings("tst_translations"); }

    void germanMenus()
    {
        QTranslator translator;
        QVERIFY(translator.load(
            QLocale(QLocale::German), QStringLiteral("outsidein"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        oi::app::MainWindow window;
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus,
            QStringList({ QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                QStringLiteral("&Simulieren"), QStringLiteral("&Hilfe") }));
        QCoreApplication::removeTranslator(&translator);
    }

    void everyLanguageReachesTheStudio_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("days");
        QTest::addColumn<QString>("threeErrors");
        QTest::newRow("de") << "de"
                            << "&Datei"
                            << "Tage"
                            << "3 Fehler";
        QTest::newRow("fr") << "fr"
                            << "&Fichier"
                            << "jours"
                            << "3 erreurs";
        QTest::newRow("es") << "es"
                            << "&Archivo"
                            << "días"
                            << "3 errores";
    }

    void everyLanguageReachesTheStudio()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, days);
        QFETCH(QString, threeErrors);
        QTranslator translator;
        QVERIFY(translator.load(
            QLocale(language), QStringLiteral("outsidein"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        oi::app::MainWindow window;
        QCOMPARE(window.menuBar()->actions().first()->text(), fileMenu);
        // The model's words too, and the scene's legend, whose context lupdate names in full.
        QVERIFY(oi::model::humanDuration(3 * 1440, oi::model::TimeUnit::Minute).contains(days));
        QVERIFY(QCoreApplication::translate("oi::editor::JourneyGridItem", "moment of truth")
                != QLatin1String("moment of truth")
            || language == u"de"); // German keeps the English term
        // A count other than one reaches the plural form (the status bar's "3 errors").
        QCOMPARE(oi::editor::countedText("StatusCounts", "1 error", "%n errors", 3), threeErrors);
        QCoreApplication::removeTranslator(&translator);
    }

    /** Longer German, French and Spanish labels still fit: no label or button is cut without a tooltip. */
    void longerLabelsFit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *language : { "de", "fr", "es" }) {
            QTest::addRow("%s desktop", language) << QString::fromLatin1(language) << QSize(1600, 1000);
            QTest::addRow("%s laptop", language) << QString::fromLatin1(language) << QSize(1280, 720);
        }
    }

    void longerLabelsFit()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QTranslator translator;
        QVERIFY(translator.load(
            QLocale(language), QStringLiteral("outsidein"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        oi::app::MainWindow window;
        window.resize(size);
        window.openSample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList clipped;
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            QTest::qWait(50);
            for (QWidget *w : window.findChildren<QWidget *>()) {
                if (!w->isVisible())
                    continue;
                QString text;
                if (auto *label = qobject_cast<QLabel *>(w); label && !label->wordWrap() && label->pixmap().isNull()
                    && label->textFormat() != Qt::RichText && !label->inherits("oi::editor::ElidedLabel"))
                    text = label->text();
                else if (auto *button = qobject_cast<QAbstractButton *>(w); button && !qobject_cast<QToolButton *>(w))
                    text = button->text();
                // A tooltip excuses a cut only when it shows the whole text; one that explains the
                // command does not say what the button is called.
                const QString whole = QString(text).remove(QRegularExpression(QStringLiteral("&(?!&)")));
                if (text.trimmed().isEmpty() || w->width() >= w->sizeHint().width() - 1 || w->toolTip().contains(whole))
                    continue;
                clipped << QStringLiteral("%1: \"%2\" is %3 px of %4")
                               .arg(window.tabs()->tabText(tab), text)
                               .arg(w->width())
                               .arg(w->sizeHint().width());
            }
        }
        clipped.removeDuplicates();
        for (const QString &c : clipped)
            qWarning("clipped: %s", qPrintable(c));
        QCOMPARE(clipped.size(), 0);
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
