// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/journeyview.h"

#include "editor/document/document.h"
#include "editor/journey/commands/changestep.h"
#include "editor/journey/commands/stagecommands.h"
#include "editor/journey/journeycanvas.h"
#include "editor/journey/journeyscene.h"
#include "editor/journey/stepitem.h"
#include "editor/widgets/elidedlabel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace oi::editor {

JourneyView::JourneyView(Document *document, QWidget *parent)
    : QWidget(parent)
    , mCanvas(new JourneyCanvas(this))
    , mPersona(new ElidedLabel(this))
    , mPersonaDetail(new ElidedLabel(this))
    , mJourneys(new QComboBox(this))
    , mLanesButton(new QToolButton(this))
    , mFind(new QLineEdit(this))
    , mZoomLabel(new QLabel(this))
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("journeyHeader"));
    auto *h = new QHBoxLayout(header);
    h->setContentsMargins(14, 8, 10, 8);
    h->setSpacing(10);
    auto *who = new QVBoxLayout;
    who->setSpacing(0);
    QFont personaFont = mPersona->font();
    personaFont.setPointSizeF(personaFont.pointSizeF() + 2);
    personaFont.setWeight(QFont::DemiBold);
    mPersona->setFont(personaFont);
    mPersonaDetail->setForegroundRole(QPalette::PlaceholderText);
    // The persona texts give way first: the switcher and find box must stay usable when narrow.
    for (ElidedLabel *label : { mPersona, mPersonaDetail }) {
        label->setMinimumWidth(120);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    who->addWidget(mPersona);
    who->addWidget(mPersonaDetail);
    h->addLayout(who, 1);
    // What the simulation colours on the map mean, while results are shown.
    mLegend = new QLabel(header);
    mLegend->setObjectName(QStringLiteral("overlayLegend"));
    mLegend->setTextFormat(Qt::RichText);
    mLegend->hide();
    h->addWidget(mLegend);
    mJourneys->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mJourneys->setMinimumWidth(180);
    mJourneys->setToolTip(tr("The journey shown on the map"));
    mJourneys->setAccessibleName(tr("Journey"));
    h->addWidget(mJourneys);
    mLanesButton->setText(tr("Lanes"));
    mLanesButton->setPopupMode(QToolButton::InstantPopup);
    mLanesButton->setMenu(new QMenu(mLanesButton));
    mLanesButton->setToolTip(tr("Show, hide and order the lanes"));
    // Room for the menu arrow, which some styles draw over the text.
    mLanesButton->setMinimumWidth(mLanesButton->sizeHint().width() + 14);
    h->addWidget(mLanesButton);
    mZoomLabel->setMinimumWidth(44);
    mZoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    h->addWidget(mZoomLabel);
    mFind->setPlaceholderText(tr("Find steps…"));
    mFind->setClearButtonEnabled(true);
    mFind->setMinimumWidth(150);
    mFind->setMaximumWidth(220);
    mFind->setAccessibleName(tr("Find steps"));
    mCanvas->setAccessibleName(tr("Journey map"));
    h->addWidget(mFind);

    setWhatsThis(tr("<p><b>Journey</b></p><p>The customer's journey as a map: stages across the top, the steps "
                    "under them, and lanes for touchpoints, pain points, opportunities and the emotion curve. "
                    "Choose the journey at the top right; double-click a step or stage to rename it, drag steps "
                    "to reorder them, and edit the selected step in the Properties panel.</p><p>After a "
                    "simulation run each step shows how long customers wait there.</p>"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(mCanvas, 1);

    createActions();
    connect(mJourneys, &QComboBox::activated, this,
        [this](int index) { setCurrentJourney(mJourneys->itemData(index).toString()); });
    connect(mFind, &QLineEdit::returnPressed, this, [this] {
        if (!findNext(mFind->text()))
            emit message(tr("No step matches \"%1\".").arg(mFind->text()));
    });
    connect(mCanvas, &JourneyCanvas::zoomChanged, this,
        [this](qreal f) { mZoomLabel->setText(QStringLiteral("%1 %").arg(qRound(f * 100))); });
    connect(mLanesButton->menu(), &QMenu::aboutToShow, this, [this] { fillLanesMenu(mLanesButton->menu()); });
    connect(mCanvas, &JourneyCanvas::contextMenuRequested, this, &JourneyView::showContextMenu);
    mZoomLabel->setText(QStringLiteral("100 %"));
    setDocument(document);
}

JourneyView::~JourneyView() = default;

void JourneyView::setDocument(Document *document)
{
    if (mScene && mScene->document() == document && document)
        return;
    delete mScene;
    mScene = nullptr;
    mDocument = document;
    if (document) {
        mScene = new JourneyScene(document, this);
        mScene->setLaneConfig(mLanes);
        mScene->setOverlay(mOverlay);
        mScene->setShowToBe(mActions[ShowToBe]->isChecked());
        connect(mScene, &QGraphicsScene::selectionChanged, this, [this] {
            updateActions();
            emit selectionChanged();
        });
        connect(mScene, &JourneyScene::stageSelectionChanged, this, &JourneyView::selectionChanged);
        connect(mScene, &JourneyScene::entityActivated, this, &JourneyView::entityActivated);
        connect(mScene, &JourneyScene::stepEditRequested, this, &JourneyView::editStepTitle);
        connect(mScene, &JourneyScene::stageEditRequested, this, &JourneyView::editStageName);
        connect(mScene, &JourneyScene::journeyChanged, this, &JourneyView::refreshHeader);
        connect(document, &Document::changed, this, [this](const ChangeEvent &e) {
            const bool persona = e.type >= ChangeEvent::EntitiesAdded
                && static_cast<const EntityChangeEvent &>(e).kind == EntityKind::Persona;
            if (persona || e.type == ChangeEvent::DocumentReset || e.type == ChangeEvent::JourneyChanged
                || e.type == ChangeEvent::JourneyAdded || e.type == ChangeEvent::JourneyRemoved)
                refreshHeader();
        });
    }
    mCanvas->setScene(mScene);
    refreshHeader(); // emits currentJourneyChanged when it differs
    updateActions();
    emit selectionChanged();
}

QString JourneyView::currentJourney() const
{
    return mScene ? mScene->journeyId() : QString();
}

void JourneyView::setCurrentJourney(const QString &journeyId)
{
    if (!mScene || journeyId == mScene->journeyId())
        return;
    mScene->setJourney(journeyId);
    mCanvas->horizontalScrollBar()->setValue(0);
    refreshHeader(); // emits currentJourneyChanged
    emit selectionChanged();
}

QStringList JourneyView::selectedStepIds() const
{
    return mScene ? mScene->selectedStepIds() : QStringList();
}

QString JourneyView::selectedStageId() const
{
    return mScene ? mScene->selectedStage() : QString();
}

void JourneyView::selectSteps(const QStringList &stepIds)
{
    if (!mScene)
        return;
    // Selecting a step of another journey (e.g. from the project tree) shows that journey.
    if (!stepIds.isEmpty() && !mScene->stepItem(stepIds.first()) && mDocument) {
        const model::Journey *owner = nullptr;
        if (mDocument->project().step(stepIds.first(), &owner) && owner)
            setCurrentJourney(owner->id);
    }
    mScene->selectSteps(stepIds);
    if (!stepIds.isEmpty()) {
        if (StepItem *item = mScene->stepItem(stepIds.first()))
            mCanvas->ensureVisible(item, 40, 40);
    }
}

void JourneyView::setLaneConfig(const LaneConfig &config)
{
    mLanes = config;
    if (mScene)
        mScene->setLaneConfig(config);
}

LaneConfig JourneyView::laneConfig() const
{
    return mLanes;
}

void JourneyView::setOverlay(const StepOverlay &overlay)
{
    mOverlay = overlay;
    if (mScene)
        mScene->setOverlay(overlay);
    QStringList entries, plain;
    for (const StepOverlay::Mark &mark : overlay.legend) {
        entries << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                       .arg(mark.color.name(), mark.label.toHtmlEscaped());
        plain << mark.label;
    }
    mLegend->setText(tr("<b>Simulated:</b> %1").arg(entries.join(QStringLiteral(" &nbsp; "))));
    mLegend->setToolTip(tr("Colours of the simulation results on the map: %1. Figures: %2.")
                            .arg(plain.join(QStringLiteral("; ")), overlay.legendNote));
    mLegend->setVisible(!entries.isEmpty());
}

void JourneyView::refreshHeader()
{
    const QSignalBlocker blocker(mJourneys);
    mJourneys->clear();
    const model::Journey *j = mScene ? mScene->journey() : nullptr;
    if (mDocument) {
        for (const model::Journey &journey : mDocument->project().journeys)
            mJourneys->addItem(journey.name.isEmpty() ? journey.id : journey.name, journey.id);
    }
    mJourneys->setCurrentIndex(mJourneys->findData(currentJourney()));
    mJourneys->setEnabled(mJourneys->count() > 1);
    const model::Persona *persona = j && mDocument ? mDocument->project().persona(j->persona) : nullptr;
    if (!j) {
        mPersona->setFullText(mDocument ? tr("No journey yet") : tr("No project open"));
        mPersonaDetail->setFullText(mDocument ? tr("Choose New Journey to start mapping one here.") : QString());
    } else if (persona) {
        mPersona->setFullText(tr("%1 — %2").arg(
            persona->name.isEmpty() ? persona->id : persona->name, j->name.isEmpty() ? j->id : j->name));
        mPersonaDetail->setFullText(persona->description);
    } else {
        mPersona->setFullText(j->name.isEmpty() ? j->id : j->name);
        mPersonaDetail->setFullText(j->persona.isEmpty() ? tr("No persona chosen for this journey")
                                                         : tr("Unknown persona \"%1\"").arg(j->persona));
    }
    mPersonaDetail->setVisible(!mPersonaDetail->fullText().isEmpty());
    updateActions();
    if (mShownJourney != currentJourney()) {
        mShownJourney = currentJourney();
        emit currentJourneyChanged(mShownJourney);
    }
}

void JourneyView::find()
{
    mFind->setFocus();
    mFind->selectAll();
}

bool JourneyView::findNext(const QString &text)
{
    const model::Journey *j = mScene ? mScene->journey() : nullptr;
    if (!j || text.trimmed().isEmpty())
        return false;
    const QStringList order = mScene->layout().stepOrder;
    const QStringList selected = mScene->selectedStepIds();
    const qsizetype start = selected.isEmpty() ? -1 : order.indexOf(selected.last());
    const auto matches = [&](const model::Step &s) {
        const auto has = [&](const QString &t) { return t.contains(text, Qt::CaseInsensitive); };
        return has(s.title) || has(s.customerAction) || has(s.touchpoint) || has(s.id)
            || std::any_of(
                s.painPoints.begin(), s.painPoints.end(), [&](const model::PainPoint &p) { return has(p.text); })
            || std::any_of(s.opportunities.begin(), s.opportunities.end(), has);
    };
    for (qsizetype n = 1; n <= order.size(); ++n) {
        const QString &id = order.at((start + n) % order.size());
        const model::Step *step = mDocument->project().step(id);
        if (step && matches(*step)) {
            selectSteps({ id });
            return true;
        }
    }
    return false;
}

namespace {
/**
 * QLineEdit passes Return on to its parent after finishing; on the canvas that is "rename the
 * selected step", which would open the editor again. Here Return ends the editing and stops.
 */
class InlineEdit : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        QLineEdit::keyPressEvent(event);
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            event->accept();
    }
};
} // namespace

