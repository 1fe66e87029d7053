// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/mainwindow/editorhost.h"

#include "editor/document/document.h"
#include "editor/document/selection.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>
#include <QTabWidget>
#include <QWidget>

namespace oi::app {

EditorHost::EditorHost(QTabWidget *tabs, QMainWindow *window)
    : QObject(window)
    , mTabs(tabs)
    , mWindow(window)
{
    connect(mTabs, &QTabWidget::currentChanged, this, &EditorHost::onCurrentChanged);
}

void EditorHost::addEditor(editor::Editor *editor)
{
    editor->setParent(this);
    mEditors.append(editor);
    connect(editor, &editor::Editor::openRequested, this, &EditorHost::openRequested);
    connect(editor, &editor::Editor::message, this, &EditorHost::message);
    editor->setDocument(mDocument);
    for (QDockWidget *dock : editor->docks()) {
        mWindow->addDockWidget(Qt::RightDockWidgetArea, dock);
        dock->hide();
    }
    // Adding the first tab makes it current, which installs its actions.
    mTabs->addTab(editor->widget(), editor->icon(), editor->title());
}

editor::Editor *EditorHost::editor(const QString &name) const
{
    for (editor::Editor *e : mEditors)
        if (e->name() == name)
            return e;
    return nullptr;
}

QStringList EditorHost::names() const
{
    QStringList result;
    for (const editor::Editor *e : mEditors)
        result.append(e->name());
    return result;
}

editor::Editor *EditorHost::currentEditor() const
{
    for (editor::Editor *e : mEditors)
        if (e->widget() == mTabs->currentWidget())
            return e;
    return nullptr;
}

bool EditorHost::setCurrentEditor(const QString &name)
{
    editor::Editor *e = editor(name);
    if (!e)
        return false;
    mTabs->setCurrentWidget(e->widget());
    return true;
}

editor::Editor *EditorHost::editorFor(editor::EntityKind kind) const
{
    for (editor::Editor *e : mEditors)
        if (e->shows(kind))
            return e;
    return nullptr;
}

void EditorHost::setDocument(editor::Document *document)
{
    mDocument = document;
    for (editor::Editor *e : mEditors)
        e->setDocument(document);
}

void EditorHost::addSection(editor::Editor::Place place, QWidget *menuOrToolBar)
{
    auto *marker = new QAction(this);
    marker->setSeparator(true);
    marker->setVisible(false); // only a place holder: the editor's own separators show
    menuOrToolBar->addAction(marker);
    mSections.append({ place, menuOrToolBar, marker, {} });
    onCurrentChanged();
}

QAction *EditorHost::separatorFor(editor::Editor *editor, editor::Editor::Place place, int index)
{
    const QString key = editor->name() + u'/' + QString::number(int(place)) + u'/' + QString::number(index);
    QAction *&separator = mSeparators[key];
    if (!separator) {
        separator = new QAction(this);
        separator->setSeparator(true);
    }
    return separator;
}

void EditorHost::onCurrentChanged()
{
    editor::Editor *current = currentEditor();
    for (Section &section : mSections) {
        if (!section.widget)
            continue;
        for (QAction *a : std::as_const(section.inserted))
            section.widget->removeAction(a);
        section.inserted.clear();
        if (!current)
            continue;
        const QList<QAction *> actions = current->actions(section.place);
        for (int i = 0; i < actions.size(); ++i) {
            QAction *a = actions.at(i) ? actions.at(i) : separatorFor(current, section.place, i);
            section.widget->insertAction(section.marker, a);
            section.inserted.append(a);
        }
    }
    if (current != mCurrent) {
        // An editor's own docks come and go with it; the window's docks stay as the user left them.
        if (mCurrent)
            for (QDockWidget *dock : mCurrent->docks())
                dock->hide();
        if (current)
            for (QDockWidget *dock : current->docks())
                dock->show();
        mCurrent = current;
        emit currentEditorChanged(current);
    }
}

bool EditorHost::showEntity(const editor::EntityRef &ref)
{
    editor::Editor *e = editorFor(ref.kind);
    if (!e)
        return false;
    if (mDocument) {
        // A node is shown by the editor of processes, and selected as itself.
        mDocument->selection()->set({ ref });
    }
    mTabs->setCurrentWidget(e->widget());
    e->reveal(ref);
    return true;
}

void EditorHost::showResults(const std::shared_ptr<const sim::Results> &results)
{
    for (editor::Editor *e : mEditors)
        e->showResults(results);
}

void EditorHost::readSettings(QSettings &settings)
{
    for (editor::Editor *e : mEditors) {
        settings.beginGroup(e->name());
        e->readSettings(settings);
        settings.endGroup();
    }
}

void EditorHost::writeSettings(QSettings &settings) const
{
    for (editor::Editor *e : mEditors) {
        settings.beginGroup(e->name());
        e->writeSettings(settings);
        settings.endGroup();
    }
}

} // namespace oi::app
