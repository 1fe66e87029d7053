// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/process/processscene.h"

#include "editor/commands/entitycommands.h"
#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/process/processitems.h"

#include "model/bpmn/autolayout.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <cmath>

namespace oi::editor {

ProcessStyle ProcessStyle::standard()
{
    ProcessStyle s;
    s.font = QFont(QStringLiteral("DejaVu Sans"));
    s.font.setPixelSize(12);
    s.font.setHintingPreference(QFont::PreferNoHinting); // the same advances on every device
    s.headerFont = s.font;
    s.headerFont.setPixelSize(13);
    s.headerFont.setWeight(QFont::DemiBold);
    return s;
}

ProcessScene::ProcessScene(QObject *parent)
    : QGraphicsScene(parent)
{
}

void ProcessScene::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument->selection(), nullptr, this, nullptr);
    mDocument = document;
    if (mDocument)
        connect(mDocument->selection(), &Selection::changed, this, &ProcessScene::followSelection);
    if (mDocument && !mDocument->project().processes.empty() && !mDocument->project().process(mProcess))
        mProcess = mDocument->project().processes.front().id;
    rebuild();
}

Document *ProcessScene::document() const
{
    return mDocument;
}

void ProcessScene::setProcess(const QString &id)
{
    if (id == mProcess)
        return;
    mProcess = id;
    rebuild();
}

void ProcessScene::rebuild()
{
    // A rebuild (after any edit) keeps what was selected.
    QStringList selected;
    for (QGraphicsItem *item : selectedItems())
        selected << item->data(0).toString();
    clear();
    const model::Process *p = mDocument ? mDocument->project().process(mProcess) : nullptr;
    if (!p) {
        mDrawn.reset();
        mDiagram = {};
        setSceneRect(QRectF(0, 0, 100, 100));
        return;
    }
    mDrawn = *p;
    if (!model::bpmn::hasShapes(*mDrawn))
        model::bpmn::layOut(*mDrawn);
    mDiagram = ProcessDiagram::compute(mDocument->project(), *mDrawn, mStyle.font);
    setSceneRect(mDiagram.bounds);
    addItem(new ProcessLanesItem(mDiagram, mStyle));
    for (const ProcessFlowGeometry &f : mDiagram.flows)
        addItem(new ProcessFlowItem(f, mStyle));
    for (const ProcessNodeGeometry &n : mDiagram.nodes) {
        auto *item = new ProcessNodeItem(n, mStyle, this);
        addItem(item);
        item->setSelected(selected.contains(n.id));
    }
    followSelection();
}

void ProcessScene::followSelection()
{
    // A node selected anywhere (a journey chip, the tree, the Problems panel) is selected here.
    if (!mDocument)
        return;
    QStringList nodes;
    for (const EntityRef &ref : mDocument->selection()->entities())
        if (ref.kind == EntityKind::Node && ref.id.section(u'/', 0, 0) == mProcess)
            nodes << ref.id.section(u'/', 1);
    if (nodes.isEmpty())
        return;
    for (QGraphicsItem *item : items())
        if (item->flags() & QGraphicsItem::ItemIsSelectable)
            item->setSelected(nodes.contains(item->data(0).toString()));
}

bool ProcessScene::dropNode(const QString &nodeId, const QPointF &topLeft)
{
    if (!mDocument || !mDrawn) {
        rebuild();
        return false;
    }
    const model::Node *node = mDrawn->node(nodeId);
    if (!node || !node->bounds) {
        rebuild();
        return false;
    }
    // Snap to a 10-unit grid, so shapes line up without a guide for every pixel.
    const double x = std::round(topLeft.x() / 10) * 10, y = std::round(topLeft.y() / 10) * 10;
    model::Bounds moved = *node->bounds;
    moved.x = std::max(ProcessDiagram::LaneHeader + 4, x);
    moved.y = std::max(0.0, y);
    const ProcessLaneGeometry *lane = mDiagram.laneAt(moved.y + moved.h / 2);
    const QString ref = mProcess + u'/' + nodeId;
    auto *all = new QUndoCommand(
        QCoreApplication::translate("UndoCommands", "Move %1").arg(node->name.isEmpty() ? nodeId : node->name));
    // A diagram shown with an automatic layout keeps it: the first move stores every shape.
    const model::Process &stored = *mDocument->project().process(mProcess);
    if (!model::bpmn::hasShapes(stored)) {
        new SetProcessLanes(mDocument, { mProcess }, mDrawn->lanes, all);
        for (const model::Node &n : mDrawn->nodes)
            if (n.id != nodeId)
                new SetNodeBounds(mDocument, { mProcess + u'/' + n.id }, n.bounds, all);
    }
    new SetNodeBounds(mDocument, { ref }, moved, all);
    if (lane && node->type == model::NodeType::Task && lane->role != node->role)
        new SetNodeRole(mDocument, { ref }, lane->role, all); // another lane: another role does it
    else if (lane && node->type != model::NodeType::Task && lane->role != node->lane)
        new SetNodeLane(mDocument, { ref }, lane->role, all);
    mDocument->undoStack()->push(all);
    return true;
}

} // namespace oi::editor
