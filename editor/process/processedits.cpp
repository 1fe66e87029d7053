// SPDX-License-Identifier: GPL-3.0-or-later
// The process diagram's structural edits: each builds the edited project from the model-level
// operations (model/processedit) and commits it as one undo step.
#include "editor/process/processscene.h"

#include "editor/document/document.h"
#include "editor/process/processitems.h"

#include "model/bpmn/autolayout.h"
#include "model/processfragment.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QGraphicsLineItem>
#include <QMimeData>

#include <cmath>

namespace oi::editor {

namespace {

const QString kFragmentMime = QStringLiteral("application/x-outsidein-process-nodes");

QString undoText(const char *text)
{
    return QCoreApplication::translate("UndoCommands", text);
}

QString undoText(const char *text, int n)
{
    return QCoreApplication::translate("UndoCommands", text, nullptr, n);
}

struct NodeKind
{
    const char *stem;
    const char *name;
    const char *undo;
};

NodeKind kindOf(model::NodeType type)
{
    switch (type) {
    case model::NodeType::Start:
        return { "start", QT_TRANSLATE_NOOP("ProcessScene", "Customer asks"),
            QT_TRANSLATE_NOOP("UndoCommands", "Add Start Event") };
    case model::NodeType::End:
        return { "end", QT_TRANSLATE_NOOP("ProcessScene", "Done"), QT_TRANSLATE_NOOP("UndoCommands", "Add End Event") };
    case model::NodeType::Task:
        return { "task", QT_TRANSLATE_NOOP("ProcessScene", "New task"), QT_TRANSLATE_NOOP("UndoCommands", "Add Task") };
    case model::NodeType::Xor:
        return { "decision", QT_TRANSLATE_NOOP("ProcessScene", "Decision?"),
            QT_TRANSLATE_NOOP("UndoCommands", "Add Exclusive Gateway") };
    case model::NodeType::AndSplit:
        return { "split", QT_TRANSLATE_NOOP("ProcessScene", "In parallel"),
            QT_TRANSLATE_NOOP("UndoCommands", "Add Parallel Split") };
    case model::NodeType::AndJoin:
        return { "join", QT_TRANSLATE_NOOP("ProcessScene", "All done"),
            QT_TRANSLATE_NOOP("UndoCommands", "Add Parallel Join") };
    case model::NodeType::Timer:
        return { "wait", QT_TRANSLATE_NOOP("ProcessScene", "Wait"),
            QT_TRANSLATE_NOOP("UndoCommands", "Add Timer Event") };
    }
    return { "node", "", "" };
}

QRectF rectOf(const model::Bounds &b)
{
    return QRectF(b.x, b.y, b.w, b.h);
}

bool overlapsAny(const model::Process &p, const QRectF &r, const QString &except)
{
    for (const model::Node &n : p.nodes)
        if (n.id != except && n.bounds && rectOf(*n.bounds).adjusted(-10, -10, 10, 10).intersects(r))
            return true;
    return false;
}

} // namespace

QStringList ProcessScene::selectedNodes() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems())
        if (item->data(1).toString() == QLatin1String("node"))
            ids << item->data(0).toString();
    // The key shape of align is the first selected: keep the diagram's order, which is stable.
    if (mDrawn) {
        QStringList ordered;
        for (const model::Node &n : mDrawn->nodes)
            if (ids.contains(n.id))
                ordered << n.id;
        return ordered;
    }
    return ids;
}

QStringList ProcessScene::selectedFlows() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems())
        if (item->data(1).toString() == QLatin1String("flow"))
            ids << item->data(0).toString();
    return ids;
}

void ProcessScene::selectNodes(const QStringList &nodes)
{
    clearSelection();
    for (QGraphicsItem *item : items())
        if (item->data(1).toString() == QLatin1String("node") && nodes.contains(item->data(0).toString()))
            item->setSelected(true);
}

