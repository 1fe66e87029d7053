// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/process/processscene.h"

#include "editor/commands/projectsnapshot.h"
#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/process/processitems.h"
#include "editor/process/processlegend.h"

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
    emit processChanged();
}

void ProcessScene::rebuild()
{
    // A rebuild (after any edit) keeps what was selected, or selects what the edit made.
    QStringList selected = mSelectAfterRebuild;
    if (selected.isEmpty())
        for (QGraphicsItem *item : selectedItems())
            selected << item->data(0).toString();
    mSelectAfterRebuild.clear();
    mGuides.clear();
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
        ProcessDiagram::layOut(mDocument->project(), *mDrawn, mStyle.font);
    mDiagram = ProcessDiagram::compute(mDocument->project(), *mDrawn, mStyle.font);
    // Room to drag beyond the last shape, and for the overlay's legend.
    const bool legend = !mOverlay.legend.isEmpty() || !mOverlay.legendNote.isEmpty();
    setSceneRect(mDiagram.bounds.adjusted(0, 0, 0, legend ? ProcessLegendItem::Height : 0));
    addItem(new ProcessLanesItem(mDiagram, this));
    if (legend)
        addItem(new ProcessLegendItem(mOverlay, mDiagram.bounds, mStyle.font, mStyle.text, mStyle.canvas));
    for (const ProcessFlowGeometry &f : mDiagram.flows) {
        auto *item = new ProcessFlowItem(f, this);
        addItem(item);
        item->setSelected(selected.contains(f.id));
    }
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

bool ProcessScene::dropNodes(const QHash<QString, QPointF> &topLefts)
{
    clearGuides();
    if (!mDocument || !mDrawn || mReadOnly) {
        rebuild();
        return false;
    }
    model::Project edited = editable();
    model::Process &p = *edited.process(mProcess);
    QString text;
    QStringList moved;
    for (auto it = topLefts.begin(); it != topLefts.end(); ++it) {
        model::Node *node = p.node(it.key());
        if (!node || !node->bounds)
            continue;
        model::Bounds &b = *node->bounds;
        const model::Bounds before = b;
        b.x = std::max(ProcessDiagram::LaneHeader + 4, std::round(it.value().x()));
        b.y = std::max(0.0, std::round(it.value().y()));
        if (b == before)
            continue;
        moved << node->id;
        text = node->name.isEmpty() ? node->id : node->name;
        for (model::Flow &f : p.flows)
            if (f.from == node->id || f.to == node->id) {
                f.waypoints.clear();
                f.labelPosition.reset();
            }
    }
    if (moved.isEmpty()) {
        rebuild();
        return false;
    }
    takeLanesFromPositions(p, moved); // into another lane: another role does the task
    const QString title = moved.size() == 1
        ? QCoreApplication::translate("UndoCommands", "Move %1").arg(text)
        : QCoreApplication::translate("UndoCommands", "Move %n Nodes", nullptr, int(moved.size()));
    commit(std::move(edited), title, moved);
    return true;
}

model::Project ProcessScene::editable() const
{
    // From the model as it is now (the scene may not have heard of the last change yet); a diagram
    // shown laid out keeps that layout once edited.
    model::Project edited = mDocument->project();
    if (model::Process *p = edited.process(mProcess); p && !model::bpmn::hasShapes(*p))
        ProcessDiagram::layOut(edited, *p, mStyle.font);
    return edited;
}

void ProcessScene::commit(model::Project edited, const QString &text, const QStringList &select)
{
    model::fitLanes(*edited.process(mProcess), ProcessDiagram::LaneHeader, ProcessDiagram::DefaultLaneSize);
    mSelectAfterRebuild = select;
    mDocument->undoStack()->push(new ProjectSnapshotCommand(mDocument, std::move(edited), text));
    if (!select.isEmpty()) {
        EntityRefs refs;
        const model::Process *now = mDocument->project().process(mProcess);
        for (const QString &id : select)
            if (now && now->node(id))
                refs.append({ EntityKind::Node, mProcess + u'/' + id });
        if (!refs.isEmpty())
            mDocument->selection()->set(refs);
    }
}

void ProcessScene::setOverlay(const ProcessOverlay &overlay)
{
    if (overlay == mOverlay)
        return;
    mOverlay = overlay;
    rebuild();
    emit overlayChanged();
}

void ProcessScene::setReadOnly(bool readOnly)
{
    mReadOnly = readOnly;
    rebuild();
}

} // namespace oi::editor
