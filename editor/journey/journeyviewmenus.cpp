// SPDX-License-Identifier: GPL-3.0-or-later
// JourneyView's menus: the lanes menu and the canvas context menu, plus stage edits they offer.
#include "editor/journey/journeyview.h"

#include "editor/widgets/menutext.h"

#include "editor/document/document.h"
#include "editor/journey/commands/stagecommands.h"
#include "editor/journey/journeyoperations.h"
#include "editor/journey/journeyscene.h"
#include "editor/journey/stepitem.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>

namespace oi::editor {

void JourneyView::fillLanesMenu(QMenu *menu)
{
    menu->clear();
    const QList<Lane> order = mLanes.order;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const Lane lane = order.at(i);
        QMenu *sub = menu->addMenu(menuText(LaneConfig::title(lane)));
        QAction *show = sub->addAction(tr("Show"));
        show->setCheckable(true);
        show->setChecked(mLanes.isVisible(lane));
        connect(show, &QAction::toggled, this, [this, lane](bool on) {
            LaneConfig c = mLanes;
            c.setVisible(lane, on);
            setLaneConfig(c);
        });
        QAction *up = sub->addAction(tr("Move Up"), this, [this, lane] {
            LaneConfig c = mLanes;
            if (c.move(lane, -1))
                setLaneConfig(c);
        });
        up->setEnabled(i > 0);
        QAction *down = sub->addAction(tr("Move Down"), this, [this, lane] {
            LaneConfig c = mLanes;
            if (c.move(lane, 1))
                setLaneConfig(c);
        });
        down->setEnabled(i + 1 < order.size());
    }
    menu->addSeparator();
    menu->addAction(mActions[ShowToBe]);
    menu->addAction(tr("Reset Lanes"), this, [this] { setLaneConfig(LaneConfig()); });
}

void JourneyView::showContextMenu(const QPoint &globalPos, const QPointF &scenePos)
{
    if (!mScene || !mScene->journey())
        return;
    QMenu menu(this);
    StepItem *step = nullptr;
    for (QGraphicsItem *item : mScene->items(scenePos)) {
        if ((step = qgraphicsitem_cast<StepItem *>(item)))
            break;
    }
    const JourneyLayout::StageSpan *span = mScene->layout().stageAt(scenePos.x());
    if (step) {
        if (!step->isSelected())
            selectSteps({ step->stepId() });
        for (Action a : { EditTitle, Duplicate, Copy, Cut, Paste, Delete })
            menu.addAction(mActions[a]);
        menu.addSeparator();
        fillLinkMenu(menu.addMenu(tr("Link")));
        menu.addSeparator();
        menu.addAction(mActions[AddStep]);
    } else if (span && !span->id.isEmpty() && scenePos.y() < JourneyLayout::HeaderHeight
        && scenePos.x() >= JourneyLayout::LabelWidth) {
        const QString id = span->id;
        const auto &stages = mScene->journey()->stages;
        const auto index = std::find_if(stages.begin(), stages.end(), [&](const model::Stage &s) { return s.id == id; })
            - stages.begin();
        menu.addAction(tr("Rename Stage"), this, [this, id] { editStageName(id); });
        menu.addAction(tr("Add Step to Stage"), this, [this, id] { addStepToStage(id); });
        menu.addAction(tr("Move Stage Left"), this, [this, id] { moveStage(id, -1); })->setEnabled(index > 0);
        menu.addAction(tr("Move Stage Right"), this, [this, id] { moveStage(id, 1); })
            ->setEnabled(index + 1 < qsizetype(stages.size()));
        menu.addSeparator();
        menu.addAction(tr("Delete Stage"), this, [this, id] { deleteStage(id); });
    } else {
        for (Action a : { AddStage, AddStep, Paste, SelectAll })
            menu.addAction(mActions[a]);
        menu.addSeparator();
        menu.addAction(mActions[FitToWindow]);
        fillLanesMenu(menu.addMenu(tr("Lanes")));
    }
    menu.exec(globalPos);
}

void JourneyView::fillLinkMenu(QMenu *menu)
{
    const QStringList steps = selectedStepIds();
    if (!mDocument || steps.isEmpty())
        return;
    const model::Project &p = mDocument->project();
    const model::Step *first = p.step(steps.first());
    // Checked when the first selected step has the link; toggling applies to all selected.
    const auto add = [&](QMenu *sub, EntityKind kind, const QString &id, const QString &name, bool linked) {
        // People pick by name; the id is in the tooltip for those who write the file.
        QAction *a = sub->addAction(menuText(name.isEmpty() ? id : shortened(name, 60)));
        a->setToolTip(name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id));
        a->setCheckable(true);
        a->setChecked(linked);
        connect(a, &QAction::toggled, this, [this, steps, kind, id](bool on) {
            if (mDocument)
                JourneyOperations::setLinked(mDocument, steps, kind, id, on);
        });
    };
    QMenu *roles = menu->addMenu(tr("Roles"));
    for (const model::Role &r : p.roles)
        add(roles, EntityKind::Role, r.id, r.name, first->frontRoles.contains(r.id) || first->backRoles.contains(r.id));
    QMenu *processes = menu->addMenu(tr("Processes"));
    for (const model::Process &pr : p.processes)
        add(processes, EntityKind::Process, pr.id, pr.name, first->processes.contains(pr.id));
    QMenu *requirements = menu->addMenu(tr("Requirements"));
    for (const model::Requirement &r : p.requirements)
        add(requirements, EntityKind::Requirement, r.id, r.text, first->requirements.contains(r.id));
    for (QMenu *sub : { roles, processes, requirements })
        sub->setEnabled(!sub->isEmpty());
}

void JourneyView::moveStage(const QString &stageId, int delta)
{
    const model::Journey *j = mScene ? mScene->journey() : nullptr;
    if (!j)
        return;
    for (size_t i = 0; i < j->stages.size(); ++i) {
        if (j->stages[i].id == stageId) {
            mDocument->undoStack()->push(new MoveStage(mDocument, j->id, int(i), int(i) + delta));
            return;
        }
    }
}

void JourneyView::deleteStage(const QString &stageId)
{
    if (mScene && mScene->journey())
        JourneyOperations::removeStages(mDocument, currentJourney(), { stageId });
}

void JourneyView::addStepToStage(const QString &stageId)
{
    if (!mScene || !mScene->journey())
        return;
    const QString id = JourneyOperations::addStep(mDocument, currentJourney(), stageId, -1, tr("New step"));
    selectSteps({ id });
    editStepTitle(id);
}

} // namespace oi::editor
