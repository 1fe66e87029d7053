// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/document.h"
#include "editor/document/entitykind.h"
#include "editor/journey/journeylayout.h"
#include "editor/journey/journeystyle.h"
#include "editor/journey/lanes.h"
#include "editor/journey/stepoverlay.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>

QT_BEGIN_NAMESPACE
class QMimeData;
QT_END_NAMESPACE

namespace oi::editor {

class ChangeEvent;
class EmotionCurveItem;
class JourneyGridItem;
class StepDetailsItem;
class StepItem;

/**
 * The journey map of one journey of a Document. Follows Document::changed (dispatching on the
 * event type into a hash of items by step id) and never writes the model except by pushing undo
 * commands (drag-and-drop of steps, emotion drags). Items hold step ids and cached copies.
 */
class JourneyScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit JourneyScene(Document *document, QObject *parent = nullptr);
    ~JourneyScene() override;

    Document *document() const { return mDocument; }
    /** Shows `journeyId` (empty or unknown: an empty map). */
    void setJourney(const QString &journeyId);
    QString journeyId() const { return mJourney; }
    const model::Journey *journey() const;

    void setLaneConfig(const LaneConfig &config);
    const LaneConfig &laneConfig() const { return mLanes; }
    void setShowToBe(bool show);
    bool showToBe() const { return mShowToBe; }
    /** Paints `overlay` over the map until replaced; pass {} to clear. */
    void setOverlay(const StepOverlay &overlay);
    const StepOverlay &overlay() const { return mOverlay; }
    /** Steps in the chain of what is selected elsewhere (a role, a requirement...): outlined on the map. */
    const QSet<QString> &chainSteps() const { return mChainSteps; }
    void setStyle(const JourneyStyle &style);
    const JourneyStyle &style() const { return mStyle; }
    const JourneyLayout &layout() const { return mLayout; }

    StepItem *stepItem(const QString &stepId) const { return mSteps.value(stepId); }
    /** The stage whose header was clicked last (cleared when steps get selected), or empty. */
    QString selectedStage() const { return mSelectedStage; }
    void selectStage(const QString &stageId);
    int stepItemCount() const { return int(mSteps.size()); }
    /** Selected steps in display order. */
    QStringList selectedStepIds() const;
    void selectSteps(const QStringList &stepIds);
    /** Selects every step from the first selected one (or the first step) to `stepId`. */
    void selectRangeTo(const QString &stepId);

    /** Called by StepItem while dragged: shows where the steps would land. */
    void showDropIndicator(StepItem *dragged);
    /** Called by StepItem on release after a drag: pushes one MoveSteps, or snaps back. */
    void dropSelectedSteps(StepItem *dragged);
    /** Called by the emotion curve on release. */
    void setStepEmotion(const QString &stepId, int emotion, bool toBe);
    void activateEntity(EntityKind kind, const QString &id) { emit entityActivated(kind, id); }
    void requestStepEdit(const QString &stepId) { emit stepEditRequested(stepId); }

signals:
    /** A chip (role, process, requirement) was clicked. */
    void entityActivated(oi::editor::EntityKind kind, const QString &id);
    void stepEditRequested(const QString &stepId);
    void stageEditRequested(const QString &stageId);
    void stageSelectionChanged(const QString &stageId);
    /** The journey, its layout or its content changed (e.g. to refresh headers). */
    void journeyChanged();

public:
    /** MIME type of role/process/requirement references ("role:agent" lines) dragged from the project tree. */
    static QString entityMimeType() { return QStringLiteral("application/x-outsidein-entity"); }
    /**
     * Links the entities referenced in `mime` to `stepId` (or to all selected steps when it is
     * one of them), one undo step each. Returns false when nothing in `mime` can be linked.
     */
    bool linkEntities(const QString &stepId, const QMimeData *mime);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void documentChanged(const ChangeEvent &event);
    void rebuild();
    void relayout();
    void syncSteps(const QStringList &stepIds);

    QPointer<Document> mDocument;
    QString mJourney;
    LaneConfig mLanes;
    JourneyStyle mStyle;
    JourneyLayout mLayout;
    StepOverlay mOverlay;
    QSet<QString> mChainSteps;
    bool mShowToBe = true;
    QString mSelectedStage;
    QHash<QString, StepItem *> mSteps;
    QHash<QString, StepDetailsItem *> mDetails;
    JourneyGridItem *mGrid = nullptr;
    EmotionCurveItem *mCurve = nullptr;
    QGraphicsRectItem *mDropIndicator = nullptr;
};

} // namespace oi::editor
