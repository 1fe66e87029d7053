// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/eventlog/importeventlog.h"

#include "app/gui/eventlog/eventlogwizard.h"
#include "app/gui/mainwindow/editorhost.h"

#include <QMainWindow>
#include <QPointer>
#include <QStatusBar>

namespace oi::app {

void importEventLog(QMainWindow *window, editor::Document *document, EditorHost *editors)
{
    if (!document)
        return;
    auto *wizard = new EventLogWizard(document, window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<EditorHost> host(editors);
    QObject::connect(
        wizard, &EventLogWizard::draftApplied, window, [window, host](const QString &process, const QString &journey) {
            if (!host)
                return;
            // The journey first, so the process editor, where the calibration is refined, ends in front.
            host->showEntity({ editor::EntityKind::Journey, journey });
            host->showEntity({ editor::EntityKind::Process, process });
            window->statusBar()->showMessage(
                EventLogWizard::tr("The draft from the event log is in the project; Undo takes it out again."), 8000);
        });
    wizard->open();
}

} // namespace oi::app
