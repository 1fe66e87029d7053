// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's executive review (issue 14): View ▸ Review opens it full screen over the studio, Esc
// comes back; File ▸ Export ▸ Review Deck writes the PDF.
#include "app/gui/mainwindow/mainwindow.h"

#include "app/gui/documents/documentmanager.h"
#include "app/review/reviewdeck.h"
#include "app/review/reviewmodel.h"
#include "app/review/reviewview.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace oi::app {

void MainWindow::createReviewActions()
{
    // F5 runs the simulation in the studio; the review takes F9.
    connect(addAction(QStringLiteral("review"), tr("&Review"), {}, QKeySequence(Qt::Key_F9)), &QAction::triggered, this,
        [this] { showReview(); });
    connect(addAction(QStringLiteral("exportDeck"), tr("Review &Deck (PDF)…")), &QAction::triggered, this,
        &MainWindow::exportDeck);
}

review::ReviewView *MainWindow::showReview(bool fullScreen)
{
    editor::Document *document = mManager->document();
    if (!document)
        return nullptr;
    if (!mReviewModel)
        mReviewModel = new review::ReviewModel(this);
    mReviewModel->setDocument(document);
    // The review follows the studio: dark when the window is.
    mReviewModel->setDark(palette().color(QPalette::Window).lightness() < 128);
    mReviewModel->refresh(); // the live model: whatever was edited since it last showed
    if (!mReviewView) {
        mReviewView = review::ReviewView::createFor(mReviewModel);
        connect(mReviewView, &review::ReviewView::closed, this, [this] {
            activateWindow();
            raise();
        });
        connect(this, &QObject::destroyed, mReviewView, [view = mReviewView] { delete view; });
    }
    if (fullScreen)
        mReviewView->showFullScreen();
    else
        mReviewView->show();
    mReviewView->requestActivate();
    return mReviewView;
}

void MainWindow::exportDeck()
{
    editor::Document *document = mManager->document();
    if (!document)
        return;
    const QString base = QFileInfo(document->fileName()).completeBaseName().section(u'.', 0, 0);
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Review Deck"),
        (base.isEmpty() ? tr("review") : base) + QStringLiteral("-review.pdf"), tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = review::writeDeck(document, file, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, tr("Export Review Deck"), error);
    else
        statusBar()->showMessage(tr("Wrote the review deck to %1").arg(QDir::toNativeSeparators(file)), 5000);
}

} // namespace oi::app
