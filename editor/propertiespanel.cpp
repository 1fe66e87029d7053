// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertiespanel.h"

#include "commands/changejourney.h"
#include "document.h"
#include "journeyview.h"
#include "stepform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace oi::editor {

PropertiesPanel::PropertiesPanel(Document *document, QWidget *parent)
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mStack);

    connect(mJourneyName, &QLineEdit::textEdited, this, [this](const QString &t) {
        if (mDocument && !mUpdating)
            mDocument->undoStack()->push(new SetJourneyName(mDocument, mJourney, t));
    });
    connect(mPersona, &QComboBox::activated, this, [this](int i) {
        if (mDocument && !mUpdating)
            mDocument->undoStack()->push(new SetJourneyPersona(mDocument, mJourney, mPersona->itemData(i).toString()));
    });
    connect(mJourneyDescription, &QPlainTextEdit::textChanged, this, [this] {
        if (mDocument && !mUpdating)
            mDocument->undoStack()->push(new SetJourneyDescription(mDocument, mJourney, mJourneyDescription->toPlainText()));
    });
    setDocument(document);
}

void PropertiesPanel::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mStepForm->setDocument(document);
    if (document) {
        connect(document, &Document::changed, this, [this](const ChangeEvent &e) {
            if (e.type == ChangeEvent::JourneyChanged || e.type == ChangeEvent::DocumentReset)
                refreshJourney();
        });
    }
    setSelection(QString(), {});
}

void PropertiesPanel::setSelection(const QString &journeyId, const QStringList &stepIds)
{
    mJourney = journeyId;
    mStepForm->setSteps(mDocument ? stepIds : QStringList());
    if (mDocument && !stepIds.isEmpty()) {
        mStack->setCurrentIndex(1);
    } else if (mDocument && mDocument->project().journey(journeyId)) {
        refreshJourney();
        mStack->setCurrentIndex(2);
    } else {
        mStack->setCurrentIndex(0);
    }
}

void PropertiesPanel::connectTo(JourneyView *view)
{
    const auto follow = [this, view] { setSelection(view->currentJourney(), view->selectedStepIds()); };
    connect(view, &JourneyView::selectionChanged, this, follow);
    connect(view, &JourneyView::currentJourneyChanged, this, follow);
    if (view->document() != mDocument)
        setDocument(view->document());
    follow();
}

void PropertiesPanel::refreshJourney()
{
    const model::Journey *j = mDocument ? mDocument->project().journey(mJourney) : nullptr;
    if (!j)
        return;
    mUpdating = true;
    if (mJourneyName->text() != j->name)
        mJourneyName->setText(j->name);
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
