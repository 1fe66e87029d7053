// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/journeyscene.h"

#include "editor/document/changeevents.h"
#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/document/selectionchain.h"
#include "editor/journey/commands/changestep.h"
#include "editor/journey/commands/stepcommands.h"
#include "editor/journey/emotioncurveitem.h"
#include "editor/journey/journeygriditem.h"
#include "editor/journey/stepdetailsitem.h"
#include "editor/journey/stepitem.h"

#include "editor/journey/journeyoperations.h"

#include <QApplication>
#include <QGraphicsRectItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QUndoStack>

#include <cmath>
#include <utility>

namespace oi::editor {

JourneyScene::JourneyScene(Document *document, QObject *parent)
    : QGraphicsScene(parent)
    , mDocument(document)
    , mStyle(JourneyStyle::fromPalette(QApplication::palette(), QApplication::font()))
{
    setItemIndexMethod(BspTreeIndex);
    setBackgroundBrush(mStyle.canvas);
    mGrid = new JourneyGridItem;
    addItem(mGrid);
    mCurve = new EmotionCurveItem;
    addItem(mCurve);
    mDropIndicator = new QGraphicsRectItem;
    mDropIndicator->setPen(Qt::NoPen);
    mDropIndicator->setBrush(mStyle.accent);
    mDropIndicator->setZValue(10);
    mDropIndicator->hide();
    addItem(mDropIndicator);
    connect(document, &Document::changed, this, &JourneyScene::documentChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (!selectedItems().isEmpty())
            selectStage(QString());
    });
    if (!document->project().journeys.empty())
        mJourney = document->project().journeys.front().id;
    connect(document->selection(), &Selection::changed, this, [this] {
        // A step's own selection shows as selection; the chain is for what is selected elsewhere.
        const EntityRefs selected = mDocument->selection()->entities();
        const bool elsewhere = !selected.isEmpty() && selected.first().kind != EntityKind::Step;
        const model::Chain chain = elsewhere ? selectionChain(*mDocument) : model::Chain {};
        QSet<QString> steps(chain.steps.begin(), chain.steps.end());
        if (steps != mChainSteps) {
            mChainSteps = std::move(steps);
            update();
        }
    });
    rebuild();
}

JourneyScene::~JourneyScene()
{
    // QGraphicsScene deletes the items after us; no one may hear about selections from then on.
    blockSignals(true);
    mSteps.clear();
    mDetails.clear();
}

const model::Journey *JourneyScene::journey() const
{
    return mDocument ? mDocument->project().journey(mJourney) : nullptr;
}

void JourneyScene::setJourney(const QString &journeyId)
{
    if (journeyId == mJourney)
        return;
    mJourney = journeyId;
    rebuild();
}

void JourneyScene::setLaneConfig(const LaneConfig &config)
{
    if (config == mLanes)
        return;
    mLanes = config;
    relayout();
}

void JourneyScene::setShowToBe(bool show)
{
    mShowToBe = show;
    mCurve->update();
}

void JourneyScene::setOverlay(const StepOverlay &overlay)
{
    mOverlay = overlay;
    update();
}

void JourneyScene::setStyle(const JourneyStyle &style)
{
    mStyle = style;
    setBackgroundBrush(mStyle.canvas);
    relayout(); // fonts may change chip sizes
    update();
}

QStringList JourneyScene::selectedStepIds() const
{
    QStringList ids;
    for (const QString &id : mLayout.stepOrder) {
        if (StepItem *item = mSteps.value(id); item && item->isSelected())
            ids.append(id);
    }
    return ids;
}

void JourneyScene::selectSteps(const QStringList &stepIds)
{
    if (!stepIds.isEmpty())
        selectStage(QString());
    QSignalBlocker blocker(this);
    clearSelection();
    for (const QString &id : stepIds) {
        if (StepItem *item = mSteps.value(id))
            item->setSelected(true);
    }
    blocker.unblock();
    emit selectionChanged();
}

void JourneyScene::selectRangeTo(const QString &stepId)
{
    const QStringList &order = mLayout.stepOrder;
    const QStringList selected = selectedStepIds();
    const qsizetype anchor = selected.isEmpty() ? 0 : order.indexOf(selected.first());
    const qsizetype to = order.indexOf(stepId);
    if (to < 0)
        return;
    selectSteps(order.mid(std::min(anchor, to), std::abs(to - anchor) + 1));
}

