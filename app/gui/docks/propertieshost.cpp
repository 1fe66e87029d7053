// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/docks/propertieshost.h"

#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/editor.h"
#include "editor/properties/entityproperties.h"

namespace oi::app {

namespace {
bool hasForm(editor::EntityKind kind)
{
    using K = editor::EntityKind;
    return kind == K::Strategy || kind == K::Persona || kind == K::Role || kind == K::Process || kind == K::Node
        || kind == K::Requirement || kind == K::Scenario || kind == K::Responsibility;
}
} // namespace

PropertiesHost::PropertiesHost(QWidget *parent)
    : QStackedWidget(parent)
    , mEntity(new editor::EntityProperties(this))
{
    setObjectName(QStringLiteral("PropertiesHost"));
    addWidget(mEntity);
}

void PropertiesHost::setEditor(editor::Editor *editor)
{
    mEditor = editor;
    choose();
}

void PropertiesHost::setDocument(editor::Document *document)
{
    if (mDocument)
        disconnect(mDocument->selection(), nullptr, this, nullptr);
    mDocument = document;
    mEntity->setDocument(document);
    if (mDocument)
        connect(mDocument->selection(), &editor::Selection::changed, this, &PropertiesHost::choose);
    choose();
}

void PropertiesHost::choose()
{
    const editor::EntityRefs selected = mDocument ? mDocument->selection()->entities() : editor::EntityRefs {};
    QWidget *page = mEditor ? mEditor->propertiesWidget() : nullptr;
    if ((!selected.isEmpty() && hasForm(selected.first().kind)) || !page) {
        setCurrentWidget(mEntity);
        return;
    }
    if (indexOf(page) < 0)
        addWidget(page);
    setCurrentWidget(page);
}

} // namespace oi::app
