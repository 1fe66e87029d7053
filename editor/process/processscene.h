// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/process/processdiagram.h"
#include "editor/process/processoverlay.h"

#include "model/processedit.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include <optional>

namespace oi::editor {

class Document;

/** Colours of the process diagram, chosen for contrast ≥ 4.5:1 of every text on its ground. */
struct ProcessStyle
{
    QColor canvas { 0xf7, 0xf8, 0xfa };
    QColor laneFill { Qt::white };
    QColor laneAlternate { 0xf1, 0xf4, 0xf8 };
    QColor laneLine { 0xcb, 0xd2, 0xdc };
    QColor headerFill { 0xe2, 0xe8, 0xf0 };
    QColor text { 0x1a, 0x20, 0x2c };
    QColor shapeLine { 0x2d, 0x37, 0x48 };
    QColor taskFill { 0xff, 0xff, 0xff };
    QColor flow { 0x4a, 0x55, 0x68 };
    QColor label { 0x2b, 0x4c, 0x7e };
    QColor selection { 0x2b, 0x6c, 0xb0 };
    QColor guide { 0xd5, 0x3f, 0x8c };
    QColor constraint { 0xc5, 0x30, 0x30 };
    QFont font;
    QFont headerFont;
    static ProcessStyle standard();
};

/**
 * One process as a swimlane diagram in BPMN notation. Rebuilt from the model on every change of
 * that process (diagrams are small); a process without a layout is laid out (not stored) until the
 * consultant moves something or asks for a layout. Moving a task into another lane changes its
 * role; every drop is one undo command.
 */
class ProcessScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit ProcessScene(QObject *parent = nullptr);

    void setDocument(Document *document);
    Document *document() const;
    void setProcess(const QString &id);
    QString process() const { return mProcess; }
    const ProcessDiagram &diagram() const { return mDiagram; }
    const ProcessStyle &style() const { return mStyle; }
    void rebuild();

    /** The process as drawn: the model's, laid out when it has no shapes yet. */
    const model::Process *drawnProcess() const { return mDrawn ? &*mDrawn : nullptr; }
    /** Nodes were dropped with their top-left at these points; false when nothing changed. */
    bool dropNodes(const QHash<QString, QPointF> &topLefts);
    bool dropNode(const QString &node, const QPointF &topLeft) { return dropNodes({ { node, topLeft } }); }

    // Edits, each one undo step (processedits.cpp). False (with `error`) when refused.
    QStringList selectedNodes() const;
    QStringList selectedFlows() const;
    void selectNodes(const QStringList &nodes);
    /**
     * Adds a node: to the right of the one selected node, in its lane and connected from it (so a
     * process is typed in as a chain), else at the end of the first lane or `at` when given.
     */
    QString addNode(model::NodeType type, std::optional<QPointF> at = std::nullopt);
    bool connectNodes(const QString &from, const QString &to, QString *error = nullptr);
    bool reconnectFlow(const QString &flow, model::FlowEnd end, const QString &node, QString *error = nullptr);
    int deleteSelection();
    bool copySelection() const;
    bool canPaste() const;
    QStringList paste();
    bool align(model::Alignment alignment);
    bool distribute(Qt::Orientation orientation);
    /** Lays the whole process out afresh (layered left to right, lanes kept). */
    void layOut();
    /** Selects the next node whose name contains `text`, after the selected one; false when none. */
    bool findNext(const QString &text);

    // Dragging: where a node's top-left goes (grid, then another shape's centre or edge), with guides.
    QPointF snapped(const QString &node, const QRectF &shape, const QPointF &topLeft);
    void clearGuides();
    /** The node under `scenePos`, other than `except`; empty when none. */
    QString nodeAt(const QPointF &scenePos, const QString &except = {}) const;

    void setOverlay(const ProcessOverlay &overlay);
    const ProcessOverlay &overlay() const { return mOverlay; }
    /** Whether edits are refused (the side-by-side original is shown read-only). */
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return mReadOnly; }

signals:
    void nodeActivated(const QString &node);
    /** An edit was refused: the sentence for the status bar. */
    void refused(const QString &why);
    void overlayChanged();
    /** Another process is shown (an overlay of results is per process). */
    void processChanged();

private:
    void followSelection();
    /** The project with this process as drawn (laid out if it had no shapes): edits start from it. */
    model::Project editable() const;
    /** Nodes moved by align or distribute are in the lane they now sit in, as after a drag. */
    void takeLanesFromPositions(model::Process &process, const QStringList &nodes) const;
    void commit(model::Project edited, const QString &text, const QStringList &select);
    QPointer<Document> mDocument;
    QString mProcess;
    std::optional<model::Process> mDrawn;
    ProcessDiagram mDiagram;
    ProcessStyle mStyle = ProcessStyle::standard();
    ProcessOverlay mOverlay;
    QList<QGraphicsItem *> mGuides;
    QStringList mSelectAfterRebuild;
    bool mReadOnly = false;
};

} // namespace oi::editor