void JourneyView::openInlineEditor(
    const QRectF &sceneRect, const QString &text, std::function<void(const QString &)> commit)
{
    auto *edit = new InlineEdit(mCanvas->viewport());
    // The editor sits on fixed viewport pixels: scrolling or zooming commits it.
    const auto finish = [edit] {
        if (edit->hasFocus())
            edit->clearFocus();
    };
    connect(mCanvas->horizontalScrollBar(), &QScrollBar::valueChanged, edit, finish);
    connect(mCanvas->verticalScrollBar(), &QScrollBar::valueChanged, edit, finish);
    connect(mCanvas, &JourneyCanvas::zoomChanged, edit, finish);
    edit->setText(text);
    // Selected, with the start in view: a long title must not show only its end.
    edit->setSelection(int(text.size()), -int(text.size()));
    const QRect r = mCanvas->mapFromScene(sceneRect).boundingRect();
    // As wide as the text needs, within the viewport, so the whole title can be read while typing.
    const int needed = edit->fontMetrics().horizontalAdvance(text) + 24;
    const int room = mCanvas->viewport()->width() - r.x() - 8;
    const int width = std::max({ r.width(), 120, std::min(needed, room) });
    edit->setGeometry(r.x(), r.y(), width, std::max(edit->sizeHint().height(), r.height()));
    edit->show();
    edit->setFocus();
    // Escape closes without committing; Enter or leaving the field commits once.
    auto done = std::make_shared<bool>(false);
    connect(edit, &QLineEdit::editingFinished, this, [edit, done, commit] {
        if (*done)
            return;
        *done = true;
        commit(edit->text());
        edit->deleteLater();
    });
    auto *escape = new QAction(edit);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetShortcut);
    edit->addAction(escape);
    connect(escape, &QAction::triggered, this, [this, edit, done] {
        *done = true;
        edit->deleteLater();
        mCanvas->setFocus();
    });
}

