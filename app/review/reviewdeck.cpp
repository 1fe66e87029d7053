// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/review/reviewdeck.h"

#include "app/review/reviewmodel.h"
#include "app/review/reviewview.h"

#include "editor/document/document.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <memory>

namespace oi::review {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Review", text);
}

// 13.33 × 7.5 in, the 16:9 slide size; 2 880 × 1 620 px on it is 216 dpi. The QML lays out in
// units of height / 1080, so the screen and the deck are the same picture at two resolutions.
const QSize DeckPixels(2880, 1620);
const QSizeF DeckInches(13.333, 7.5);
} // namespace

bool writeDeck(editor::Document *document, const QString &fileName, QString *error)
{
    ReviewModel model;
    model.setDocument(document);
    model.refreshNow();
    std::unique_ptr<ReviewView> view(ReviewView::createFor(&model));
    if (view->status() != QQuickView::Ready) {
        if (error)
            *error = tr("the review could not be built: %1").arg(view->errors().value(0).toString());
        return false;
    }
    view->setAnimated(false);
    view->resize(DeckPixels);
    view->create();
    QPdfWriter pdf(fileName);
    pdf.setTitle(model.projectName());
    pdf.setCreator(QStringLiteral("Outside-In Studio"));
    // Page sizes are portrait (width < height) and landscape is the layout's turn of them.
    pdf.setPageLayout(QPageLayout(QPageSize(DeckInches.transposed(), QPageSize::Inch, QStringLiteral("16:9")),
        QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    pdf.setResolution(216);
    QPainter painter;
    if (!painter.begin(&pdf)) {
        if (error)
            *error = tr("cannot write %1").arg(fileName);
        return false;
    }
    for (int i = 0; i < view->pageCount(); ++i) {
        if (i > 0)
            pdf.newPage();
        view->showPage(i);
        const QImage page = view->grabPage();
        painter.drawImage(QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())), page);
    }
    if (!painter.end()) {
        if (error)
            *error = tr("cannot write %1").arg(fileName);
        return false;
    }
    return true;
}

int exportDeck(const QString &projectFile, const QString &output, QTextStream &err)
{
    if (QFileInfo(output).suffix().compare(u"pdf", Qt::CaseInsensitive) != 0) {
        err << tr("outsidein: --export deck writes a PDF; name the file OUT.pdf, not %1.\n").arg(output);
        return 1;
    }
    model::Problems problems;
    auto document = editor::Document::load(projectFile, &problems);
    if (!document) {
        for (const model::Problem &p : problems)
            err << p.toString() << u'\n';
        err << tr("outsidein: %1 could not be opened; nothing was exported.\n").arg(projectFile);
        return 1;
    }
    QString error;
    if (!writeDeck(document.get(), output, &error)) {
        err << tr("outsidein: %1\n").arg(error);
        return 1;
    }
    return 0;
}

} // namespace oi::review
