// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/journeypicture.h"

#include "editor/document/document.h"
#include "editor/journey/journeyscene.h"
#include "editor/journey/journeytitleblock.h"
#include "editor/widgets/picturewriter.h"

#include "model/atomicwrite.h"
#include "model/journeyinterchange.h"

#include <QApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPrinter>
#include <QSvgGenerator>

#include <cmath>
#include <optional>

namespace oi::editor {

namespace {
/** The scene's own rectangle inside the picture: below the title block. */
QRectF mapRectIn(JourneyScene *scene)
{
    return QRectF(QPointF(0, JourneyTitleBlock::height()), scene->sceneRect().size());
}

/**
 * Paints the picture (title block above the map) fitted into `target`, centred, on the canvas
 * colour. One path for every device: the painter's transform does the scaling and the scene's
 * fonts are in scene units, so the device's DPI never enters the layout. Selection is hidden.
 */
void renderPicture(JourneyScene *scene, QPainter *painter, const QRectF &target)
{
    const QSizeF size = JourneyPicture::pictureSize(scene);
    const qreal scale = std::min(target.width() / size.width(), target.height() / size.height());
    const QStringList selected = scene->selectedStepIds();
    scene->selectSteps({});
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter->translate(target.left() + (target.width() - size.width() * scale) / 2,
        target.top() + (target.height() - size.height() * scale) / 2);
    painter->scale(scale, scale);
    painter->fillRect(QRectF(QPointF(0, 0), size), scene->style().canvas);
    JourneyTitleBlock::paint(painter, QRectF(0, 0, size.width(), JourneyTitleBlock::height()), *scene);
    scene->render(painter, mapRectIn(scene), scene->sceneRect(), Qt::IgnoreAspectRatio);
    painter->restore();
    scene->selectSteps(selected);
}

/** Exports and prints are on white paper whatever the screen's theme: a dark map is restyled for them. */
class OnPaper
{
public:
    explicit OnPaper(JourneyScene *scene)
        : mScene(scene)
    {
        if (!scene->style().dark)
            return;
        mWas = scene->style();
        QPalette paper;
        paper.setColor(QPalette::Base, Qt::white);
        paper.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
        paper.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        paper.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
        scene->setStyle(JourneyStyle::fromPalette(paper, QApplication::font()));
    }
    ~OnPaper()
    {
        if (mWas)
            mScene->setStyle(*mWas);
    }
    OnPaper(const OnPaper &) = delete;
    OnPaper &operator=(const OnPaper &) = delete;

private:
    JourneyScene *mScene;
    std::optional<JourneyStyle> mWas;
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QSizeF JourneyPicture::pictureSize(JourneyScene *scene)
{
    return QSizeF(scene->sceneRect().width(), scene->sceneRect().height() + JourneyTitleBlock::height());
}

QRectF JourneyPicture::mapRect(JourneyScene *scene)
{
    return mapRectIn(scene);
}

void JourneyPicture::paint(JourneyScene *scene, QPainter *painter, const QRectF &target)
{
    const OnPaper paper(scene);
    renderPicture(scene, painter, target);
}

bool JourneyPicture::exportPng(JourneyScene *scene, const QString &fileName, int dpi, QString *error)
{
    const OnPaper paper(scene);
    return picture::writePng(
        fileName, pictureSize(scene), dpi, scene->style().canvas,
        [scene](QPainter *painter, const QRectF &target) { renderPicture(scene, painter, target); }, error);
}

QByteArray JourneyPicture::svg(JourneyScene *scene)
{
    const OnPaper paper(scene);
    const model::Journey *j = scene->journey();
    return picture::svg(pictureSize(scene), j ? j->name : QString(), tr("Journey map exported by Outside-In Studio"),
        [scene](QPainter *painter, const QRectF &target) { renderPicture(scene, painter, target); });
}

bool JourneyPicture::exportSvg(JourneyScene *scene, const QString &fileName, QString *error)
{
    return picture::writeSvg(fileName, svg(scene), error);
}

bool JourneyPicture::exportHtml(JourneyScene *scene, const QString &fileName, QString *error)
{
    const QByteArray drawing = svg(scene);
    if (drawing.isEmpty())
        return fail(error, tr("%1: cannot draw the journey map").arg(fileName));
    const model::Journey *j = scene->journey();
    const QString title = j ? (j->name.isEmpty() ? j->id : j->name) : tr("Journey map");
    // The drawing goes in as it is: inline SVG keeps text selectable and sharp at any zoom.
    const qsizetype svgStart = drawing.indexOf("<svg");
    QByteArray html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        + title.toHtmlEscaped().toUtf8()
        + "</title>\n<style>body{margin:24px;font-family:sans-serif;color:#1f2933}"
          "svg{max-width:100%;height:auto}</style>\n</head>\n<body>\n<h1>"
        + title.toHtmlEscaped().toUtf8() + "</h1>\n";
    if (j && !j->description.isEmpty())
        html += "<p>" + j->description.toHtmlEscaped().toUtf8() + "</p>\n";
    html += drawing.mid(svgStart < 0 ? 0 : svgStart);
    html += "\n</body>\n</html>\n";
    return model::writeFileAtomically(fileName, html, error);
}

bool JourneyPicture::print(JourneyScene *scene, QPrinter *printer, QString *error)
{
    return picture::print(
        printer, [scene](QPainter *painter, const QRectF &target) { renderPicture(scene, painter, target); }, error);
}

bool JourneyPicture::exportPdf(JourneyScene *scene, const QString &fileName, QString *error)
{
    const model::Journey *j = scene->journey();
    return picture::writePdf(
        fileName, j ? j->name : QString(), pictureSize(scene),
        [scene](QPainter *painter, const QRectF &target) { renderPicture(scene, painter, target); }, error);
}

bool JourneyPicture::exportFile(JourneyScene *scene, const QString &fileName, int dpi, QString *error)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return exportPng(scene, fileName, dpi, error);
    if (suffix == QLatin1String("svg"))
        return exportSvg(scene, fileName, error);
    if (suffix == QLatin1String("pdf"))
        return exportPdf(scene, fileName, error);
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return exportHtml(scene, fileName, error);
    const model::Journey *j = scene->journey();
    if (!j || !scene->document())
        return fail(error, tr("%1: there is no journey to export").arg(fileName));
    const model::Project &project = scene->document()->project();
    if (suffix == QLatin1String("mmd") || suffix == QLatin1String("mermaid") || suffix == QLatin1String("md"))
        return model::writeFileAtomically(fileName, model::journeyToMermaid(project, *j).toUtf8(), error);
    if (suffix == QLatin1String("json"))
        return model::writeFileAtomically(fileName, model::journeyToJson(project, *j), error);
    return fail(
        error, tr("%1: unknown export format \"%2\" (use png, svg, pdf, html, mmd or json)").arg(fileName, suffix));
}

} // namespace oi::editor
