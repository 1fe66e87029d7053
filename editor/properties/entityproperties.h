// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/document.h"
#include "editor/document/entitykind.h"

#include <QList>
#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
QT_END_NAMESPACE

namespace oi::editor {

class ChangeEvent;
class EntityForm;

/**
 * The properties of the selected strategy, persona, role, process, requirement, scenario or responsibility:
 * follows the document's Selection (its first entity) and shows that kind's form under a heading
 * naming the entity; anything else selected shows a sentence saying what can be edited here.
 */
class EntityProperties : public QWidget
{
    Q_OBJECT
public:
    explicit EntityProperties(QWidget *parent = nullptr);

    void setDocument(Document *document);
    Document *document() const { return mDocument; }
    /** Whether a form is shown (rather than the sentence). */
    bool showsEntity() const;
    /** The entity whose form is shown; invalid when none is. */
    EntityRef entity() const { return mShown; }

signals:
    /** A form's link was followed (a node's customer step, say). */
    void openRequested(const oi::editor::EntityRef &ref);

private:
    EntityForm *formFor(EntityKind kind) const;
    void followSelection();
    void documentChanged(const ChangeEvent &event);
    void updateHeading();

    QPointer<Document> mDocument;
    EntityRef mShown;
    QLabel *mHeading;
    QStackedWidget *mStack;
    QLabel *mPlaceholder;
    QList<EntityForm *> mForms;
};

} // namespace oi::editor
