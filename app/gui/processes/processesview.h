// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTreeWidget>

namespace oi::editor {
class Document;
}

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

private:
    void rebuild();
    QPointer<editor::Document> mDocument;
};

} // namespace oi::app