void JourneyScene::documentChanged(const ChangeEvent &event)
{
    switch (event.type) {
    case ChangeEvent::DocumentReset:
        if (!journey() && mDocument && !mDocument->project().journeys.empty())
            mJourney = mDocument->project().journeys.front().id;
        rebuild();
        break;
    case ChangeEvent::JourneyAdded:
        // The first journey of an empty project (or one restored by undo) shows at once.
        if (mJourney.isEmpty()) {
            mJourney = static_cast<const JourneyChangeEvent &>(event).journey;
            rebuild();
        }
        emit journeyChanged();
        break;
    case ChangeEvent::JourneyChanged:
        emit journeyChanged(); // names in the switcher may have changed
        break;
    case ChangeEvent::JourneyRemoved:
        if (mJourney.isEmpty() && mDocument && !mDocument->project().journeys.empty()) {
            mJourney = mDocument->project().journeys.front().id;
            rebuild();
        }
        emit journeyChanged();
        break;
    case ChangeEvent::JourneyAboutToBeRemoved:
        if (static_cast<const JourneyChangeEvent &>(event).journey == mJourney) {
            mJourney.clear();
            rebuild();
        }
        break;
    case ChangeEvent::StagesAdded:
    case ChangeEvent::StagesRemoved:
    case ChangeEvent::StagesChanged:
    case ChangeEvent::StagesReordered:
        if (static_cast<const StageChangeEvent &>(event).journey == mJourney)
            relayout();
        break;
    case ChangeEvent::StagesAboutToBeRemoved:
        if (static_cast<const StageChangeEvent &>(event).stages.contains(mSelectedStage))
            selectStage(QString());
        break;
    case ChangeEvent::StepsAboutToBeRemoved: {
        const auto &e = static_cast<const StepChangeEvent &>(event);
        if (e.journey != mJourney)
            break;
        for (const QString &id : e.steps) {
            delete mSteps.take(id);
            delete mDetails.take(id);
        }
        break;
    }
    case ChangeEvent::StepsAdded:
    case ChangeEvent::StepsRemoved:
    case ChangeEvent::StepsMoved:
        if (static_cast<const StepChangeEvent &>(event).journey == mJourney)
            relayout();
        break;
    case ChangeEvent::StepsChanged: {
        const auto &e = static_cast<const StepChangeEvent &>(event);
        constexpr StepChangeEvent::Properties sized = StepChangeEvent::TitleProperty
            | StepChangeEvent::CustomerActionProperty | StepChangeEvent::PainPointsProperty
            | StepChangeEvent::OpportunitiesProperty | StepChangeEvent::MomentOfTruthProperty
            | StepChangeEvent::CustomerInitiatedProperty;
        // Texts that size the lanes may change the layout; anything else repaints in place.
        if (e.journey == mJourney && (e.properties & sized))
            relayout();
        else if (e.journey == mJourney)
            syncSteps(e.steps);
        break;
    }
    case ChangeEvent::EntitiesAdded:
    case ChangeEvent::EntitiesRemoved:
    case ChangeEvent::EntitiesChanged: {
        // Chips name roles, processes, their nodes and requirements: only their edits re-read the
        // map (milliseconds even for 1000 steps); strategies, scenarios and the rest leave it be.
        const auto &e = static_cast<const EntityChangeEvent &>(event);
        using namespace EntityProperty;
        const bool added = event.type != ChangeEvent::EntitiesChanged;
        const bool labels = (e.kind == EntityKind::Role && (added || e.touches(RoleName)))
            || (e.kind == EntityKind::Process && (added || e.touches(ProcessName | ProcessNodes)))
            || (e.kind == EntityKind::Node && (added || e.touches(NodeName))) || e.kind == EntityKind::Requirement;
        if (labels)
            relayout();
        break;
    }
    default: break;
    }
}

void JourneyScene::rebuild()
{
    selectStage(QString());
    // Out of the hashes first: deleting a selected item emits selectionChanged, and listeners
    // ask for selectedStepIds() while we are still deleting.
    const auto steps = std::exchange(mSteps, {});
    const auto details = std::exchange(mDetails, {});
    qDeleteAll(steps);
    qDeleteAll(details);
    relayout();
}

