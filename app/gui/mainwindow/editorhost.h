// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/editor.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QMainWindow;
class QSettings;
class QTabWidget;
class QWidget;
QT_END_NAMESPACE

namespace oi::app {

/**
 * Hosts the editors in the main window's tabs through editor::Editor alone: their actions go into
 * the window's menus and toolbar while they are current, their properties into the Properties dock.
 * Adding an editor is one addEditor() call; nothing here knows any editor's own API.
 */
class EditorHost : public QObject
{
    Q_OBJECT
public:
    /** Editors go into `tabs`; their own docks into `window`, shown while the editor is current. */
    EditorHost(QTabWidget *tabs, QMainWindow *window);

    /** Adds a tab for `editor` (and its docks) and takes ownership. */
    void addEditor(editor::Editor *editor);
    const QList<editor::Editor *> &editors() const { return mEditors; }
    /** The editor named `name` ("journey", "roles", …), or null. */
    editor::Editor *editor(const QString &name) const;
    QStringList names() const;
    editor::Editor *currentEditor() const;
    /** Brings the editor named `name` to the front; false when there is none. */
    bool setCurrentEditor(const QString &name);
    /** The first editor that shows `kind`, or null. */
    editor::Editor *editorFor(editor::EntityKind kind) const;

    void setDocument(editor::Document *document);

    /**
     * Marks the end of `menuOrToolBar` as the place for the current editor's actions of `place`:
     * whatever the window adds afterwards stays below them.
     */
    void addSection(editor::Editor::Place place, QWidget *menuOrToolBar);

    void showResults(const std::shared_ptr<const sim::Results> &results);
    void readSettings(QSettings &settings);
    void writeSettings(QSettings &settings) const;

public slots:
    /** Selects `ref` in the document, brings the editor that shows it to the front and reveals it. */
    bool showEntity(const oi::editor::EntityRef &ref);

signals:
    void currentEditorChanged(oi::editor::Editor *editor);
    void openRequested(const oi::editor::EntityRef &ref);
    void message(const QString &text);

private:
    struct Section
    {
        editor::Editor::Place place;
        QPointer<QWidget> widget;
        QAction *marker;
        QList<QAction *> inserted;
    };
    void onCurrentChanged();
    QAction *separatorFor(editor::Editor *editor, editor::Editor::Place place, int index);

    QTabWidget *mTabs;
    QMainWindow *mWindow;
    QList<editor::Editor *> mEditors;
    QList<Section> mSections;
    QHash<QString, QAction *> mSeparators;
    QPointer<editor::Editor> mCurrent;
    QPointer<editor::Document> mDocument;
};

} // namespace oi::app
