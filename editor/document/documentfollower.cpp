// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/document/documentfollower.h"

#include "editor/document/document.h"

#include <QEvent>
#include <QWidget>

namespace oi::editor {

DocumentFollower::DocumentFollower(QWidget *page, Relevance relevant, std::function<void()> rebuild)
    : QObject(page)
    , mPage(page)
    , mRelevant(std::move(relevant))
    , mRebuild(std::move(rebuild))
{
    page->installEventFilter(this);
}

void DocumentFollower::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (mDocument)
        connect(mDocument, &Document::changed, this, &DocumentFollower::onChanged);
    rebuildNow();
}

void DocumentFollower::rebuildNow()
{
    mStale = false;
    ++mRebuilds;
    mRebuild();
}

void DocumentFollower::onChanged(const ChangeEvent &event)
{
    if (!mRelevant(event))
        return;
    if (mPage->isVisible())
        rebuildNow();
    else
        mStale = true;
}

bool DocumentFollower::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mPage && event->type() == QEvent::Show && mStale)
        rebuildNow();
    return QObject::eventFilter(watched, event);
}

DocumentFollower::Relevance showsKinds(QList<EntityKind> kinds)
{
    return [kinds](const ChangeEvent &e) {
        if (e.type == ChangeEvent::DocumentReset)
            return true;
        if (e.type >= ChangeEvent::EntitiesAdded)
            return kinds.contains(static_cast<const EntityChangeEvent &>(e).kind);
        return false;
    };
}

} // namespace oi::editor
