// SPDX-License-Identifier: GPL-3.0-or-later
// JourneyView's actions: zoom, clipboard and structural edits.
#include "editor/journey/journeyview.h"

#include "editor/commands/undotext.h"
#include "editor/document/document.h"
#include "editor/journey/journeycanvas.h"
#include "editor/journey/journeyclipboard.h"
#include "editor/journey/journeyoperations.h"
#include "editor/journey/journeyscene.h"
#include "editor/widgets/actionhelp.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QUndoStack>

namespace oi::editor {

void JourneyView::createActions()
{
    const auto make = [this](Action which, const QString &text, const QString &icon, QList<QKeySequence> keys,
                          void (JourneyView::*slot)()) {
        auto *a = new QAction(text, this);
        if (!icon.isEmpty())
            a->setIcon(QIcon(icon));
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (slot)
            connect(a, &QAction::triggered, this, slot);
        addAction(a);
        mActions[which] = a;
    };
    make(ZoomIn, tr("Zoom &In"), QStringLiteral(":/icons/zoom-in.svg"),
        { QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) }, &JourneyView::zoomIn);
    make(ZoomOut, tr("Zoom &Out"), QStringLiteral(":/icons/zoom-out.svg"), { QKeySequence::ZoomOut },
        &JourneyView::zoomOut);
    make(FitToWindow, tr("&Fit to Window"), QStringLiteral(":/icons/zoom-fit.svg"),
        { QKeySequence(Qt::CTRL | Qt::Key_0) }, &JourneyView::fitToWindow);
    make(ResetZoom, tr("Actual &Size"), {}, { QKeySequence(Qt::CTRL | Qt::Key_1) }, &JourneyView::resetZoom);
    make(SelectAll, tr("Select &All Steps"), {}, { QKeySequence::SelectAll }, &JourneyView::selectAll);
    make(Copy, tr("&Copy Steps"), {}, { QKeySequence::Copy }, &JourneyView::copy);
    make(Cut, tr("Cu&t Steps"), {}, { QKeySequence::Cut }, &JourneyView::cut);
    make(Paste, tr("&Paste Steps"), {}, { QKeySequence::Paste }, &JourneyView::paste);
    make(Delete, tr("&Delete Steps"), QStringLiteral(":/icons/delete.svg"),
        { QKeySequence::Delete, QKeySequence(Qt::Key_Backspace) }, &JourneyView::deleteSelection);
    make(AddStage, tr("Add Sta&ge"), QStringLiteral(":/icons/add-stage.svg"), {}, &JourneyView::addStage);
    make(AddStep, tr("Add St&ep"), QStringLiteral(":/icons/add-step.svg"), { QKeySequence(Qt::Key_Insert) },
        &JourneyView::addStep);
    make(Duplicate, tr("D&uplicate Steps"), {}, { QKeySequence(Qt::CTRL | Qt::Key_D) },
        &JourneyView::duplicateSelection);
    make(Find, tr("&Find Steps…"), QStringLiteral(":/icons/find.svg"), { QKeySequence::Find }, &JourneyView::find);
    make(EditTitle, tr("&Rename Step"), {}, { QKeySequence(Qt::Key_F2) }, nullptr);
    connect(mActions[EditTitle], &QAction::triggered, this, [this] {
        const QStringList ids = selectedStepIds();
        if (!ids.isEmpty())
            editStepTitle(ids.first());
    });
    make(ShowToBe, tr("Show &To-Be Emotion"), {}, {}, nullptr);
    mActions[ShowToBe]->setCheckable(true);
    mActions[ShowToBe]->setChecked(true);
    connect(mActions[ShowToBe], &QAction::toggled, this, [this](bool on) {
        if (mScene)
            mScene->setShowToBe(on);
    });
    make(NewJourney, tr("&New Journey"), QStringLiteral(":/icons/journey.svg"), {}, &JourneyView::newJourney);
    make(DeleteJourney, tr("Delete &Journey"), {}, {}, &JourneyView::deleteJourney);
    describe(mActions[ZoomIn], tr("Zoom in on the journey map"));
    describe(mActions[ZoomOut], tr("Zoom out to see more of the journey map"));
    describe(mActions[FitToWindow], tr("Zoom so the whole journey fits in the window"));
    describe(mActions[ResetZoom], tr("Show the journey map at its actual size"));
    describe(mActions[SelectAll], tr("Select every step of this journey"));
    describe(mActions[Copy], tr("Copy the selected steps, to paste them into this or another journey"));
    describe(mActions[Cut], tr("Remove the selected steps and keep them to paste elsewhere"));
    describe(mActions[Paste], tr("Paste the copied steps after the selected step, or at the end of the journey"));
    describe(mActions[Delete], tr("Delete the selected steps from the journey"));
    describe(mActions[AddStage], tr("Add a stage at the end of the journey and name it"));
    describe(mActions[AddStep], tr("Add a step after the selected one, or at the end of the last stage"));
    describe(mActions[Duplicate], tr("Make a copy of the selected steps beside them"));
    describe(mActions[Find], tr("Find the next step whose title, action, touchpoint or pain points contain a word"));
    describe(mActions[EditTitle], tr("Rename the selected step on the map"));
    describe(
        mActions[ShowToBe], tr("Draw the customer's feelings after the redesign beside today's on the emotion curve"));
    describe(mActions[NewJourney], tr("Start a new journey with one empty stage"));
    describe(mActions[DeleteJourney], tr("Delete the journey shown, with its stages and steps"));
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &JourneyView::updateActions);
}

