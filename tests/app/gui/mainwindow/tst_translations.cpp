// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded translations load and reach the studio's menus.
#include "support/isolatedsettings.h"
#include "app/gui/mainwindow/mainwindow.h"

#include <QAction>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        oi::test::isolateSettings("tst_translations");
    }

    void germanMenus()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("outsidein"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        oi::app::MainWindow window;
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus, QStringList({QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                                     QStringLiteral("&Simulieren"), QStringLiteral("&Hilfe")}));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