void JourneyView::editStepTitle(const QString &stepId)
{
    StepItem *item = mScene ? mScene->stepItem(stepId) : nullptr;
    if (!item)
        return;
    mCanvas->ensureVisible(item, 40, 40);
    QPointer<Document> doc = mDocument;
    openInlineEditor(item->mapRectToScene(item->titleRect()).adjusted(-4, 0, 24, -12), item->step().title,
        [doc, stepId](const QString &title) {
            if (doc)
                doc->undoStack()->push(new SetStepTitle(doc, { stepId }, title));
        });
}

void JourneyView::editStageName(const QString &stageId)
{
    const model::Journey *j = mScene ? mScene->journey() : nullptr;
    if (!j)
        return;
    for (const JourneyLayout::StageSpan &span : mScene->layout().stages) {
        if (span.id != stageId)
            continue;
        QPointer<Document> doc = mDocument;
        const QString journey = j->id;
        openInlineEditor(QRectF(span.left + 10, 12, std::min<qreal>(span.right - span.left - 20, 260), 28), span.name,
            [doc, journey, stageId](const QString &name) {
                if (doc)
                    doc->undoStack()->push(new RenameStage(doc, journey, stageId, name));
            });
    }
}

void JourneyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && mScene)
        mScene->setStyle(JourneyStyle::fromPalette(palette(), font()));
    QWidget::changeEvent(event);
}

} // namespace oi::editor
