// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStackedWidget>

namespace oi::editor {
class Document;
class Editor;
class EntityProperties;
} // namespace oi::editor

namespace oi::app {

/**
 * The Properties dock's content. A strategy, persona, role, requirement, scenario or
 * responsibility selected anywhere (tree, role map, traceability) shows its form; otherwise the
 * current editor's own page (the journey's step form), or the entity form's sentence saying what
 * can be edited.
 */
class PropertiesHost : public QStackedWidget
{
    Q_OBJECT
public:
    explicit PropertiesHost(QWidget *parent = nullptr);
    void setEditor(editor::Editor *editor);
    void setDocument(editor::Document *document);
    editor::EntityProperties *entityProperties() const { return mEntity; }

private:
    void choose();

    editor::EntityProperties *mEntity;
    QPointer<editor::Editor> mEditor;
    QPointer<editor::Document> mDocument;
};

} // namespace oi::app
