// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/roles/rolemapscene.h"

#include "editor/commands/entitycommands.h"
#include "editor/document/document.h"
#include "editor/document/selection.h"
#include "editor/document/selectionchain.h"
#include "editor/roles/rolemapitems.h"

#include <QUndoStack>

namespace oi::editor {

RoleMapScene::RoleMapScene(QObject *parent)
    : QGraphicsScene(parent)
{
}

void RoleMapScene::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument->selection(), nullptr, this, nullptr);
    mDocument = document;
    if (mDocument)
        connect(mDocument->selection(), &Selection::changed, this, [this] {
            const model::Chain chain = selectionChain(*mDocument);
            QSet<QString> roles(chain.roles.begin(), chain.roles.end());
            if (roles != mChainRoles) {
                mChainRoles = std::move(roles);
                update();
            }
        });
    rebuild();
}

Document *RoleMapScene::document() const
{
    return mDocument;
}

void RoleMapScene::setMode(RoleMapMode mode)
{
    if (mode == mMode)
        return;
    mMode = mode;
    rebuild();
}

void RoleMapScene::rebuild()
{
    clear();
    if (!mDocument) {
        mLayout = {};
        setSceneRect(QRectF());
        return;
    }
    mLayout = RoleMapLayout::compute(mDocument->project(), mMode, mStyle);
    setSceneRect(mLayout.bounds);
    addItem(new RoleMapBackdropItem(mLayout, mStyle));
    for (const RoleArrowLayout &a : mLayout.arrows)
        addItem(new ResponsibilityArrowItem(a, mStyle));
    for (const RoleCardLayout &c : mLayout.cards) {
        auto *card = new RoleCardItem(c, mStyle, this);
        addItem(card);
        for (RoleChipLayout chip : c.chips) {
            chip.rect.translate(-c.rect.topLeft()); // on the card: a dragged card carries its chips
            (new ResponsibilityChipItem(chip, c.side, mStyle, this))->setParentItem(card);
        }
    }
}

bool RoleMapScene::dropRole(const QString &role, const QPointF &point)
{
    const model::Role *r = mDocument ? mDocument->project().role(role) : nullptr;
    const std::optional<model::Office> office = mLayout.officeAt(point);
    if (!r || !office || *office == r->office) {
        rebuild(); // back where it belongs
        return false;
    }
    mDocument->undoStack()->push(new SetRoleOffice(mDocument, { role }, *office));
    return true;
}

bool RoleMapScene::dropResponsibility(const QString &responsibility, RoleMapSide side, const QPointF &point)
{
    const model::Responsibility *x = mDocument ? mDocument->project().responsibility(responsibility) : nullptr;
    const RoleCardLayout *target = nullptr;
    for (const RoleCardLayout &c : mLayout.cards)
        if (c.side == side && c.rect.contains(point))
            target = &c;
    const QString owner = x ? (side == RoleMapSide::AsIs ? x->asIs : x->toBe) : QString();
    if (!x || !target || target->role == owner) {
        rebuild();
        return false;
    }
    if (side == RoleMapSide::AsIs)
        mDocument->undoStack()->push(new SetResponsibilityAsIs(mDocument, { responsibility }, target->role));
    else
        mDocument->undoStack()->push(new SetResponsibilityToBe(mDocument, { responsibility }, target->role));
    return true;
}

} // namespace oi::editor