QList<QAction *> JourneyView::actions() const
{
    return QList<QAction *>(std::begin(mActions), std::end(mActions));
}

void JourneyView::updateActions()
{
    const bool journey = mScene && mScene->journey();
    const bool selection = journey && !mScene->selectedStepIds().isEmpty();
    for (Action a : { Copy, Cut, Delete, Duplicate, EditTitle })
        mActions[a]->setEnabled(selection);
    for (Action a : { SelectAll, AddStage, Find })
        mActions[a]->setEnabled(journey);
    mActions[NewJourney]->setEnabled(mDocument);
    mActions[DeleteJourney]->setEnabled(journey);
    mActions[AddStep]->setEnabled(journey && !mScene->journey()->stages.empty());
    mActions[Paste]->setEnabled(journey && !mScene->journey()->stages.empty()
        && JourneyClipboard::canRead(QApplication::clipboard()->mimeData()));
}

void JourneyView::zoomIn()
{
    mCanvas->setZoom(mCanvas->zoom() * 1.25);
}
void JourneyView::zoomOut()
{
    mCanvas->setZoom(mCanvas->zoom() / 1.25);
}
void JourneyView::fitToWindow()
{
    mCanvas->fitToWindow();
}
void JourneyView::resetZoom()
{
    mCanvas->setZoom(1.0);
}

void JourneyView::selectAll()
{
    if (mScene)
        mScene->selectSteps(mScene->layout().stepOrder);
}

void JourneyView::copy()
{
    const model::Journey *j = mScene ? mScene->journey() : nullptr;
    const QStringList ids = selectedStepIds();
    if (!j || ids.isEmpty())
        return;
    std::vector<model::Step> steps;
    for (const QString &id : ids) {
        if (const model::Step *s = mDocument->project().step(id))
            steps.push_back(*s);
    }
    QApplication::clipboard()->setMimeData(JourneyClipboard::toMimeData(steps));
}

void JourneyView::cut()
{
    const QStringList ids = selectedStepIds();
    if (ids.isEmpty())
        return;
    copy();
    mDocument->undoStack()->beginMacro(
        countedText("oi::editor::JourneyView", QT_TRANSLATE_NOOP("oi::editor::JourneyView", "Cut Step"),
            QT_TRANSLATE_N_NOOP("oi::editor::JourneyView", "Cut %n Steps"), ids.size()));
    JourneyOperations::deleteSteps(mDocument, currentJourney(), ids);
    mDocument->undoStack()->endMacro();
}

void JourneyView::paste()
{
    const model::Journey *j = mScene ? mScene->journey() : nullptr;
    if (!j || j->stages.empty())
        return;
    QString error;
    auto steps = JourneyClipboard::fromMimeData(QApplication::clipboard()->mimeData(), &error);
    if (steps.empty()) {
        emit message(error);
        return;
    }
    // After the last selected step, or at the end of the last stage.
    QString stage = j->stages.back().id;
    int position = -1;
    const QStringList selected = selectedStepIds();
    if (!selected.isEmpty()) {
        const model::Step *last = mDocument->project().step(selected.last());
        stage = last->stage;
        const JourneyLayout &l = mScene->layout();
        for (const JourneyLayout::StageSpan &span : l.stages) {
            if (span.id == stage)
                position = int(span.steps.indexOf(last->id)) + 1;
        }
    }
    selectSteps(JourneyOperations::pasteSteps(mDocument, j->id, std::move(steps), stage, position));
}

void JourneyView::deleteSelection()
{
    const QStringList ids = selectedStepIds();
    if (!ids.isEmpty())
        JourneyOperations::deleteSteps(mDocument, currentJourney(), ids);
}

void JourneyView::addStage()
{
    if (!mScene || !mScene->journey())
        return;
    const QString id = JourneyOperations::addStage(mDocument, currentJourney(), tr("New stage"));
    editStageName(id);
}

void JourneyView::addStep()
{
    const model::Journey *j = mScene ? mScene->journey() : nullptr;
    if (!j || j->stages.empty())
        return;
    QString stage = j->stages.back().id;
    int position = -1;
    const QStringList selected = selectedStepIds();
    if (!selected.isEmpty()) {
        const model::Step *last = mDocument->project().step(selected.last());
        stage = last->stage;
        for (const JourneyLayout::StageSpan &span : mScene->layout().stages) {
            if (span.id == stage)
                position = int(span.steps.indexOf(last->id)) + 1;
        }
    }
    const QString id = JourneyOperations::addStep(mDocument, j->id, stage, position, tr("New step"));
    selectSteps({ id });
    editStepTitle(id);
}

void JourneyView::newJourney()
{
    if (!mDocument || !mScene)
        return;
    const QString id = JourneyOperations::addJourney(mDocument, tr("New journey"), tr("New stage"));
    setCurrentJourney(id);
}

void JourneyView::deleteJourney()
{
    if (mScene && mScene->journey())
        JourneyOperations::removeJourney(mDocument, currentJourney());
}

void JourneyView::duplicateSelection()
{
    const QStringList ids = selectedStepIds();
    if (!ids.isEmpty())
        selectSteps(JourneyOperations::duplicateSteps(mDocument, currentJourney(), ids));
}

} // namespace oi::editor
