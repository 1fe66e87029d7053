// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/editor.h"

#include "editor/document/document.h"

#include <QCoreApplication>
#include <QWidget>

namespace oi::editor {

Editor::Editor(QObject *parent)
    : QObject(parent)
{
}

Editor::~Editor()
{
    if (mWidget && !mWidget->parent())
        delete mWidget;
}

void Editor::setWidget(QWidget *widget)
{
    mWidget = widget;
}

QList<QAction *> Editor::actions(Place) const
{
    return {};
}

void Editor::setDocument(Document *document)
{
    if (mDocument == document)
        return;
    mDocument = document;
    documentChanged();
}

Document *Editor::document() const
{
    return mDocument;
}

bool Editor::shows(EntityKind) const
{
    return false;
}

void Editor::reveal(const EntityRef &) { }

bool Editor::zoom(Zoom)
{
    return false;
}

bool Editor::find(const QString &)
{
    return false;
}

bool Editor::exportTo(const QString &fileName, const ExportOptions &, QString *error)
{
    if (error)
        *error
            = QCoreApplication::translate("Editor", "%1: the %2 view has no picture to export.").arg(fileName, title());
    return false;
}

void Editor::showResults(const std::shared_ptr<const sim::Results> &) { }

void Editor::readSettings(QSettings &) { }

void Editor::writeSettings(QSettings &) const { }

} // namespace oi::editor
