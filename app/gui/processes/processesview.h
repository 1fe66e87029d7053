// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTreeWidget>

namespace oi::editor {
class Document;
class DocumentFollower;
} // namespace oi::editor

namespace oi::app {

/**
 * Step 3 of outside-in at a glance: each process with its nodes in flow order, the role that
 * performs each task and its simulation parameters. Read-only until the process canvas lands.
 */
class ProcessesView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ProcessesView(QWidget *parent = nullptr);
    void setDocument(editor::Document *document);
    void selectProcess(const QString &id);
    /** Selects the process, or one of its nodes when `nodeId` is given. */
    void selectNode(const QString &processId, const QString &nodeId);

    /** How often the page was rebuilt (tests: edits elsewhere must not rebuild it). */
    int rebuildCount() const;

private:
    void rebuild();
    /** Processes linked to what is selected elsewhere get the chain colour, as on the maps. */
    void markChain();
    QPointer<editor::Document> mDocument;
    editor::DocumentFollower *mFollower;
};

} // namespace oi::app
