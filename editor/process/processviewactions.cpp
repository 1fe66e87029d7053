// SPDX-License-Identifier: GPL-3.0-or-later
// ProcessView's actions: the palette of node types (each with a key), clipboard, align and
// distribute, automatic layout, find, zoom and the side-by-side redesign.
#include "editor/process/processview.h"

#include "editor/widgets/actionhelp.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGraphicsView>
#include <QLineEdit>
#include <QToolBar>

namespace oi::editor {

void ProcessView::createActions()
{
    const auto make = [this](Action which, const QString &text, const QString &icon, QList<QKeySequence> keys,
                          std::function<void()> slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(QStringLiteral("process-action-%1").arg(int(which)));
        if (!icon.isEmpty())
            a->setIcon(QIcon(icon));
        a->setShortcuts(keys);
        // On the canvas only: the one-letter keys must not fire while typing in the find box.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (slot)
            connect(a, &QAction::triggered, this, std::move(slot));
        mCanvas->addAction(a);
        mActions[which] = a;
    };
    const auto add = [this](model::NodeType type) {
        return [this, type] {
            if (!mScene->addNode(type).isEmpty())
                mCanvas->setFocus();
        };
    };
    make(AddStart, tr("Add &Start Event"), QStringLiteral(":/icons/node-start.svg"), { QKeySequence(Qt::Key_S) },
        add(model::NodeType::Start));
    make(AddTask, tr("Add &Task"), QStringLiteral(":/icons/node-task.svg"), { QKeySequence(Qt::Key_T) },
        add(model::NodeType::Task));
    make(AddXor, tr("Add E&xclusive Gateway"), QStringLiteral(":/icons/node-xor.svg"), { QKeySequence(Qt::Key_X) },
        add(model::NodeType::Xor));
    make(AddSplit, tr("Add &Parallel Split"), QStringLiteral(":/icons/node-split.svg"), { QKeySequence(Qt::Key_P) },
        add(model::NodeType::AndSplit));
    make(AddJoin, tr("Add Parallel &Join"), QStringLiteral(":/icons/node-join.svg"), { QKeySequence(Qt::Key_J) },
        add(model::NodeType::AndJoin));
    make(AddTimer, tr("Add Ti&mer Event"), QStringLiteral(":/icons/node-timer.svg"), { QKeySequence(Qt::Key_W) },
        add(model::NodeType::Timer));
    make(AddEnd, tr("Add &End Event"), QStringLiteral(":/icons/node-end.svg"), { QKeySequence(Qt::Key_E) },
        add(model::NodeType::End));
    make(Cut, tr("Cu&t Nodes"), {}, { QKeySequence::Cut }, [this] {
        if (mScene->copySelection())
            mScene->deleteSelection();
    });
    make(Copy, tr("&Copy Nodes"), {}, { QKeySequence::Copy }, [this] { mScene->copySelection(); });
    make(Paste, tr("&Paste Nodes"), {}, { QKeySequence::Paste }, [this] { mScene->paste(); });
    make(Delete, tr("&Delete"), QStringLiteral(":/icons/delete.svg"),
        { QKeySequence::Delete, QKeySequence(Qt::Key_Backspace) }, [this] { mScene->deleteSelection(); });
    make(SelectAll, tr("Select &All Nodes"), {}, { QKeySequence::SelectAll }, [this] {
        QStringList all;
        if (const model::Process *p = mScene->drawnProcess())
            for (const model::Node &n : p->nodes)
                all << n.id;
        mScene->selectNodes(all);
    });
    const auto align = [this](model::Alignment a) { return [this, a] { mScene->align(a); }; };
    make(AlignLeft, tr("Align &Left Edges"), QStringLiteral(":/icons/align-left.svg"), {},
        align(model::Alignment::Left));
    make(AlignCentre, tr("Align &Centres Vertically"), {}, {}, align(model::Alignment::HorizontalCentre));
    make(AlignRight, tr("Align &Right Edges"), {}, {}, align(model::Alignment::Right));
    make(AlignTop, tr("Align &Top Edges"), QStringLiteral(":/icons/align-top.svg"), {}, align(model::Alignment::Top));
    make(AlignMiddle, tr("Align &Middles Horizontally"), {}, {}, align(model::Alignment::VerticalCentre));
    make(AlignBottom, tr("Align &Bottom Edges"), {}, {}, align(model::Alignment::Bottom));
    make(DistributeAcross, tr("Distribute &Across"), {}, {}, [this] { mScene->distribute(Qt::Horizontal); });
    make(DistributeDown, tr("Distribute &Down"), {}, {}, [this] { mScene->distribute(Qt::Vertical); });
    make(LayOut, tr("&Lay Out Process"), QStringLiteral(":/icons/layout.svg"), { QKeySequence(Qt::CTRL | Qt::Key_L) },
        [this] { mScene->layOut(); });
    make(Find, tr("&Find Node\u2026"), QStringLiteral(":/icons/find.svg"), { QKeySequence::Find }, [this] {
        mFind->setFocus();
        mFind->selectAll();
    });
    make(ZoomIn, tr("Zoom &In"), QStringLiteral(":/icons/zoom-in.svg"),
        { QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) }, [this] { mCanvas->scale(1.25, 1.25); });
    make(ZoomOut, tr("Zoom &Out"), QStringLiteral(":/icons/zoom-out.svg"), { QKeySequence::ZoomOut },
        [this] { mCanvas->scale(0.8, 0.8); });
    make(FitToWindow, tr("&Fit to Window"), QStringLiteral(":/icons/zoom-fit.svg"),
        { QKeySequence(Qt::CTRL | Qt::Key_0) },
        [this] { mCanvas->fitInView(mScene->sceneRect(), Qt::KeepAspectRatio); });
    make(ResetZoom, tr("Actual &Size"), {}, { QKeySequence(Qt::CTRL | Qt::Key_1) },
        [this] { mCanvas->resetTransform(); });
    make(ShowCounterpart, tr("Show As-Is &Beside To-Be"), QStringLiteral(":/icons/compare.svg"), {}, nullptr);
    mActions[ShowCounterpart]->setCheckable(true);
    connect(mActions[ShowCounterpart], &QAction::toggled, this, [this] { showCounterpart(); });
    describe(mActions[AddStart], tr("Add a start event: where a case enters the process"));
    describe(mActions[AddTask], tr("Add a task: work a role does, taking time"));
    describe(mActions[AddXor], tr("Add an exclusive gateway: the case takes one of its ways out"));
    describe(mActions[AddSplit], tr("Add a parallel split: the case goes down all its ways at once"));
    describe(mActions[AddJoin], tr("Add a parallel join: the case waits here until every way has arrived"));
    describe(mActions[AddTimer], tr("Add a timer event: the case waits for a time to pass"));
    describe(mActions[AddEnd], tr("Add an end event: where a case leaves the process"));
    describe(mActions[Cut], tr("Remove the selected nodes and keep them to paste elsewhere"));
    describe(mActions[Copy], tr("Copy the selected nodes, to paste them into this or another process"));
    describe(mActions[Paste], tr("Paste the copied nodes into the process shown"));
    describe(mActions[Delete], tr("Delete the selected nodes and flows"));
    describe(mActions[SelectAll], tr("Select every node of the process"));
    describe(mActions[AlignLeft], tr("Line the selected nodes up on their left edges"));
    describe(mActions[AlignCentre], tr("Line the selected nodes up one above the other on their centres"));
    describe(mActions[AlignRight], tr("Line the selected nodes up on their right edges"));
    describe(mActions[AlignTop], tr("Line the selected nodes up on their top edges"));
    describe(mActions[AlignMiddle], tr("Line the selected nodes up side by side on their middles"));
    describe(mActions[AlignBottom], tr("Line the selected nodes up on their bottom edges"));
    describe(mActions[DistributeAcross], tr("Space the selected nodes evenly from left to right"));
    describe(mActions[DistributeDown], tr("Space the selected nodes evenly from top to bottom"));
    describe(mActions[LayOut], tr("Arrange the whole process neatly from left to right"));
    describe(mActions[Find], tr("Find a node of the process by its name"));
    describe(mActions[ZoomIn], tr("Zoom in on the process"));
    describe(mActions[ZoomOut], tr("Zoom out to see more of the process"));
    describe(mActions[FitToWindow], tr("Zoom so the whole process fits in the window"));
    describe(mActions[ResetZoom], tr("Show the process at its actual size"));
    describe(mActions[ShowCounterpart],
        tr("Show the other version of this process below it, as-is beside to-be, read-only"));
    // The find box's own Ctrl+F is the canvas's, so it also works while the box has focus.
    addAction(mActions[Find]);

