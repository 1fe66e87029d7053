// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/process/processeditor.h"

#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/process/processpicture.h"
#include "editor/process/processview.h"

#include <QGraphicsItem>
#include <QGraphicsView>
#include <QIcon>

namespace oi::editor {

ProcessEditor::ProcessEditor(QObject *parent)
    : Editor(parent)
    , mView(new ProcessView)
{
    setWidget(mView);
    connect(mView->diagramScene(), &ProcessScene::nodeActivated, this, [this](const QString &node) {
        if (document())
            document()->selection()->select(EntityKind::Node, mView->diagramScene()->process() + u'/' + node);
    });
}

QString ProcessEditor::title() const
{
    return tr("Process");
}

QIcon ProcessEditor::icon() const
{
    return QIcon(QStringLiteral(":/icons/process.svg"));
}

bool ProcessEditor::shows(EntityKind kind) const
{
    return kind == EntityKind::Process || kind == EntityKind::Node;
}

void ProcessEditor::reveal(const EntityRef &ref)
{
    if (!shows(ref.kind))
        return;
    // "process/node" names a node, whichever kind the link gave (a step's chip says "process").
    const bool isNode = ref.kind == EntityKind::Node || ref.id.contains(u'/');
    if (document() && isNode)
        document()->selection()->select(EntityKind::Node, ref.id);
    mView->showProcess(ref.id.section(u'/', 0, 0));
    if (!isNode)
        return;
    const QString node = ref.id.section(u'/', 1);
    for (QGraphicsItem *item : mView->diagramScene()->items())
        if (item->data(0).toString() == node && (item->flags() & QGraphicsItem::ItemIsSelectable)) {
            mView->diagramScene()->clearSelection();
            item->setSelected(true);
            mView->canvas()->ensureVisible(item);
        }
}

bool ProcessEditor::zoom(Zoom step)
{
    QGraphicsView *canvas = mView->canvas();
    switch (step) {
    case Zoom::In: canvas->scale(1.25, 1.25); break;
    case Zoom::Out: canvas->scale(0.8, 0.8); break;
    case Zoom::Fit: canvas->fitInView(mView->diagramScene()->sceneRect(), Qt::KeepAspectRatio); break;
    case Zoom::Reset: canvas->resetTransform(); break;
    }
    return true;
}

QStringList ProcessEditor::exportFormats() const
{
    return { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") };
}

bool ProcessEditor::exportTo(const QString &fileName, const ExportOptions &options, QString *error)
{
    if (!options.process.isEmpty()) {
        if (!document() || !document()->project().process(options.process)) {
            if (error)
                *error = tr("%1: the project has no process \"%2\"").arg(fileName, options.process);
            return false;
        }
        mView->showProcess(options.process);
    }
    return ProcessPicture::exportFile(mView->diagramScene(), fileName, options.dpi, error);
}

void ProcessEditor::documentChanged()
{
    mView->setDocument(document());
}

} // namespace oi::editor
