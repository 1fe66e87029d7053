// SPDX-License-Identifier: GPL-3.0-or-later
// outsidein: the studio. Thin on purpose: everything lives in MainWindow and the layers below.
#include "app/gui/documents/documentmanager.h"
#include "app/gui/export/pictureexport.h"
#include "app/gui/instance/singleinstance.h"
#include "app/gui/mainwindow/editorhost.h"
#include "app/gui/mainwindow/mainwindow.h"
#include "app/gui/preferences/theme.h"
#include "app/gui/simulation/simulationpanel.h"
#include "app/gui/simulation/simulationrunner.h"
#include "app/review/reviewdeck.h"
#include "app/review/reviewview.h"

#include "editor/commands/entitycommands.h"
#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/process/processview.h"
#include "editor/results/adviceview.h"
#include "editor/results/resultseditor.h"
#include "editor/results/resultsview.h"
#include "editor/settings/preferences.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

struct Options
{
    QCommandLineOption sample { QStringLiteral("sample"), tr("Open the bundled sample project.") };
    QCommandLineOption view { QStringLiteral("view"),
        tr("Show editor <name> first: journey, roles, process, processes, requirements, traceability or results "
           "(the simulation dashboard)."),
        tr("name") };
    QCommandLineOption tab { QStringLiteral("tab"), tr("Show editor number <index> first (0 = journey)."),
        tr("index") };
    QCommandLineOption size { QStringLiteral("size"), tr("Make the window <W>x<H> pixels (e.g. 1600x1000)."),
        tr("WxH") };
    QCommandLineOption screenshot { QStringLiteral("screenshot"), tr("Save a PNG of the window to <file> and quit."),
        tr("file") };
    QCommandLineOption simulate { QStringLiteral("simulate"), tr("Simulate <scenario> once the project is open."),
        tr("scenario") };
    QCommandLineOption advise { QStringLiteral("advise"),
        tr("Advise on the constraint of <scenario> once the project is open (the Results tab's Advice page)."),
        tr("scenario") };
    QCommandLineOption review { QStringLiteral("review"),
        tr("Open the executive review full screen (with --screenshot: save its first page).") };
    QCommandLineOption exportKind { QStringLiteral("export"),
        tr("Paint <kind> (journey, roles or process) of the project to the file given after it (png, svg, pdf; html "
           "for a "
           "journey; deck: the executive review as a PDF) and quit, "
           "with no window."),
        tr("kind") };
    QCommandLineOption journey { QStringLiteral("journey"), tr("With --export: the journey to paint."), tr("id") };
    QCommandLineOption process { QStringLiteral("process"),
        tr("The process to paint (--export process) or to show (--view process)."), tr("id") };
    QCommandLineOption select { QStringLiteral("select"),
        tr("Select <kind:id> once the project is open (e.g. role:service-agent), so its properties show."),
        tr("kind:id") };
    QCommandLineOption dpi { QStringLiteral("dpi"), tr("With --export to PNG: dots per inch (default 96)."), tr("n"),
        QStringLiteral("96") };
    // Hidden, for the crash-recovery test (docs/robustness.md): an edit as the user would make it,
    // undoable and unsaved, so that only the autosave can keep it.
    QCommandLineOption newInstance { QStringLiteral("new-instance"),
        tr("Start a studio of its own even when one is running (otherwise FILE opens in the running one).") };
    QCommandLineOption testEdit { QStringLiteral("test-edit"),
        tr("Rename the open project to <name>, as an unsaved edit."), tr("name") };
    Options() { testEdit.setFlags(QCommandLineOption::HiddenFromHelp); }
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        tr("Outside-In Studio: customer journeys, roles, processes and simulation, from the outside in.\n"
           "outsidein FILE --export KIND OUT.png|svg|pdf|html paints a picture with no window "
           "(exit 0, or 1 with a sentence)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({ options.sample, options.view, options.tab, options.size, options.screenshot, options.simulate,
        options.advise, options.review, options.exportKind, options.journey, options.process, options.dpi,
        options.select, options.newInstance, options.testEdit });
    parser.addPositionalArgument(
        QStringLiteral("file"), tr("A project to open (.oistudio or .oi.yaml)."), QStringLiteral("[file]"));
    parser.addPositionalArgument(
        QStringLiteral("out"), tr("With --export: the file to write."), QStringLiteral("[out]"));
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Outside-In Studio"));
    QCoreApplication::setOrganizationName(QStringLiteral("Outside-In Studio"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("outsidein.studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OI_VERSION));
}

bool hasArgument(int argc, char *argv[], std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        for (const char *name : names)
            if (arg == name || arg.startsWith(QByteArray(QByteArray(name) + '=')))
                return true;
    }
    return false;
}

/** --export and --screenshot work on a machine with no display: paint offscreen there. */
void chooseOffscreenWhenHeadless(int argc, char *argv[])
{
    if (!hasArgument(argc, argv, { "--export", "--screenshot" }) || qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

void installTranslators(QTranslator &qt, QTranslator &ours)
{
    // Edit ▸ Preferences may choose a language; else the system's (LANGUAGE, LC_MESSAGES, LANG).
    const QString chosen = oi::editor::Preferences::load().language;
    if (!chosen.isEmpty())
        QLocale::setDefault(QLocale(chosen));
    const QLocale locale;
    if (qt.load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    // The source is English; in a language without a catalogue its plurals still read right.
    if (ours.load(locale, QStringLiteral("outsidein"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours.load(QStringLiteral(":/i18n/outsidein_en.qm")))
        QApplication::installTranslator(&ours);
}

int runExport(const QCommandLineParser &parser, const Options &options)
{
    QTextStream err(stderr);
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        err << tr("outsidein: --export KIND needs the project and the file to write: "
                  "outsidein FILE --export KIND OUT\n");
        return 1;
    }
    bool ok = false;
    oi::editor::ExportOptions exportOptions;
    exportOptions.dpi = parser.value(options.dpi).toInt(&ok);
    if (!ok || exportOptions.dpi < 24 || exportOptions.dpi > 1200) {
        err << tr("outsidein: --dpi takes a whole number from 24 to 1200, not \"%1\".\n")
                   .arg(parser.value(options.dpi));
        return 1;
    }
    exportOptions.journey = parser.value(options.journey);
    exportOptions.process = parser.value(options.process);
    return oi::app::exportPicture(QDir::current().absoluteFilePath(files.at(0)), parser.value(options.exportKind),
        QDir::current().absoluteFilePath(files.at(1)), exportOptions, err);
}

/** `outsidein FILE --export deck OUT.pdf`: the review, one PDF page per screen, headless. */
int runDeckExport(const QCommandLineParser &parser)
{
    QTextStream err(stderr);
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        err << tr("outsidein: --export deck needs the project and the PDF to write: "
                  "outsidein FILE --export deck OUT.pdf\n");
        return 1;
    }
    return oi::review::exportDeck(
        QDir::current().absoluteFilePath(files.at(0)), QDir::current().absoluteFilePath(files.at(1)), err);
}

/** Applies --view/--tab and --size; false (with a message) when they name nothing. */
bool arrangeWindow(oi::app::MainWindow &window, const QCommandLineParser &parser, const Options &options)
{
    QTextStream err(stderr);
    if (parser.value(options.view) == u"welcome")
        window.showWelcome(true);
    else if (parser.isSet(options.view) && !window.editors()->setCurrentEditor(parser.value(options.view))) {
        err << tr("outsidein: --view %1: no such editor; choose one of %2.\n")
                   .arg(
                       parser.value(options.view), window.editors()->names().join(u", ") + QStringLiteral(", welcome"));
        return false;
    }
    if (parser.isSet(options.tab))
        window.tabs()->setCurrentIndex(parser.value(options.tab).toInt());
    if (parser.isSet(options.size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
        const auto m = re.match(parser.value(options.size));
        if (!m.hasMatch()) {
            err << tr("outsidein: --size takes WxH in pixels, e.g. 1600x1000, not \"%1\".\n")
                       .arg(parser.value(options.size));
            return false;
        }
        window.resize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version must work on a machine with no display, before any GUI exists.
    if (hasArgument(argc, argv, { "-h", "--help", "--help-all", "-v", "--version" })) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        Options options;
        describe(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }
    chooseOffscreenWhenHeadless(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Outside-In Studio"));
    QApplication::setDesktopFileName(QStringLiteral("studio.outsidein.OutsideInStudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/outsidein.svg")));
    QTranslator qtTranslator;
    QTranslator translator;
    installTranslators(qtTranslator, translator);
    // Before any widget: rich text keeps the link colour of the palette it was laid out with.
    oi::app::applyTheme(oi::editor::Preferences::load().theme);

    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    parser.process(app);
    if (parser.isSet(options.exportKind))
        return parser.value(options.exportKind) == u"deck" ? runDeckExport(parser) : runExport(parser, options);

    // One studio per person: a double-clicked file goes to the one running. Pictures, reviews and
    // test runs are always their own process, so parallel screenshots never meet.
    const bool screenshot = parser.isSet(options.screenshot);
    const bool ownProcess = screenshot || parser.isSet(options.review) || parser.isSet(options.newInstance)
        || parser.isSet(options.testEdit) || parser.isSet(options.simulate) || parser.isSet(options.advise)
        || parser.isSet(options.select) || parser.isSet(options.view);
    QStringList absoluteFiles;
    for (const QString &f : parser.positionalArguments())
        absoluteFiles.append(QDir::current().absoluteFilePath(f));
    oi::app::SingleInstance instance(oi::app::SingleInstance::defaultKey());
    if (!ownProcess) {
        if (oi::app::SingleInstance::forward(instance.key(), absoluteFiles))
            return 0;
        instance.listen();
    }

    oi::app::MainWindow window;
    if (screenshot)
        window.useDefaultLayout();
    if (!arrangeWindow(window, parser, options))
        return 1;
    // The window first: a question about recovered work must not come before (and without) it.
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(QDir::current().absoluteFilePath(files.first()), screenshot);
    else if (parser.isSet(options.sample))
        window.openSample();
    else if (!ownProcess && oi::editor::Preferences::load().showWelcome)
        window.showWelcome(true);
    // Again after the file: opening a project shows the editors, and --view welcome asked for the page.
    if (parser.value(options.view) == u"welcome")
        window.showWelcome(true);
    QObject::connect(&instance, &oi::app::SingleInstance::filesReceived, &window,
        [&window](const QStringList &handed) { oi::app::openHandedOver(&window, handed); });

    if (parser.isSet(options.select)) {
        const QString value = parser.value(options.select);
        oi::editor::EntityKind kind;
        oi::editor::Document *doc = window.documentManager()->document();
        if (!doc || !oi::editor::entityKindFromName(value.section(u':', 0, 0), &kind)) {
            QTextStream(stderr)
                << tr("outsidein: --select takes kind:id, e.g. role:service-agent, not \"%1\".\n").arg(value);
            return 1;
        }
        doc->selection()->select(kind, value.section(u':', 1));
    }
    // --process also picks the process the Process tab shows (for --view process --screenshot).
    if (parser.isSet(options.process) && window.documentManager()->document())
        if (auto *diagram = window.findChild<oi::editor::ProcessView *>())
            diagram->showProcess(parser.value(options.process));
    if (oi::editor::Document *doc = window.documentManager()->document(); doc && parser.isSet(options.testEdit))
        doc->undoStack()->push(
            new oi::editor::SetProjectName(doc, { QStringLiteral("project") }, parser.value(options.testEdit)));
    const bool simulating = parser.isSet(options.simulate);
    if (simulating) {
        if (window.simulationPanel()->setScenario(parser.value(options.simulate)))
            window.action(QStringLiteral("simulate"))->trigger();
        else
            qWarning("%s", qPrintable(tr("No scenario \"%1\" in this project.").arg(parser.value(options.simulate))));
    }
    oi::editor::results::AdviceView *advising = nullptr;
    if (parser.isSet(options.advise) && window.documentManager()->document()) {
        if (auto *results
            = qobject_cast<oi::editor::ResultsEditor *>(window.editors()->editor(QStringLiteral("results")))) {
            window.editors()->setCurrentEditor(results->name());
            results->advise(parser.value(options.advise));
            advising = results->view()->advice();
        }
    }
    oi::review::ReviewView *review = nullptr;
    if (parser.isSet(options.review)) {
        review = window.showReview(!screenshot);
        if (!review) {
            QTextStream(stderr) << tr("outsidein: --review needs a project: outsidein FILE --review\n");
            return 1;
        }
        // A screenshot is a slide: 1920 × 1080 unless --size says otherwise.
        if (parser.isSet(options.size))
            review->resize(window.size());
        else if (screenshot)
            review->resize(1920, 1080);
    }
    if (screenshot && review) {
        const QString out = parser.value(options.screenshot);
        QTimer::singleShot(800, &window, [review, out] {
            if (!review->grabPage().save(out)) {
                QTextStream(stderr) << tr("outsidein: cannot write the screenshot %1\n").arg(out);
                QApplication::exit(1);
                return;
            }
            QApplication::quit();
        });
    } else if (screenshot) {
        // For the README and for looking at what we build: let layout settle (and a run finish), grab, quit.
        const QString out = parser.value(options.screenshot);
        auto grab = [&window, out] {
            QTimer::singleShot(800, &window, [&window, out] {
                if (!window.grab().save(out)) {
                    QTextStream(stderr) << tr("outsidein: cannot write the screenshot %1\n").arg(out);
                    QApplication::exit(1);
                    return;
                }
                QApplication::quit();
            });
        };
        if (simulating && window.simulationPanel()->runner()->isRunning())
            QObject::connect(window.simulationPanel()->runner(), &oi::app::SimulationRunner::finished, &window, grab);
        else if (advising && advising->isRunning())
            QObject::connect(advising, &oi::editor::results::AdviceView::finished, &window, grab);
        else
            grab();
    }
    return QApplication::exec();
}
