// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/properties/entityproperties.h"

#include "editor/document/changeevents.h"
#include "editor/document/selection.h"
#include "editor/properties/entitynames.h"
#include "editor/properties/formfields.h"
#include "editor/properties/nodeform.h"
#include "editor/properties/personaform.h"
#include "editor/properties/processform.h"
#include "editor/properties/projectform.h"
#include "editor/properties/requirementform.h"
#include "editor/properties/responsibilityform.h"
#include "editor/properties/roleform.h"
#include "editor/properties/scenarioform.h"
#include "editor/properties/strategyform.h"
#include "editor/widgets/menutext.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace oi::editor {

namespace {

bool exists(const model::Project &p, const EntityRef &ref)
{
    switch (ref.kind) {
    case EntityKind::Project: return true; // there is always the one
    case EntityKind::Strategy: return p.strategy(ref.id);
    case EntityKind::Persona: return p.persona(ref.id);
    case EntityKind::Role: return p.role(ref.id);
    case EntityKind::Process: return p.process(ref.id);
    case EntityKind::Requirement: return p.requirement(ref.id);
    case EntityKind::Scenario: return p.scenario(ref.id);
    case EntityKind::Responsibility: return p.responsibility(ref.id);
    case EntityKind::Node: {
        const model::Process *process = p.process(ref.id.section(u'/', 0, 0));
        return process && process->node(ref.id.section(u'/', 1));
    }
    default: return false;
    }
}

} // namespace

EntityProperties::EntityProperties(QWidget *parent)
    : QWidget(parent)
    , mHeading(newHeading(QString(), this))
    , mStack(new QStackedWidget(this))
    , mPlaceholder(new QLabel(
          tr("Select a strategy, persona, role, process, requirement, scenario or responsibility to edit it, "
             "or <a href=\"project\">edit the project itself</a>: its name, client and currency."),
          this))
{
    mHeading->setObjectName(QStringLiteral("heading"));
    mHeading->hide();
    mPlaceholder->setObjectName(QStringLiteral("placeholder"));
    mPlaceholder->setAlignment(Qt::AlignCenter);
    mPlaceholder->setWordWrap(true);
    mPlaceholder->setTextFormat(Qt::RichText);
    connect(mPlaceholder, &QLabel::linkActivated, this, [this] {
        if (mDocument)
            mDocument->selection()->select(EntityKind::Project, QStringLiteral("project"));
    });
    mStack->addWidget(mPlaceholder);
    mForms = { new StrategyForm, new PersonaForm, new RoleForm, new ProcessForm, new RequirementForm, new ScenarioForm,
        new ResponsibilityForm, new NodeForm, new ProjectForm };
    for (EntityForm *form : std::as_const(mForms)) {
        connect(form, &EntityForm::openRequested, this, &EntityProperties::openRequested);
        // Long forms scroll inside the dock instead of stretching it.
        auto *scroll = new QScrollArea(mStack);
        scroll->setWidget(form);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        mStack->addWidget(scroll);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mHeading);
    layout->addWidget(mStack);
}

void EntityProperties::setDocument(Document *document)
{
    if (mDocument == document)
        return;
    if (mDocument) {
        disconnect(mDocument, nullptr, this, nullptr);
        disconnect(mDocument->selection(), nullptr, this, nullptr);
    }
    mDocument = document;
    mShown = {};
    for (EntityForm *form : std::as_const(mForms))
        form->setDocument(document);
    if (document) {
        connect(document, &Document::changed, this, &EntityProperties::documentChanged);
        connect(document->selection(), &Selection::changed, this, &EntityProperties::followSelection);
    }
    followSelection();
}

bool EntityProperties::showsEntity() const
{
    return mStack->currentWidget() != mPlaceholder;
}

EntityForm *EntityProperties::formFor(EntityKind kind) const
{
    for (EntityForm *form : mForms)
        if (form->kind() == kind)
            return form;
    return nullptr;
}

void EntityProperties::followSelection()
{
    EntityRef ref = mDocument ? mDocument->selection()->current() : EntityRef {};
    EntityForm *form = formFor(ref.kind);
    if (!ref.isValid() || !form || !exists(mDocument->project(), ref)) {
        ref = {};
        form = nullptr;
    }
    // The forms not shown follow nothing, so edits elsewhere cost them nothing.
    for (EntityForm *other : std::as_const(mForms))
        if (other != form && !other->entity().isEmpty())
            other->setEntity(QString());
    mShown = ref;
    if (form) {
        if (form->entity() != ref.id)
            form->setEntity(ref.id);
        mStack->setCurrentIndex(int(mForms.indexOf(form)) + 1); // its scroll area, after the placeholder
    } else {
        mStack->setCurrentWidget(mPlaceholder);
    }
    updateHeading();
}

void EntityProperties::documentChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::DocumentReset || event.type == ChangeEvent::EntitiesRemoved
        || event.type == ChangeEvent::EntitiesAdded) {
        // The shown entity may be gone (or renamed away), or the selected one may be back (undo).
        followSelection();
    } else if (event.type == ChangeEvent::EntitiesChanged && mShown.isValid()) {
        const auto &e = static_cast<const EntityChangeEvent &>(event);
        if (e.kind == mShown.kind && e.ids.contains(mShown.id))
            updateHeading();
    }
}

void EntityProperties::updateHeading()
{
    mHeading->setVisible(mShown.isValid());
    if (!mShown.isValid() || !mDocument)
        return;
    // The heading speaks of the entity as people know it; the id is for those who write the file.
    const QString title = entityTitle(mDocument->project(), mShown.kind, mShown.id);
    mHeading->setText(tr("%1: %2").arg(entityKindTitle(mShown.kind), shortened(title, 80)));
    mHeading->setToolTip(tr("%1\nId: %2").arg(title, mShown.id));
}

} // namespace oi::editor