void JourneyScene::relayout()
{
    static const model::Journey empty;
    const model::Journey *j = journey();
    const model::Journey &jr = j ? *j : empty;
    // The card and pain-point lanes grow with this journey's longest texts (up to a cap), so an
    // exported map shows whole titles and pain points.
    qreal cardHeight = StepItem::Height;
    qreal painHeight = JourneyLayout::laneHeight(Lane::PainPoints);
    for (const model::Step &step : jr.steps) {
        cardHeight = std::max(cardHeight, StepItem::heightFor(step, mStyle));
        painHeight = std::max(painHeight, StepDetailsItem::painPointsHeightFor(step, mStyle));
    }
    constexpr qreal MaxPainHeight = 320;
    const qreal cardSlack = JourneyLayout::laneHeight(Lane::CustomerActions) - StepItem::Height;
    mLayout = JourneyLayout::compute(jr, mLanes,
        { { Lane::CustomerActions, cardHeight + cardSlack },
            { Lane::PainPoints, std::min(std::ceil(painHeight), MaxPainHeight) } });
    setSceneRect(mLayout.bounds);
    mGrid->updateGeometry();

    const auto cardRow = mLayout.row(Lane::CustomerActions);
    QSet<QString> alive;
    std::vector<EmotionCurveItem::Point> points;
    points.reserve(jr.steps.size());
    QHash<QString, const model::Step *> byId;
    for (const model::Step &step : jr.steps)
        byId.insert(step.id, &step);
    for (const QString &id : std::as_const(mLayout.stepOrder)) {
        const model::Step &step = *byId.value(id);
        alive.insert(id);
        StepItem *&card = mSteps[id];
        if (!card) {
            card = new StepItem(step);
            addItem(card);
        } else {
            card->syncFromModel(step);
        }
        const qreal x = mLayout.columnLeft(mLayout.columnOf(id));
        card->setVisible(cardRow.has_value());
        if (cardRow)
            card->setPos(x, cardRow->top + (cardRow->height - cardHeight) / 2);
        card->setHeight(cardHeight);
        StepDetailsItem *&details = mDetails[id];
        if (!details) {
            details = new StepDetailsItem;
            addItem(details);
        }
        details->setPos(x, 0);
        details->syncFromModel(step, mDocument->project(), mLayout);
        points.push_back({ id, x + JourneyLayout::ColumnWidth / 2, step.emotion, step.emotionToBe });
    }
    // Items of steps that left without an AboutToBeRemoved (e.g. a stage vanished).
    for (auto it = mSteps.begin(); it != mSteps.end();) {
        if (alive.contains(it.key())) {
            ++it;
        } else {
            StepItem *gone = it.value();
            delete mDetails.take(it.key());
            it = mSteps.erase(it);
            delete gone;
        }
    }
    if (const auto row = mLayout.row(Lane::Emotion)) {
        mCurve->setVisible(true);
        mCurve->setPos(0, row->top);
        mCurve->setGeometry(JourneyLayout::LabelWidth, mLayout.bounds.width() - JourneyLayout::LabelWidth, row->height);
        mCurve->setPoints(std::move(points));
    } else {
        mCurve->setVisible(false);
    }
    emit journeyChanged();
}

void JourneyScene::syncSteps(const QStringList &stepIds)
{
    const model::Journey *j = journey();
    if (!j)
        return;
    std::vector<EmotionCurveItem::Point> points = mCurve->points();
    for (const model::Step &step : j->steps) {
        if (!stepIds.contains(step.id))
            continue;
        if (StepItem *card = mSteps.value(step.id))
            card->syncFromModel(step);
        if (StepDetailsItem *details = mDetails.value(step.id))
            details->syncFromModel(step, mDocument->project(), mLayout);
        for (auto &p : points) {
            if (p.step == step.id) {
                p.asIs = step.emotion;
                p.toBe = step.emotionToBe;
            }
        }
    }
    mCurve->setPoints(std::move(points));
}

namespace {
QStringList movingSteps(const JourneyScene *scene, const StepItem *dragged)
{
    const QStringList selected = scene->selectedStepIds();
    return selected.contains(dragged->stepId()) ? selected : QStringList { dragged->stepId() };
}
} // namespace

void JourneyScene::showDropIndicator(StepItem *dragged)
{
    const QStringList moving = movingSteps(this, dragged);
    const auto [stage, position] = mLayout.dropTarget(dragged->sceneBoundingRect().center().x(), moving);
    const auto row = mLayout.row(Lane::CustomerActions);
    const JourneyLayout::StageSpan *span = nullptr;
    for (const JourneyLayout::StageSpan &s : mLayout.stages) {
        if (s.id == stage)
            span = &s;
    }
    if (!span || !row) {
        mDropIndicator->hide();
        return;
    }
    QStringList remaining = span->steps;
    for (const QString &id : moving)
        remaining.removeAll(id);
    qreal x = span->left + JourneyLayout::StagePadding / 2;
    if (position < remaining.size())
        x = mLayout.columnLeft(mLayout.columnOf(remaining.at(position))) - JourneyLayout::ColumnGap / 2;
    else if (!remaining.isEmpty())
        x = mLayout.columnLeft(mLayout.columnOf(remaining.last())) + JourneyLayout::ColumnWidth
            + JourneyLayout::ColumnGap / 2;
    mDropIndicator->setBrush(mStyle.accent);
    mDropIndicator->setRect(x - 2, row->top + 4, 4, row->height - 8);
    mDropIndicator->show();
}

