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
 * Step 4 of outside-in at a glance: what the processes ask of CRM technology, grouped by kind
 * (process control, information management, non-functional), with MoSCoW priority, acceptance
 * criterion and the journey steps and process steps that need each one. Read-only.
 */
class RequirementsView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit RequirementsView(QWidget *parent = nullptr);
    void setDocument(editor::Document *document);
    void selectRequirement(const QString &id);
    /** The requirement shown highlighted (the last one selected), or empty. */
    QString selectedRequirement() const { return mSelected; }
    /** How often the page was rebuilt (tests: edits elsewhere must not rebuild it). */
    int rebuildCount() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void followChain();
    QPointer<editor::Document> mDocument;
    editor::DocumentFollower *mFollower;
    QString mSelected;
    QStringList mChain; // requirements linked to what is selected elsewhere
    bool mChainPending = false;
};

} // namespace oi::app
