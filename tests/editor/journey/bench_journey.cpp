// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long a 1 000-step, 20-stage journey takes to open (scene build) and to draw a frame
// offscreen at 100 % and fitted to a 1400 x 900 window. Targets: < 1 s to open, < 16 ms a frame.
//   oi-bench-journey [steps] [stages]
#include "editor/document/document.h"
#include "editor/journey/journeycanvas.h"
#include "editor/journey/journeyscene.h"
#include "editor/journey/journeyview.h"

#include "model/projectio.h"

#include "support/journeybuilder.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace oi;

namespace {
/** Median milliseconds of `runs` full repaints of the view's viewport (what a frame costs). */
double frameMs(editor::JourneyCanvas *canvas, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        canvas->viewport()->repaint();
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int steps = argc > 1 ? std::max(1, atoi(argv[1])) : 1000;
    const int stages = argc > 2 ? std::clamp(atoi(argv[2]), 1, steps) : 20;
    QTextStream out(stdout);

    // Open as a user does: a YAML file read into a Document, then the map built.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("large.oi.yaml"));
    QString error;
    if (!model::writeProject(*test::largeProject(stages, steps), file, &error)) {
        out << "cannot write " << file << ": " << error << "\n";
        return 1;
    }
    editor::JourneyView view;
    view.resize(1400, 900);
    view.show();
    QApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    model::Problems problems;
    auto doc = editor::Document::load(file, &problems);
    if (!doc) {
        for (const auto &p : problems)
            out << p.toString() << "\n";
        return 1;
    }
    const double load = timer.nsecsElapsed() / 1e6;
    timer.restart();
    view.setDocument(doc.get());
    const double build = timer.nsecsElapsed() / 1e6;
    timer.restart();
    QApplication::processEvents();
    const double firstShow = timer.nsecsElapsed() / 1e6;

    editor::JourneyCanvas *canvas = view.canvas();
    canvas->setZoom(1.0);
    canvas->horizontalScrollBar()->setValue(canvas->horizontalScrollBar()->maximum() / 2);
    const double at100 = frameMs(canvas, 15);
    // A pan: scroll by a viewport width each frame.
    timer.restart();
    const int pans = 10;
    for (int i = 0; i < pans; ++i) {
        canvas->horizontalScrollBar()->setValue(canvas->horizontalScrollBar()->value() + 300);
        frameMs(canvas, 1);
    }
    const double pan = timer.nsecsElapsed() / 1e6 / pans;
    canvas->setZoom(0.5);
    const double at50 = frameMs(canvas, 9);
    canvas->fitToWindow();
    const double fit = frameMs(canvas, 5);

    out << "journey: " << steps << " steps in " << stages << " stages, scene items " << view.scene()->items().size()
        << ", viewport " << canvas->viewport()->width() << "x" << canvas->viewport()->height() << "\n";
    out << QStringLiteral("read YAML file         %1 ms   (%2 KiB)\n")
               .arg(load, 8, 'f', 1)
               .arg(QFileInfo(file).size() / 1024);
    out << QStringLiteral("build the map          %1 ms\n").arg(build, 8, 'f', 1);
    out << QStringLiteral("open (read + build)    %1 ms   (target < 1000 ms)\n").arg(load + build, 8, 'f', 1);
    out << QStringLiteral("first show             %1 ms\n").arg(firstShow, 8, 'f', 1);
    out << QStringLiteral("frame at 100 %         %1 ms   (target < 16 ms)\n").arg(at100, 8, 'f', 2);
    out << QStringLiteral("frame while panning    %1 ms\n").arg(pan, 8, 'f', 2);
    out << QStringLiteral("frame at 50 %          %1 ms\n").arg(at50, 8, 'f', 2);
    out << QStringLiteral("frame fit to window    %1 ms   (zoom %2 %)\n")
               .arg(fit, 8, 'f', 2)
               .arg(canvas->zoom() * 100, 0, 'f', 1);
    return 0;
}