QString ProcessScene::addNode(model::NodeType type, std::optional<QPointF> at)
{
    if (!mDocument || !mDrawn || mReadOnly)
        return {};
    model::Project edited = editable();
    model::Process &p = *edited.process(mProcess);
    const NodeKind kind = kindOf(type);
    model::Node n;
    n.id = model::unusedNodeId(p, QString::fromLatin1(kind.stem));
    n.name = QCoreApplication::translate("ProcessScene", kind.name);
    n.type = type;
    if (type == model::NodeType::Start)
        n.arrivals = model::Distribution::exponential(60);
    if (type == model::NodeType::Task || type == model::NodeType::Timer)
        n.duration = model::Distribution::exponential(type == model::NodeType::Task ? 10 : 60);
    model::Bounds b = model::bpmn::defaultSize(type);
    const QStringList selected = selectedNodes();
    const model::Node *after = selected.size() == 1 ? p.node(selected.front()) : nullptr;
    const QString afterId = after ? after->id : QString();
    const bool chain = after && !at && after->type != model::NodeType::End && type != model::NodeType::Start;
    QString lane;
    if (at) {
        b.x = at->x() - b.w / 2;
        b.y = at->y() - b.h / 2;
        if (const ProcessLaneGeometry *l = mDiagram.laneAt(at->y()))
            lane = l->role;
    } else if (after && after->bounds) {
        b.x = after->bounds->x + after->bounds->w + 60;
        b.y = after->bounds->y + after->bounds->h / 2 - b.h / 2;
        lane = model::bpmn::nodeLanes(p).value(after->id);
    } else {
        double right = ProcessDiagram::LaneHeader + 40;
        for (const model::Node &m : p.nodes)
            if (m.bounds)
                right = std::max(right, m.bounds->x + m.bounds->w + 60);
        b.x = right;
        const ProcessLaneGeometry *first = mDiagram.lanes.empty() ? nullptr : &mDiagram.lanes.front();
        b.y = first ? first->rect.center().y() - b.h / 2 : 40;
        lane = first ? first->role : QString();
    }
    if (lane.isEmpty() && !edited.roles.empty())
        lane = edited.roles.front().id;
    b.x = std::max(ProcessDiagram::LaneHeader + 10, std::round(b.x / 10) * 10);
    b.y = std::max(10.0, std::round(b.y));
    // Never on top of another shape: the next free place below, in the same lane (it grows).
    for (int tries = 0; tries < 50 && overlapsAny(p, rectOf(b), QString()); ++tries)
        b.y += b.h + 30;
    n.bounds = b;
    if (type == model::NodeType::Task)
        n.role = lane;
    else
        n.lane = lane;
    p.nodes.push_back(n); // `after` points into the nodes: not used from here on
    if (chain)
        model::connectNodes(p, afterId, n.id, nullptr);
    commit(std::move(edited), undoText(kind.undo), { n.id });
    return n.id;
}

bool ProcessScene::connectNodes(const QString &from, const QString &to, QString *error)
{
    if (!mDocument || !mDrawn || mReadOnly)
        return false;
    model::Project edited = editable();
    QString why;
    if (model::connectNodes(*edited.process(mProcess), from, to, &why).isEmpty()) {
        if (error)
            *error = why;
        emit refused(why);
        return false;
    }
    commit(std::move(edited), undoText(QT_TRANSLATE_NOOP("UndoCommands", "Connect Nodes")), {});
    return true;
}

bool ProcessScene::reconnectFlow(const QString &flow, model::FlowEnd end, const QString &node, QString *error)
{
    if (!mDocument || !mDrawn || mReadOnly)
        return false;
    model::Project edited = editable();
    QString why;
    if (!model::reconnectFlow(*edited.process(mProcess), flow, end, node, &why)) {
        if (error)
            *error = why;
        emit refused(why);
        rebuild();
        return false;
    }
    commit(std::move(edited), undoText(QT_TRANSLATE_NOOP("UndoCommands", "Reconnect Flow")), {});
    return true;
}

