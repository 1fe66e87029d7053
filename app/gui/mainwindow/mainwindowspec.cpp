// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's vendor specification (issue 15): File ▸ Vendor Specification… opens the preview
// with the section choices and saves it in any of its formats.
#include "app/gui/mainwindow/mainwindow.h"

#include "app/gui/documents/documentmanager.h"
#include "app/gui/spec/specdialog.h"

#include <QAction>

namespace oi::app {

void MainWindow::createSpecActions()
{
    connect(addAction(QStringLiteral("exportSpec"), tr("Vendor &Specification…")), &QAction::triggered, this,
        &MainWindow::showSpecDialog);
}

void MainWindow::showSpecDialog()
{
    editor::Document *document = mManager->document();
    if (!document)
        return;
    SpecDialog dialog(document, this);
    dialog.exec();
}

} // namespace oi::app