void JourneyScene::dropSelectedSteps(StepItem *dragged)
{
    mDropIndicator->hide();
    const QStringList moving = movingSteps(this, dragged);
    const auto [stage, position] = mLayout.dropTarget(dragged->sceneBoundingRect().center().x(), moving);
    if (mDocument && !stage.isNull())
        mDocument->undoStack()->push(new MoveSteps(mDocument, mJourney, moving, stage, position));
    relayout(); // snaps back when nothing moved (the command was obsolete)
}

void JourneyScene::setStepEmotion(const QString &stepId, int emotion, bool toBe)
{
    if (!mDocument)
        return;
    if (toBe)
        mDocument->undoStack()->push(new SetStepEmotionToBe(mDocument, { stepId }, emotion));
    else
        mDocument->undoStack()->push(new SetStepEmotion(mDocument, { stepId }, emotion));
}

void JourneyScene::selectStage(const QString &stageId)
{
    if (stageId == mSelectedStage)
        return;
    mSelectedStage = stageId;
    mGrid->update();
    emit stageSelectionChanged(stageId);
}

void JourneyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF p = event->scenePos();
    const JourneyLayout::StageSpan *span = mLayout.stageAt(p.x());
    if (event->button() == Qt::LeftButton && p.y() < JourneyLayout::HeaderHeight && p.x() >= JourneyLayout::LabelWidth
        && span && !span->id.isEmpty()) {
        clearSelection();
        selectStage(span->id);
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
}

void JourneyScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseDoubleClickEvent(event);
    if (event->scenePos().y() < JourneyLayout::HeaderHeight) {
        if (const JourneyLayout::StageSpan *span = mLayout.stageAt(event->scenePos().x());
            span && !span->id.isEmpty() && event->scenePos().x() >= JourneyLayout::LabelWidth) {
            emit stageEditRequested(span->id);
        }
    }
}

namespace {
std::vector<std::pair<EntityKind, QString>> linkableRefs(const QMimeData *mime)
{
    std::vector<std::pair<EntityKind, QString>> refs;
    if (!mime || !mime->hasFormat(JourneyScene::entityMimeType()))
        return refs;
    const QStringList lines = QString::fromUtf8(mime->data(JourneyScene::entityMimeType())).split(u'\n');
    for (const QString &line : lines) {
        const QString kind = line.section(u':', 0, 0).trimmed();
        const QString id = line.section(u':', 1).trimmed();
        if (id.isEmpty())
            continue;
        if (kind == QLatin1String("role"))
            refs.emplace_back(EntityKind::Role, id);
        else if (kind == QLatin1String("process"))
            refs.emplace_back(EntityKind::Process, id);
        else if (kind == QLatin1String("requirement"))
            refs.emplace_back(EntityKind::Requirement, id);
    }
    return refs;
}
} // namespace

bool JourneyScene::linkEntities(const QString &stepId, const QMimeData *mime)
{
    const auto refs = linkableRefs(mime);
    if (refs.empty() || !mSteps.contains(stepId) || !mDocument)
        return false;
    const QStringList selected = selectedStepIds();
    const QStringList targets = selected.contains(stepId) ? selected : QStringList { stepId };
    // One drop is one undo step, however many entities it carries.
    QUndoStack *stack = mDocument->undoStack();
    if (refs.size() > 1)
        stack->beginMacro(tr("Link %n Items", nullptr, int(refs.size())));
    for (const auto &[kind, id] : refs)
        JourneyOperations::setLinked(mDocument, targets, kind, id, true);
    if (refs.size() > 1)
        stack->endMacro();
    return true;
}

void JourneyScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(!linkableRefs(event->mimeData()).empty());
}

void JourneyScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    const bool ok = !linkableRefs(event->mimeData()).empty() && !mLayout.stepAt(event->scenePos().x()).isEmpty()
        && event->scenePos().y() > JourneyLayout::HeaderHeight;
    event->setDropAction(Qt::LinkAction);
    event->setAccepted(ok);
}

void JourneyScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const QString step = mLayout.stepAt(event->scenePos().x());
    if (!step.isEmpty() && linkEntities(step, event->mimeData())) {
        event->setDropAction(Qt::LinkAction);
        event->accept();
    } else {
        event->ignore();
    }
}

} // namespace oi::editor
