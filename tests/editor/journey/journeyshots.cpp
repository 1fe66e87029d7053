// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every journey of a project as the studio shows it (1400 x 900), at 100 % and fitted to
// the window, in the light and a dark palette, to look at the map the way a client will:
//   oi-journey-shots [project.oi.yaml] [output-prefix]   (default: the bundled sample, /tmp/journey)
#include "editor/document/document.h"
#include "editor/journey/journeycanvas.h"
#include "editor/journey/journeyoperations.h"
#include "editor/journey/journeyproperties.h"
#include "editor/journey/journeyview.h"
#include "editor/journey/stepoverlay.h"

#include <QApplication>
#include <QPalette>
#include <QScrollBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>

#include <cstdio>

using namespace oi;

namespace {
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    return p;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList args = app.arguments();
    const QString file
        = args.value(1, QStringLiteral(OI_SOURCE_DIR "/resources/samples/subscription-broadband.oi.yaml"));
    const QString prefix = args.value(2, QStringLiteral("/tmp/journey"));
    QTextStream out(stdout);
    model::Problems problems;
    auto doc = editor::Document::load(file, &problems);
    if (!doc) {
        for (const auto &p : problems)
            out << p.toString() << '\n';
        return 1;
    }
    for (const bool dark : { false, true }) {
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        editor::JourneyView view(doc.get());
        view.resize(1400, 900);
        view.show();
        for (const auto &journey : doc->project().journeys) {
            view.setCurrentJourney(journey.id);
            QApplication::processEvents();
            const QString base = prefix + u'-' + journey.id + (dark ? QStringLiteral("-dark") : QString());
            view.resetZoom();
            view.canvas()->horizontalScrollBar()->setValue(0);
            view.canvas()->verticalScrollBar()->setValue(0);
            QApplication::processEvents();
            view.grab().save(base + QStringLiteral("-100.png"));
            view.fitToWindow();
            QApplication::processEvents();
            view.grab().save(base + QStringLiteral("-fit.png"));
            out << base << "-{100,fit}.png\n";
            if (&journey == &doc->project().journeys.front()) {
                // What a simulation overlay and a selection look like.
                editor::StepOverlay overlay;
                const QColor colours[]
                    = { QColor(0x2a, 0x9a, 0x5a), QColor(0xd9, 0x8c, 0x1f), QColor(0xc4, 0x3d, 0x3d) };
                int i = 0;
                for (const auto &step : journey.steps) {
                    const QColor colour = colours[i % 3];
                    ++i;
                    overlay.steps.insert(step.id, { colour, QStringLiteral("wait %1 min").arg(1.5 * i) });
                }
                overlay.lanes.insert(editor::Lane::BackRoles, { colours[1], QStringLiteral("utilisation 87 %") });
                view.setOverlay(overlay);
                view.resetZoom();
                view.selectSteps({ journey.steps.at(1).id });
                QApplication::processEvents();
                view.grab().save(base + QStringLiteral("-overlay.png"));
                // The properties panel at the dock's first-start width, for the selected step.
                editor::JourneyProperties properties(doc.get());
                properties.connectTo(&view);
                properties.resize(340, 1100);
                properties.show();
                QApplication::processEvents();
                properties.grab().save(base + QStringLiteral("-properties.png"));
                view.setOverlay({});
                view.selectSteps({});
                // Scrolled: lane titles and stage headers stay in view.
                view.resize(1000, 560);
                QApplication::processEvents();
                view.canvas()->horizontalScrollBar()->setValue(view.canvas()->horizontalScrollBar()->maximum());
                view.canvas()->verticalScrollBar()->setValue(view.canvas()->verticalScrollBar()->maximum());
                QApplication::processEvents();
                view.grab().save(base + QStringLiteral("-scrolled.png"));
                view.resize(1400, 900);
            }
        }
    }
    // A journey without stages shows how to begin.
    editor::JourneyView view(doc.get());
    view.resize(1400, 500);
    view.show();
    QString error;
    const QString empty = editor::JourneyOperations::importJourneyJson(doc.get(),
        R"({"format":"outsidein-journey","version":1,"journey":{"id":"empty","name":"New journey"}})", &error);
    view.setCurrentJourney(empty);
    QApplication::processEvents();
    view.grab().save(prefix + QStringLiteral("-empty.png"));
    out << prefix << "-empty.png " << error << '\n';
    return 0;
}
