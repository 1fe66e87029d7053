// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/docks/propertieshost.h"

#include "editor/editor.h"

#include <QLabel>

namespace oi::app {

PropertiesHost::PropertiesHost(QWidget *parent)
    : QStackedWidget(parent)
    , mNothing(new QLabel(this))
{
    setObjectName(QStringLiteral("PropertiesHost"));
    mNothing->setWordWrap(true);
    mNothing->setAlignment(Qt::AlignCenter);
    mNothing->setMargin(16);
    mNothing->setForegroundRole(QPalette::PlaceholderText);
    addWidget(mNothing);
}

void PropertiesHost::setEditor(editor::Editor *editor)
{
    QWidget *page = editor ? editor->propertiesWidget() : nullptr;
    if (!page) {
        mNothing->setText(editor ? tr("The %1 view is read-only for now: nothing here to edit.").arg(editor->title())
                                 : tr("Nothing selected."));
        setCurrentWidget(mNothing);
        return;
    }
    if (indexOf(page) < 0)
        addWidget(page);
    setCurrentWidget(page);
}

} // namespace oi::app
