// SPDX-License-Identifier: GPL-3.0-or-later
// outsidein: the studio. Thin on purpose: everything lives in MainWindow and the layers below.
#include "app/gui/mainwindow/mainwindow.h"
#include "app/gui/simulation/simulationpanel.h"
#include "app/gui/simulation/simulationrunner.h"

#include <QAction>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

namespace {

struct Options
{
    QCommandLineOption sample { QStringLiteral("sample"),
        QCoreApplication::translate("main", "Open the bundled sample project.") };
    QCommandLineOption screenshot { QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG of the window to <file> and quit."),
        QCoreApplication::translate("main", "file") };
    QCommandLineOption simulate { QStringLiteral("simulate"),
        QCoreApplication::translate("main", "Simulate <scenario> once the project is open."),
        QCoreApplication::translate("main", "scenario") };
    QCommandLineOption tab { QStringLiteral("tab"), QCoreApplication::translate("main", "Show view <index> first."),
        QCoreApplication::translate("main", "index") };
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Outside-In Studio: customer journeys, roles, processes and simulation, from the outside in."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.sample);
    parser.addOption(options.screenshot);
    parser.addOption(options.tab);
    parser.addOption(options.simulate);
    parser.addPositionalArgument(QStringLiteral("file"),
        QCoreApplication::translate("main", "A project to open (.oistudio or .oi.yaml)."), QStringLiteral("[file]"));
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Outside-In Studio"));
    QCoreApplication::setOrganizationName(QStringLiteral("Outside-In Studio"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("outsidein.studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OI_VERSION));
}

/** --help and --version must work on a machine with no display, before any GUI exists. */
bool wantsOnlyText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsOnlyText(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        Options options;
        describe(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Outside-In Studio"));
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
    Options options;
    describe(parser, options);
    parser.process(app);

    oi::app::MainWindow window;
    const bool screenshot = parser.isSet(options.screenshot);
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(QDir::current().absoluteFilePath(files.first()), screenshot);
    else if (parser.isSet(options.sample))
        window.openSample();
    if (parser.isSet(options.tab))
        window.tabs()->setCurrentIndex(parser.value(options.tab).toInt());
    window.show();

    const bool simulating = parser.isSet(options.simulate);
    if (simulating) {
        if (window.simulationPanel()->setScenario(parser.value(options.simulate)))
            window.action(QStringLiteral("simulate"))->trigger();
        else
            qWarning("%s",
                qPrintable(QCoreApplication::translate("main", "No scenario \"%1\" in this project.")
                               .arg(parser.value(options.simulate))));
    }
    if (screenshot) {
        // For the README and for looking at what we build: let layout settle (and a run finish), grab, quit.
        const QString out = parser.value(options.screenshot);
        auto grab = [&window, out] {
            QTimer::singleShot(800, &window, [&window, out] {
                window.grab().save(out);
                QApplication::quit();
            });
        };
        if (simulating && window.simulationPanel()->runner()->isRunning())
            QObject::connect(window.simulationPanel()->runner(), &oi::app::SimulationRunner::finished, &window, grab);
        else
            grab();
    }
    return QApplication::exec();
}
