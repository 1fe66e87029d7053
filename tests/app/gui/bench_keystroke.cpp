// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (prints figures; never a test): the cost of one keystroke in a step's title in a
// 1 000-step project. "before" wires the views as the studio did until the change events (every
// undo-stack change rebuilt the project tree and the pages and validated the project on the spot);
// "after" is the studio as it is. Run: oi-bench-keystroke [steps] [keystrokes]
#include "support/journeybuilder.h"

#include "app/gui/docks/projecttree.h"
#include "app/gui/documents/documentmanager.h"
#include "app/gui/mainwindow/mainwindow.h"
#include "app/gui/processes/processesview.h"
#include "app/gui/requirements/requirementsview.h"
#include "editor/roles/rolemapview.h"

#include "editor/document/document.h"
#include "editor/journey/journeyview.h"
#include "model/projectio.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUndoStack>

#include <cstdio>

using namespace oi;

namespace {
struct Figure
{
    double msPerKey = 0;
    int validations = 0;
};

Figure typeInto(const QString &file, int keys, bool oldWiring)
{
    app::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.openFile(file, true);
    app::DocumentManager *manager = window.documentManager();
    editor::Document *doc = manager->document();
    QMetaObject::Connection wiring;
    if (oldWiring) {
        auto *tree = window.projectTree();
        auto *roles = window.findChild<editor::RoleMapView *>();
        auto *processes = window.findChild<app::ProcessesView *>();
        auto *requirements = window.findChild<app::RequirementsView *>();
        wiring = QObject::connect(doc->undoStack(), &QUndoStack::indexChanged, &window, [=] {
            tree->setDocument(doc);
            roles->setDocument(doc);
            processes->setDocument(doc);
            requirements->setDocument(doc);
            manager->revalidate();
        });
    }
    window.findChild<editor::JourneyView *>()->selectSteps({ QStringLiteral("step500") });
    auto *title = window.findChild<QLineEdit *>(QStringLiteral("title"));
    title->setFocus();
    QApplication::processEvents();
    const int before = manager->validations();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < keys; ++i) {
        QTest::keyClick(title, char('a' + i % 26));
        QApplication::processEvents();
    }
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    // Count the validations the typing caused, including the one after the pause.
    QTest::qWait(app::DocumentManager::kValidationDelayMs + 50);
    while (manager->isValidationPending())
        QTest::qWait(20);
    // The undo stack announces its clearing while the document goes: not this wiring's business.
    QObject::disconnect(wiring);
    return { elapsed / keys, manager->validations() - before };
}
} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OutsideInStudioBench"));
    const int steps = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int keys = argc > 2 ? std::atoi(argv[2]) : 40;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("large.oi.yaml"));
    QString error;
    if (!model::writeProject(*test::largeProject(20, steps), file, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const Figure before = typeInto(file, keys, true);
    const Figure after = typeInto(file, keys, false);
    QTextStream out(stdout);
    out << "keystroke in a step title, " << steps << " steps, " << keys << " keys (Release, offscreen)\n";
    out << QStringLiteral("  before (rebuild all + validate per change): %1 ms per key, %2 validations\n")
               .arg(before.msPerKey, 0, 'f', 2)
               .arg(before.validations);
    out << QStringLiteral("  after  (change events, debounced worker):  %1 ms per key, %2 validations\n")
               .arg(after.msPerKey, 0, 'f', 2)
               .arg(after.validations);
    return 0;
}
