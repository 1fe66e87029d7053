// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/process/processdiagram.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

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
    /** A node was dropped with its top-left at `topLeft`; false when nothing changed. */
    bool dropNode(const QString &node, const QPointF &topLeft);

signals:
    void nodeActivated(const QString &node);

private:
    void followSelection();
    QPointer<Document> mDocument;
    QString mProcess;
    std::optional<model::Process> mDrawn;
    ProcessDiagram mDiagram;
    ProcessStyle mStyle = ProcessStyle::standard();
};

} // namespace oi::editor