int ProcessScene::deleteSelection()
{
    if (!mDocument || !mDrawn || mReadOnly)
        return 0;
    const QStringList nodes = selectedNodes();
    const QStringList flows = selectedFlows();
    if (nodes.isEmpty() && flows.isEmpty())
        return 0;
    model::Project edited = editable();
    const int removed = model::deleteFlows(*edited.process(mProcess), flows);
    const int gone = model::deleteNodes(edited, mProcess, nodes);
    const QString text = gone > 0 ? undoText(QT_TRANSLATE_N_NOOP("UndoCommands", "Delete %n Nodes"), gone)
                                  : undoText(QT_TRANSLATE_N_NOOP("UndoCommands", "Delete %n Flows"), removed);
    commit(std::move(edited), text, {});
    return gone + removed;
}

bool ProcessScene::copySelection() const
{
    const QStringList nodes = selectedNodes();
    if (!mDocument || nodes.isEmpty())
        return false;
    model::Project fragment = model::processFragment(editable(), mProcess, nodes);
    auto *mime = new QMimeData;
    mime->setData(kFragmentMime, model::fragmentToYaml(fragment));
    QStringList names;
    for (const model::Node &n : fragment.processes.front().nodes)
        names << (n.name.isEmpty() ? n.id : n.name);
    mime->setText(names.join(u'\n'));
    QApplication::clipboard()->setMimeData(mime);
    return true;
}

bool ProcessScene::canPaste() const
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    return !mReadOnly && mDrawn && mime && mime->hasFormat(kFragmentMime);
}

QStringList ProcessScene::paste()
{
    if (!canPaste())
        return {};
    QString error;
    const std::unique_ptr<model::Project> fragment
        = model::fragmentFromYaml(QApplication::clipboard()->mimeData()->data(kFragmentMime), &error);
    if (!fragment) {
        emit refused(error);
        return {};
    }
    model::Project edited = editable();
    // Pasted below-right of the originals, further each time the same nodes are pasted again.
    double dx = 40, dy = 40;
    for (int tries = 0; tries < 20; ++tries) {
        bool clash = false;
        for (const model::Node &n : fragment->processes.front().nodes)
            if (n.bounds && overlapsAny(*edited.process(mProcess), rectOf(*n.bounds).translated(dx, dy), QString()))
                clash = true;
        if (!clash)
            break;
        dx += 40, dy += 40;
    }
    const QStringList pasted = model::pasteFragment(edited, mProcess, *fragment, dx, dy);
    commit(
        std::move(edited), undoText(QT_TRANSLATE_N_NOOP("UndoCommands", "Paste %n Nodes"), int(pasted.size())), pasted);
    return pasted;
}

bool ProcessScene::align(model::Alignment alignment)
{
    const QStringList nodes = selectedNodes();
    if (!mDocument || mReadOnly || nodes.size() < 2)
        return false;
    model::Project edited = editable();
    if (model::alignNodes(*edited.process(mProcess), nodes, alignment) == 0)
        return false;
    takeLanesFromPositions(*edited.process(mProcess), nodes);
    commit(
        std::move(edited), undoText(QT_TRANSLATE_N_NOOP("UndoCommands", "Align %n Nodes"), int(nodes.size())), nodes);
    return true;
}

bool ProcessScene::distribute(Qt::Orientation orientation)
{
    const QStringList nodes = selectedNodes();
    if (!mDocument || mReadOnly || nodes.size() < 3)
        return false;
    model::Project edited = editable();
    if (model::distributeNodes(*edited.process(mProcess), nodes, orientation) == 0)
        return false;
    takeLanesFromPositions(*edited.process(mProcess), nodes);
    commit(std::move(edited), undoText(QT_TRANSLATE_N_NOOP("UndoCommands", "Distribute %n Nodes"), int(nodes.size())),
        nodes);
    return true;
}

void ProcessScene::layOut()
{
    if (!mDocument || !mDrawn || mReadOnly)
        return;
    model::Project edited = mDocument->project();
    ProcessDiagram::layOut(edited, *edited.process(mProcess), mStyle.font);
    commit(std::move(edited), undoText(QT_TRANSLATE_NOOP("UndoCommands", "Lay Out Process")), selectedNodes());
}

