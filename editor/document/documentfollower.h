// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/document/changeevents.h"

#include <QObject>
#include <QPointer>

#include <functional>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace oi::editor {

class Document;

/**
 * Keeps a read-only page in step with a document without rebuilding on every keystroke: only
 * events that `relevant` accepts mark the page stale, and a stale page rebuilds at once while it is
 * visible, else when it is next shown.
 */
class DocumentFollower : public QObject
{
    Q_OBJECT
public:
    using Relevance = std::function<bool(const ChangeEvent &)>;

    DocumentFollower(QWidget *page, Relevance relevant, std::function<void()> rebuild);

    /** Follows `document` (may be null) and rebuilds the page for it. */
    void setDocument(Document *document);
    Document *document() const { return mDocument; }
    /** How often the page was rebuilt: tests assert that edits elsewhere cost nothing. */
    int rebuilds() const { return mRebuilds; }
    /** Rebuilds now, whatever changed (e.g. after a palette or language change). */
    void rebuildNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onChanged(const ChangeEvent &event);

    QWidget *mPage;
    Relevance mRelevant;
    std::function<void()> mRebuild;
    QPointer<Document> mDocument;
    bool mStale = false;
    int mRebuilds = 0;
};

/** Relevance for pages that show entities of `kinds`: their events, and DocumentReset. */
DocumentFollower::Relevance showsKinds(QList<EntityKind> kinds);

} // namespace oi::editor
