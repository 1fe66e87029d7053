// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTableWidget>

namespace oi::editor {
class Document;
}

namespace oi::app {

/**
 * Step 2 of outside-in at a glance: every role as-is → to-be, the strategy that drives the
 * change, capacity and cross-training. Read-only; roles are edited in their own editor.
 */
class RolesView : public QTableWidget
{
    Q_OBJECT
public:
    explicit RolesView(QWidget *parent = nullptr);
    void setDocument(editor::Document *document);
    void selectRole(const QString &id);

private:
    void rebuild();
    QPointer<editor::Document> mDocument;
};

} // namespace oi::app