bool ProcessScene::findNext(const QString &text)
{
    if (!mDrawn || text.isEmpty())
        return false;
    const QStringList selected = selectedNodes();
    const auto &nodes = mDrawn->nodes;
    qsizetype from = 0;
    for (qsizetype i = 0; i < qsizetype(nodes.size()); ++i)
        if (!selected.isEmpty() && nodes[std::size_t(i)].id == selected.front())
            from = i + 1;
    for (qsizetype k = 0; k < qsizetype(nodes.size()); ++k) {
        const model::Node &n = nodes[std::size_t((from + k) % qsizetype(nodes.size()))];
        if (n.name.contains(text, Qt::CaseInsensitive) || n.id.contains(text, Qt::CaseInsensitive)) {
            selectNodes({ n.id });
            emit nodeActivated(n.id);
            return true;
        }
    }
    return false;
}

void ProcessScene::takeLanesFromPositions(model::Process &process, const QStringList &nodes) const
{
    for (const QString &id : nodes) {
        model::Node *n = process.node(id);
        const ProcessLaneGeometry *lane = n && n->bounds ? mDiagram.laneAt(n->bounds->y + n->bounds->h / 2) : nullptr;
        if (!lane)
            continue;
        if (n->type == model::NodeType::Task)
            n->role = lane->role; // moved into another lane, as by a drag: another role does it
        else
            n->lane = lane->role;
    }
}

QString ProcessScene::nodeAt(const QPointF &scenePos, const QString &except) const
{
    for (QGraphicsItem *item : items(scenePos))
        if (item->data(1).toString() == QLatin1String("node") && item->data(0).toString() != except)
            return item->data(0).toString();
    return {};
}

QPointF ProcessScene::snapped(const QString &node, const QRectF &shape, const QPointF &topLeft)
{
    clearGuides();
    constexpr double kGrid = 10, kReach = 6;
    QPointF at(std::round(topLeft.x() / kGrid) * kGrid, std::round(topLeft.y() / kGrid) * kGrid);
    if (!mDrawn)
        return at;
    // Centres line up first (flows run straight), then edges; a guide shows what it lined up with.
    const QRectF moving(topLeft, shape.size());
    double bestX = kReach + 1, bestY = kReach + 1;
    QLineF guideX, guideY;
    for (const model::Node &n : mDrawn->nodes) {
        if (n.id == node || !n.bounds || selectedNodes().contains(n.id))
            continue;
        const QRectF other = rectOf(*n.bounds);
        for (const auto &[mine, theirs] : { std::pair { moving.center().x(), other.center().x() },
                 std::pair { moving.left(), other.left() }, std::pair { moving.right(), other.right() } })
            if (std::abs(mine - theirs) < bestX) {
                bestX = std::abs(mine - theirs);
                at.setX(topLeft.x() + theirs - mine);
                guideX = QLineF(theirs, std::min(other.top(), moving.top()) - 20, theirs,
                    std::max(other.bottom(), moving.bottom()) + 20);
            }
        for (const auto &[mine, theirs] : { std::pair { moving.center().y(), other.center().y() },
                 std::pair { moving.top(), other.top() }, std::pair { moving.bottom(), other.bottom() } })
            if (std::abs(mine - theirs) < bestY) {
                bestY = std::abs(mine - theirs);
                at.setY(topLeft.y() + theirs - mine);
                guideY = QLineF(std::min(other.left(), moving.left()) - 20, theirs,
                    std::max(other.right(), moving.right()) + 20, theirs);
            }
    }
    QPen pen(mStyle.guide, 1, Qt::DashLine);
    pen.setCosmetic(true);
    for (const QLineF &line : { guideX, guideY })
        if (!line.isNull()) {
            QGraphicsLineItem *guide = addLine(line, pen);
            guide->setZValue(20);
            guide->setData(1, QStringLiteral("guide"));
            mGuides << guide;
        }
    return at;
}

void ProcessScene::clearGuides()
{
    for (QGraphicsItem *guide : std::as_const(mGuides)) {
        removeItem(guide);
        delete guide;
    }
    mGuides.clear();
}

} // namespace oi::editor
