// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long a generated process of N nodes (500 by default: tasks over 8 roles, decisions with
// rework loops, parallel branches) takes to open and lay itself out in the studio, and what a frame
// costs while a node is dragged across it (offscreen, 1400 x 900). Targets: < 1 s, < 16 ms.
//   oi-bench-process [nodes]
#include "editor/document/document.h"
#include "editor/process/processscene.h"
#include "editor/process/processview.h"

#include "model/projectio.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <vector>

using namespace oi;

namespace {

model::Project generated(int count)
{
    model::Project p;
    p.name = QStringLiteral("Generated");
    for (int r = 0; r < 8; ++r) {
        model::Role role;
        role.id = QStringLiteral("role-%1").arg(r);
        role.name = QStringLiteral("Role %1").arg(r + 1);
        role.headcount = 3;
        p.roles.push_back(role);
    }
    model::Process pr;
    pr.id = QStringLiteral("big");
    pr.name = QStringLiteral("A large process");
    model::Node start;
    start.id = QStringLiteral("n0");
    start.name = QStringLiteral("Start");
    start.type = model::NodeType::Start;
    start.arrivals = model::Distribution::exponential(10);
    pr.nodes.push_back(start);
    const auto link = [&](const QString &from, const QString &to, std::optional<double> probability = {}) {
        pr.flows.push_back({ from + u'-' + to, from, to, probability, QString(), {}, std::nullopt });
    };
    QString last = start.id;
    int i = 1;
    while (i < count - 1) {
        if (i % 10 == 5 && i + 3 < count - 1) { // a decision with a rework loop back
            model::Node gate;
            gate.id = QStringLiteral("n%1").arg(i++);
            gate.name = QStringLiteral("Complete %1?").arg(i);
            gate.type = model::NodeType::Xor;
            pr.nodes.push_back(gate);
            link(last, gate.id);
            link(gate.id, pr.nodes[pr.nodes.size() - 3].id, 0.1);
            last = gate.id;
            continue;
        }
        model::Node task;
        task.id = QStringLiteral("n%1").arg(i);
        task.name = QStringLiteral("Task number %1").arg(i);
        task.type = model::NodeType::Task;
        task.role = p.roles[std::size_t(i % 8)].id;
        task.duration = model::Distribution::exponential(5);
        pr.nodes.push_back(task);
        link(last, task.id, pr.node(last)->type == model::NodeType::Xor ? std::optional<double>(0.9) : std::nullopt);
        last = task.id;
        ++i;
    }
    model::Node end;
    end.id = QStringLiteral("n%1").arg(i);
    end.name = QStringLiteral("Done");
    end.type = model::NodeType::End;
    pr.nodes.push_back(end);
    link(last, end.id);
    p.processes.push_back(pr);
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int nodes = argc > 1 ? std::max(10, atoi(argv[1])) : 500;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("large.oi.yaml"));
    QString error;
    if (!model::writeProject(generated(nodes), file, &error)) {
        out << "cannot write " << file << ": " << error << "\n";
        return 1;
    }
    editor::ProcessView view;
    view.resize(1400, 900);
    view.show();
    QElapsedTimer open;
    open.start();
    model::Problems problems;
    std::unique_ptr<editor::Document> doc = editor::Document::load(file, &problems);
    const qint64 read = open.elapsed();
    view.setDocument(doc.get());
    view.showProcess(QStringLiteral("big"));
    QApplication::processEvents();
    const qint64 opened = open.elapsed();
    const std::size_t drawn = view.diagramScene()->diagram().nodes.size();
    out << "process of " << drawn << " nodes, " << doc->project().process(QStringLiteral("big"))->flows.size()
        << " flows: opened and laid out in " << opened << " ms (" << read << " ms reading the file)\n";

    // A drag: press on a node in view, move it 60 steps, each step one event and one repaint.
    QGraphicsView *canvas = view.canvas();
    const editor::ProcessNodeGeometry &node = view.diagramScene()->diagram().nodes[3];
    canvas->centerOn(node.rect.center());
    QPoint at = canvas->mapFromScene(node.rect.center());
    QWidget *port = canvas->viewport();
    const auto send = [&](QEvent::Type type, QPoint where, Qt::MouseButtons buttons) {
        QMouseEvent e(type, where, port->mapToGlobal(where), Qt::LeftButton, buttons, Qt::NoModifier);
        QApplication::sendEvent(port, &e);
    };
    send(QEvent::MouseButtonPress, at, Qt::LeftButton);
    std::vector<double> frames;
    for (int step = 0; step < 60; ++step) {
        at += QPoint(3, step % 2 ? 2 : -1);
        QElapsedTimer t;
        t.start();
        send(QEvent::MouseMove, at, Qt::LeftButton);
        port->repaint();
        frames.push_back(t.nsecsElapsed() / 1e6);
    }
    send(QEvent::MouseButtonRelease, at, Qt::NoButton);
    std::sort(frames.begin(), frames.end());
    out << "frame while dragging a node: median " << QString::number(frames[frames.size() / 2], 'f', 1) << " ms, worst "
        << QString::number(frames.back(), 'f', 1) << " ms (" << frames.size() << " moves)\n";
    QElapsedTimer drop;
    drop.start();
    QApplication::processEvents(); // the drop: one undo command, the diagram rebuilt
    out << "drop (one undo step, rebuilt): " << drop.elapsed() << " ms; undo steps " << doc->undoStack()->count()
        << "\n";
    return 0;
}
