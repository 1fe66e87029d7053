// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/journeyproperties.h"

#include "editor/document/document.h"
#include "editor/journey/commands/changejourney.h"
#include "editor/journey/commands/stagecommands.h"
#include "editor/journey/journeyview.h"
#include "editor/journey/stepform.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace oi::editor {

JourneyProperties::JourneyProperties(Document *document, QWidget *parent)
    : QWidget(parent)
    , mStack(new QStackedWidget(this))
    , mEmpty(new QLabel(tr("Select a step to see its properties."), this))
    , mStepForm(new StepForm(this))
    , mJourneyPage(new QWidget(this))
    , mJourneyName(new QLineEdit(this))
    , mPersona(new QComboBox(this))
    , mJourneyDescription(new QPlainTextEdit(this))
{
    mEmpty->setAlignment(Qt::AlignCenter);
    mEmpty->setWordWrap(true);
    auto *journeyForm = new QFormLayout(mJourneyPage);
    auto *heading = new QLabel(tr("Journey"), mJourneyPage);
    QFont f = heading->font();
    f.setWeight(QFont::DemiBold);
    heading->setFont(f);
    journeyForm->addRow(heading);
    journeyForm->addRow(tr("Name"), mJourneyName);
    journeyForm->addRow(tr("Persona"), mPersona);
    journeyForm->addRow(tr("Description"), mJourneyDescription);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(mStepForm);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    mStack->addWidget(mEmpty);
    mStack->addWidget(scroll);
    mStack->addWidget(mJourneyPage);
    mStack->addWidget(createStagePage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mStack);

    // Typing in one field is one gesture: its keystrokes merge into one undo step.
    const auto typed = [this](QObject *field, auto *command) {
        if (field != mGestureField) {
            mGestureField = field;
            mGesture = newGestureId();
        }
        command->setGesture(mGesture);
        mDocument->undoStack()->push(command);
    };
    connect(mJourneyName, &QLineEdit::textEdited, this, [this, typed](const QString &t) {
        if (mDocument && !mUpdating)
            typed(mJourneyName, new SetJourneyName(mDocument, mJourney, t));
    });
    connect(mPersona, &QComboBox::activated, this, [this](int i) {
        if (mDocument && !mUpdating)
            mDocument->undoStack()->push(new SetJourneyPersona(mDocument, mJourney, mPersona->itemData(i).toString()));
    });
    connect(mJourneyDescription, &QPlainTextEdit::textChanged, this, [this, typed] {
        if (mDocument && !mUpdating)
            typed(mJourneyDescription,
                new SetJourneyDescription(mDocument, mJourney, mJourneyDescription->toPlainText()));
    });
    setDocument(document);
}

void JourneyProperties::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mStepForm->setDocument(document);
    if (document) {
        connect(document, &Document::changed, this, [this](const ChangeEvent &e) {
            if (e.type == ChangeEvent::JourneyChanged || e.type == ChangeEvent::DocumentReset)
                refreshJourney();
            if (mStack->currentWidget() == mStagePage)
                refreshStage();
        });
    }
    setSelection(QString(), {});
}

void JourneyProperties::setSelection(const QString &journeyId, const QStringList &stepIds, const QString &stageId)
{
    mJourney = journeyId;
    mStage = stageId;
    mStepForm->setSteps(mDocument ? stepIds : QStringList());
    if (mDocument && !stepIds.isEmpty()) {
        mStack->setCurrentIndex(1);
    } else if (mDocument && !stageId.isEmpty()) {
        mStack->setCurrentWidget(mStagePage);
        refreshStage();
    } else if (mDocument && mDocument->project().journey(journeyId)) {
        refreshJourney();
        mStack->setCurrentIndex(2);
    } else {
        mStack->setCurrentIndex(0);
    }
}

void JourneyProperties::connectTo(JourneyView *view)
{
    const auto follow
        = [this, view] { setSelection(view->currentJourney(), view->selectedStepIds(), view->selectedStageId()); };
    connect(view, &JourneyView::selectionChanged, this, follow);
    connect(view, &JourneyView::currentJourneyChanged, this, follow);
    if (view->document() != mDocument)
        setDocument(view->document());
    follow();
}

QWidget *JourneyProperties::createStagePage()
{
    mStagePage = new QWidget(this);
    mStageName = new QLineEdit(mStagePage);
    mStageName->setObjectName(QStringLiteral("stageName"));
    mStageInfo = new QLabel(mStagePage);
    mStageInfo->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout(mStagePage);
    auto *heading = new QLabel(tr("Stage"), mStagePage);
    QFont f = heading->font();
    f.setWeight(QFont::DemiBold);
    heading->setFont(f);
    form->addRow(heading);
    form->addRow(tr("Name"), mStageName);
    form->addRow(QString(), mStageInfo);
    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &text, int delta) {
        auto *b = new QToolButton(mStagePage);
        auto *a = new QAction(text, b);
        b->setDefaultAction(a);
        buttons->addWidget(b);
        connect(a, &QAction::triggered, this, [this, delta] {
            const model::Journey *j = mDocument ? mDocument->project().journey(mJourney) : nullptr;
            if (!j)
                return;
            for (size_t i = 0; i < j->stages.size(); ++i) {
                if (j->stages[i].id == mStage)
                    mDocument->undoStack()->push(new MoveStage(mDocument, mJourney, int(i), int(i) + delta));
            }
        });
        return a;
    };
    mStageLeft = button(tr("Move Left"), -1);
    mStageRight = button(tr("Move Right"), 1);
    buttons->addStretch();
    form->addRow(QString(), buttons);
    connect(mStageName, &QLineEdit::textEdited, this, [this](const QString &t) {
        if (mDocument && !mUpdating)
            mDocument->undoStack()->push(new RenameStage(mDocument, mJourney, mStage, t));
    });
    return mStagePage;
}

void JourneyProperties::refreshStage()
{
    const model::Journey *j = mDocument ? mDocument->project().journey(mJourney) : nullptr;
    const auto it = j
        ? std::find_if(j->stages.begin(), j->stages.end(), [this](const model::Stage &s) { return s.id == mStage; })
        : std::vector<model::Stage>::const_iterator();
    if (!j || it == j->stages.end()) {
        setSelection(mJourney, {});
        return;
    }
    mUpdating = true;
    if (mStageName->text() != it->name) {
        mStageName->setText(it->name);
        mStageName->setCursorPosition(0); // a long name shows its start
    }
    const auto steps
        = std::count_if(j->steps.begin(), j->steps.end(), [this](const model::Step &s) { return s.stage == mStage; });
    mStageInfo->setText(tr("Id %1 · %n step(s)", nullptr, int(steps)).arg(mStage));
    mStageLeft->setEnabled(it != j->stages.begin());
    mStageRight->setEnabled(it + 1 != j->stages.end());
    mUpdating = false;
}

void JourneyProperties::refreshJourney()
{
    const model::Journey *j = mDocument ? mDocument->project().journey(mJourney) : nullptr;
    if (!j)
        return;
    mUpdating = true;
    if (mJourneyName->text() != j->name) {
        mJourneyName->setText(j->name);
        mJourneyName->setCursorPosition(0);
    }
    mPersona->clear();
    mPersona->addItem(tr("(none)"), QString());
    for (const model::Persona &p : mDocument->project().personas)
        mPersona->addItem(p.name.isEmpty() ? p.id : p.name, p.id);
    mPersona->setCurrentIndex(std::max(0, mPersona->findData(j->persona)));
    if (mJourneyDescription->toPlainText() != j->description)
        mJourneyDescription->setPlainText(j->description);
    mUpdating = false;
}

} // namespace oi::editor
