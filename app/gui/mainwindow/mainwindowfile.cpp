// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's file handling: the dialogs around DocumentManager's open/save/new.
#include "app/gui/mainwindow/mainwindow.h"

#include "app/gui/docks/problemspanel.h"
#include "app/gui/documents/autosaver.h"
#include "app/gui/documents/documentmanager.h"

#include "editor/document/document.h"
#include "model/projectio.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

namespace oi::app {

namespace {
QString openFilters()
{
    return MainWindow::tr("Outside-In projects (*.oistudio *.oi.yaml *.yaml *.yml);;"
                          "Studio documents (*.oistudio);;YAML projects (*.oi.yaml *.yaml *.yml);;All files (*)");
}

QString lastDirectory()
{
    return QSettings().value(QStringLiteral("files/lastDirectory")).toString();
}

void rememberDirectory(const QString &fileName)
{
    QSettings().setValue(QStringLiteral("files/lastDirectory"), QFileInfo(fileName).absolutePath());
}
} // namespace

bool MainWindow::openFile(const QString &fileName, bool quiet)
{
    // Another instance has the file open: only it may save there, and a recovery copy is its live work.
    const QString holder = mManager->otherInstanceHolding(fileName);
    if (!holder.isEmpty() && !quiet) {
        QMessageBox box(QMessageBox::Warning, tr("Project Already Open"),
            tr("%1 is open in %2.").arg(QFileInfo(fileName).fileName(), holder), QMessageBox::Cancel, this);
        box.setInformativeText(tr("Open it read-only? You can look at it and save it under another name, but only "
                                  "the other instance saves to this file."));
        QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
        box.setDefaultButton(readOnly);
        box.exec();
        if (box.clickedButton() != readOnly)
            return false;
    }
    const auto access = holder.isEmpty() ? DocumentManager::Access::Exclusive : DocumentManager::Access::ReadOnly;
    // A newer recovery copy means the studio died with unsaved work on this file: offer it back.
    const QString recovery = holder.isEmpty() ? mManager->autosaver()->recoverableCopyOf(fileName) : QString();
    QString toOpen = fileName;
    if (!recovery.isEmpty() && !quiet) {
        const auto answer = QMessageBox::question(this, tr("Recover Unsaved Work"),
            tr("Outside-In Studio has an autosaved copy of %1 that is newer than the file. "
               "It holds changes that were not saved.\n\nOpen the recovered copy?")
                .arg(QFileInfo(fileName).fileName()),
            QMessageBox::Open | QMessageBox::Discard, QMessageBox::Open);
        if (answer == QMessageBox::Open)
            toOpen = recovery;
        else
            QFile::remove(recovery);
    }
    model::Problems problems;
    const bool opened = toOpen == fileName ? mManager->open(fileName, &problems, access)
                                           : mManager->openRecovered(toOpen, fileName, &problems);
    if (!opened) {
        mProblems->setProblems(problems);
        if (!quiet)
            showLoadProblems(fileName, problems);
        statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(fileName).fileName()), 8000);
        return false;
    }
    if (toOpen != fileName) {
        // Recovered: it is the original file's, with unsaved changes; the copy stays until the save.
        statusBar()->showMessage(
            tr("Recovered the unsaved work on %1; save to keep it.").arg(QFileInfo(fileName).fileName()), 15000);
    } else if (mManager->isReadOnly()) {
        statusBar()->showMessage(
            tr("Opened %1 read-only: %2 has it open.").arg(QFileInfo(fileName).fileName(), holder));
    } else {
        statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(fileName).fileName()), 5000);
    }
    rememberDirectory(fileName);
    return true;
}

void MainWindow::showLoadProblems(const QString &fileName, const model::Problems &problems)
{
    QStringList lines;
    for (const model::Problem &p : problems) {
        if (p.isError())
            lines << p.toString();
        if (lines.size() == 8)
            break;
    }
    // Window-modal and non-blocking: a failed open must never stall the event loop (or a test).
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Project"),
        tr("%1 could not be opened.").arg(QFileInfo(fileName).fileName()), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(lines.join(u'\n'));
    box->open();
}

namespace {
/** The first local project file among dropped URLs, or empty. */
QString droppedProject(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls()) {
        const QString file = url.toLocalFile();
        if (!file.isEmpty() && model::formatForFileName(file) != model::FileFormat::Unknown)
            return file;
    }
    return {};
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedProject(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString file = droppedProject(event->mimeData());
    if (file.isEmpty())
        return;
    event->acceptProposedAction();
    // Ask about unsaved work after the drop has finished, not inside the drag-and-drop loop.
    QTimer::singleShot(0, this, [this, file] {
        if (maybeSave())
            openFile(file);
    });
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open Project"), lastDirectory(), openFilters());
    if (!fileName.isEmpty())
        openFile(fileName);
}

void MainWindow::openSample()
{
    if (!maybeSave())
        return;
    model::Problems problems;
    if (!mManager->openAsUntitled(DocumentManager::samplePath(), &problems))
        showLoadProblems(DocumentManager::samplePath(), problems);
}

void MainWindow::newProject()
{
    if (maybeSave())
        mManager->newProject();
}

void MainWindow::newFromTemplate(const QString &path)
{
    if (!maybeSave())
        return;
    model::Problems problems;
    if (!mManager->openAsUntitled(path, &problems))
        showLoadProblems(path, problems);
}

bool MainWindow::save()
{
    editor::Document *doc = mManager->document();
    if (!doc)
        return false;
    if (doc->fileName().isEmpty() || mManager->isReadOnly())
        return saveAs();
    QString error;
    if (!mManager->save(doc->fileName(), &error)) {
        QMessageBox::critical(this, tr("Save Failed"),
            tr("%1 could not be saved. The file on disk is unchanged.\n\n%2").arg(doc->fileName(), error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(doc->displayName()), 4000);
    updateTitle();
    return true;
}

bool MainWindow::saveAs()
{
    editor::Document *doc = mManager->document();
    if (!doc)
        return false;
    QString suggested = doc->fileName();
    if (suggested.isEmpty())
        suggested = QFileInfo(lastDirectory(), doc->project().name + QStringLiteral(".oistudio")).filePath();
    QString fileName = QFileDialog::getSaveFileName(this, tr("Save Project As"), suggested,
        tr("Studio document (*.oistudio);;YAML project, for git and hand editing (*.oi.yaml)"));
    if (fileName.isEmpty())
        return false;
    if (model::formatForFileName(fileName) == model::FileFormat::Unknown)
        fileName += QStringLiteral(".oistudio");
    QString error;
    if (!mManager->save(fileName, &error)) {
        QMessageBox::critical(this, tr("Save Failed"), tr("%1 could not be saved.\n\n%2").arg(fileName, error));
        return false;
    }
    rememberDirectory(fileName);
    statusBar()->showMessage(tr("Saved %1").arg(doc->displayName()), 4000);
    updateTitle();
    return true;
}

bool MainWindow::maybeSave()
{
    editor::Document *doc = mManager->document();
    if (!doc || !doc->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved Changes"),
        tr("%1 has unsaved changes.\nDo you want to save them?").arg(doc->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

} // namespace oi::app
