// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTextBrowser>

namespace oi::editor {
class Document;
class DocumentFollower;
} // namespace oi::editor

namespace oi::app {

/**
 * Step 2 of outside-in at a glance: every role as-is → to-be, the strategy that drives the
 * change, capacity and cross-training, as a readable page rather than a grid (the responsibilities
 * are sentences). Read-only; roles are edited in their own editor.
 */
class RolesView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit RolesView(QWidget *parent = nullptr);
    void setDocument(editor::Document *document);
    void selectRole(const QString &id);
    /** The page as HTML (for tests and for copying into reports). */
    QString html() const { return toHtml(); }
    /** How often the page was rebuilt (tests: edits elsewhere must not rebuild it). */
    int rebuildCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QPointer<editor::Document> mDocument;
    editor::DocumentFollower *mFollower;
};

} // namespace oi::app
