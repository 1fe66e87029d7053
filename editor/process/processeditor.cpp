// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/process/processeditor.h"

#include "editor/widgets/actionhelp.h"

#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/process/processpicture.h"
#include "editor/process/processresults.h"
#include "editor/process/processview.h"

#include "editor/commands/projectsnapshot.h"
#include "editor/commands/undotext.h"

#include "model/atomicwrite.h"
#include "model/bpmn/bpmnexport.h"
#include "model/bpmn/bpmnimport.h"
#include "model/bpmn/bpmnmerge.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QIcon>
#include <QMessageBox>
#include <QUndoStack>

namespace oi::editor {

ProcessEditor::ProcessEditor(QObject *parent)
    : Editor(parent)
    , mView(new ProcessView)
{
    setWidget(mView);
    mView->setWhatsThis(tr("<p><b>Process</b></p><p>One process as a diagram: events, tasks, gateways and the flows "
                           "between them, with each task's role and duration. Choose the process above the diagram; "
                           "add nodes from the palette on the left or with their one-letter keys, and drag from the "
                           "handle on a node's right edge to another node to connect them.</p><p>After a simulation "
                           "run each task shows how long cases wait there and how busy its role is, and the "
                           "constraint is marked.</p>"));
    auto *import = new QAction(tr("Import &BPMN\u2026"), this);
    import->setObjectName(QStringLiteral("importBpmn"));
    describe(import, tr("Add the processes of a BPMN 2.0 file, drawn in another modelling tool, to the project"));
    connect(import, &QAction::triggered, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            mView, tr("Import BPMN"), QString(), tr("BPMN 2.0 files (*.bpmn *.xml);;All files (*)"));
        if (file.isEmpty())
            return;
        model::Problems problems;
        if (!importBpmn(file, &problems) && !problems.empty())
            QMessageBox::warning(mView, tr("Import BPMN"), problems.front().toString());
    });
    auto *exportAll = new QAction(tr("Export Processes as BPMN\u2026"), this);
    exportAll->setObjectName(QStringLiteral("exportBpmn"));
    describe(exportAll, tr("Save every process of the project as a BPMN 2.0 file other modelling tools can open"));
    connect(exportAll, &QAction::triggered, this, [this] {
        const QString file
            = QFileDialog::getSaveFileName(mView, tr("Export BPMN"), QString(), tr("BPMN 2.0 files (*.bpmn)"));
        QString error;
        if (!file.isEmpty() && !exportBpmn(file, false, &error))
            QMessageBox::warning(mView, tr("Export BPMN"), error);
    });
    mFileActions = { import, exportAll };
    connect(mView, &ProcessView::message, this, &Editor::message);
    // Results are per process: the overlay follows the process shown, and the one beside it.
    connect(mView->diagramScene(), &ProcessScene::processChanged, this, &ProcessEditor::paintResults);
    connect(mView->counterpartScene(), &ProcessScene::processChanged, this, &ProcessEditor::paintResults);
    connect(mView->diagramScene(), &ProcessScene::nodeActivated, this, [this](const QString &node) {
        if (document())
            document()->selection()->select(EntityKind::Node, mView->diagramScene()->process() + u'/' + node);
    });
}

QList<QAction *> ProcessEditor::actions(Place place) const
{
    using V = ProcessView;
    auto from = [this](std::initializer_list<int> which) {
        QList<QAction *> list;
        for (int a : which)
            list.append(a < 0 ? nullptr : mView->action(V::Action(a)));
        return list;
    };
    switch (place) {
    case Place::FileMenu: return mFileActions;
    case Place::EditMenu:
        return from(
            { V::Cut, V::Copy, V::Paste, V::Delete, -1, V::AddStart, V::AddTask, V::AddXor, V::AddSplit, V::AddJoin,
                V::AddTimer, V::AddEnd, -1, V::AlignLeft, V::AlignCentre, V::AlignRight, V::AlignTop, V::AlignMiddle,
                V::AlignBottom, V::DistributeAcross, V::DistributeDown, V::LayOut, -1, V::SelectAll, V::Find });
    case Place::ViewMenu: return from({ V::ZoomIn, V::ZoomOut, V::FitToWindow, V::ResetZoom, -1, V::ShowCounterpart });
    case Place::ToolBar: return from({ V::LayOut, -1, V::ZoomOut, V::ZoomIn, V::FitToWindow });
    }
    return {};
}

bool ProcessEditor::find(const QString &text)
{
    return mView->findNext(text);
}

void ProcessEditor::setOverlay(const ProcessOverlay &overlay)
{
    mView->diagramScene()->setOverlay(overlay);
}

void ProcessEditor::showResults(const std::shared_ptr<const sim::Results> &results)
{
    mResults = results;
    paintResults();
}

void ProcessEditor::paintResults()
{
    for (ProcessScene *scene : { mView->diagramScene(), mView->counterpartScene() })
        scene->setOverlay(mResults && document() && !scene->process().isEmpty()
                ? processResultsOverlay(document()->project(), *mResults, scene->process())
                : ProcessOverlay {});
}

bool ProcessEditor::importBpmn(const QString &fileName, model::Problems *problems)
{
    QFile file(fileName);
    if (!document() || !file.open(QIODevice::ReadOnly)) {
        if (problems && document()) {
            model::Problem p;
            p.file = fileName;
            p.message = tr("cannot read the file: %1").arg(file.errorString());
            problems->push_back(p);
        }
        return false;
    }
    // Bounded by the reader itself; refusing before reading the whole of a huge file.
    const std::unique_ptr<model::Project> imported
        = model::bpmn::processesFromBpmn(file.read(64 << 20), fileName, problems);
    if (!imported) {
        if (problems)
            emit importProblems(*problems);
        return false;
    }
    model::Project merged = document()->project();
    const std::size_t before = merged.processes.size();
    model::bpmn::mergeImportedProcesses(merged, *imported, fileName, problems);
    if (problems)
        emit importProblems(*problems); // the window lists them in the Problems panel
    const std::size_t added = merged.processes.size() - before;
    const QString first = added > 0 ? merged.processes[before].id : QString();
    document()->undoStack()->push(new ProjectSnapshotCommand(
        document(), std::move(merged), tr("Import BPMN %1").arg(QFileInfo(fileName).fileName())));
    if (!first.isEmpty())
        mView->showProcess(first);
    emit message(
        tr("Imported %1 from %2.")
            .arg(countedText("oi::editor::ProcessEditor", QT_TRANSLATE_NOOP("oi::editor::ProcessEditor", "1 process"),
                     QT_TRANSLATE_N_NOOP("oi::editor::ProcessEditor", "%n processes"), qsizetype(added)),
                QFileInfo(fileName).fileName()));
    return true;
}

bool ProcessEditor::exportBpmn(const QString &fileName, bool shownOnly, QString *error)
{
    if (!document())
        return false;
    const QStringList ids = shownOnly ? QStringList { mView->diagramScene()->process() } : QStringList {};
    const QByteArray xml = model::bpmn::processesToBpmn(document()->project(), ids, error);
    return !xml.isEmpty() && model::writeFileAtomically(fileName, xml, error);
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
    using V = ProcessView;
    const V::Action action[] = { V::ZoomIn, V::ZoomOut, V::FitToWindow, V::ResetZoom };
    mView->action(action[int(step)])->trigger();
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
