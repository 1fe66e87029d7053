// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/journeypicture.h"

#include "editor/document/document.h"
#include "editor/journey/journeyscene.h"
#include "editor/journey/journeytitleblock.h"

#include "model/atomicwrite.h"
#include "model/journeyinterchange.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QSvgGenerator>

#include <cmath>

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
    renderPicture(scene, painter, target);
}

bool JourneyPicture::exportPng(JourneyScene *scene, const QString &fileName, int dpi, QString *error)
{
    if (dpi < 24 || dpi > 1200)
        return fail(error, tr("%1: %2 dpi is outside 24..1200").arg(fileName).arg(dpi));
    const QSizeF source = pictureSize(scene);
    const qreal scale = dpi / 96.0;
    const QSize size(int(std::ceil(source.width() * scale)), int(std::ceil(source.height() * scale)));
    if (size.isEmpty() || qint64(size.width()) * size.height() > 400'000'000LL || size.width() > 32767
        || size.height() > 32767)
        return fail(error,
            tr("%1: a %2 × %3 pixel image is too large; choose a lower resolution")
                .arg(fileName)
                .arg(size.width())
                .arg(size.height()));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(error,
            tr("%1: not enough memory for a %2 × %3 pixel image").arg(fileName).arg(size.width()).arg(size.height()));
    image.fill(scene->style().canvas);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    {
        QPainter painter(&image);
        renderPicture(scene, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (!image.save(&png, "PNG"))
        return fail(error, tr("%1: cannot encode the PNG image").arg(fileName));
    return model::writeFileAtomically(fileName, png.data(), error);
}

QByteArray JourneyPicture::svg(JourneyScene *scene)
{
    const QSizeF source = pictureSize(scene);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(source.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source));
    const model::Journey *j = scene->journey();
    // QSvgGenerator escapes the drawn text but writes the title as it is given: escape it here, or a
    // journey named "<script>…" would put markup into the drawing (and into the HTML page around it).
    generator.setTitle(j ? j->name.toHtmlEscaped() : QString());
    generator.setDescription(tr("Journey map exported by Outside-In Studio"));
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    renderPicture(scene, &painter, QRectF(QPointF(0, 0), source));
    if (!painter.end())
        return {};
    return buffer.data();
}

bool JourneyPicture::exportSvg(JourneyScene *scene, const QString &fileName, QString *error)
{
    const QByteArray data = svg(scene);
    if (data.isEmpty())
        return fail(error, tr("%1: cannot draw the SVG drawing").arg(fileName));
    return model::writeFileAtomically(fileName, data, error);
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
    // The orientation is the caller's: the print dialog may have changed the landscape default.
    QPainter painter;
    if (!painter.begin(printer))
        return fail(error,
            tr("%1: cannot start printing")
                .arg(printer->outputFileName().isEmpty() ? printer->printerName() : printer->outputFileName()));
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    renderPicture(scene, &painter, QRectF(QPointF(0, 0), page.size()));
    painter.end();
    return true;
}

bool JourneyPicture::exportPdf(JourneyScene *scene, const QString &fileName, QString *error)
{
    return model::writeThroughTemporaryFile(
        fileName,
        [&](const QString &temporary, QString *why) {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(temporary);
            printer.setPageSize(QPageSize(QPageSize::A3));
            printer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
            printer.setPageOrientation(QPageLayout::Landscape);
            const model::Journey *j = scene->journey();
            printer.setDocName(j ? j->name : QString());
            printer.setCreator(QStringLiteral("Outside-In Studio"));
            if (!print(scene, &printer, why))
                return false;
            if (QFileInfo(temporary).size() == 0)
                return fail(why, tr("%1: cannot write the PDF file").arg(fileName));
            return true;
        },
        error);
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