    for (Action a : { AddStart, AddTask, AddXor, AddSplit, AddJoin, AddTimer, AddEnd })
        mPalette->addAction(mActions[a]);
    mPalette->addSeparator();
    for (Action a : { LayOut, AlignLeft, AlignTop, Delete })
        mPalette->addAction(mActions[a]);
    mPalette->addSeparator();
    mPalette->addAction(mActions[ShowCounterpart]);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &ProcessView::updateActions);
}

void ProcessView::updateActions()
{
    const bool editable = mScene->drawnProcess() && !mScene->isReadOnly();
    const qsizetype nodes = mScene->selectedNodes().size();
    const bool any = nodes > 0 || !mScene->selectedFlows().isEmpty();
    for (Action a : { AddStart, AddTask, AddXor, AddSplit, AddJoin, AddTimer, AddEnd, LayOut, SelectAll })
        mActions[a]->setEnabled(editable);
    mActions[Cut]->setEnabled(editable && nodes > 0);
    mActions[Copy]->setEnabled(nodes > 0);
    mActions[Paste]->setEnabled(editable && mScene->canPaste());
    mActions[Delete]->setEnabled(editable && any);
    for (Action a : { AlignLeft, AlignCentre, AlignRight, AlignTop, AlignMiddle, AlignBottom })
        mActions[a]->setEnabled(editable && nodes >= 2);
    for (Action a : { DistributeAcross, DistributeDown })
        mActions[a]->setEnabled(editable && nodes >= 3);
}

} // namespace oi::editor
