// SPDX-License-Identifier: GPL-3.0-or-later
// outsidein: the studio. Thin on purpose: everything lives in MainWindow and the layers below.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Outside-In Studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Outside-In Studio"));
    QApplication::setOrganizationName(QStringLiteral("Outside-In Studio"));
    QApplication::setOrganizationDomain(QStringLiteral("outsidein.studio"));
    QApplication::setApplicationVersion(QStringLiteral(OI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("studio.outsidein.OutsideInStudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/outsidein.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("outsidein"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Outside-In Studio: customer journeys, roles, processes and simulation, from the outside in."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption sample(QStringLiteral("sample"),
                              QApplication::translate("main", "Open the bundled sample project."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Save a PNG of the window to <file> and quit."),
                                  QApplication::translate("main", "file"));
    QCommandLineOption tab(QStringLiteral("tab"), QApplication::translate("main", "Show view <index> first."),
                           QApplication::translate("main", "index"));
    parser.addOption(sample);
    parser.addOption(screenshot);
    parser.addOption(tab);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A project to open (.oistudio or .oi.yaml)."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    oi::app::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(QDir::current().absoluteFilePath(files.first()), parser.isSet(screenshot));
    else if (parser.isSet(sample))
        window.openSample();
    if (parser.isSet(tab))
        window.tabs()->setCurrentIndex(parser.value(tab).toInt());
    window.show();

    if (parser.isSet(screenshot)) {
        // For the README and for looking at what we build: let layout settle, grab, quit.
        const QString out = parser.value(screenshot);
        QTimer::singleShot(800, &window, [&window, out] {
            window.grab().save(out);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
