// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/journeypicture.h"

#include "editor/document/document.h"
#include "editor/journey/journeyscene.h"

#include "model/journeyinterchange.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace oi::editor {

namespace {
/** Renders without selection highlights, restoring the selection afterwards. */
void renderScene(JourneyScene *scene, QPainter *painter, const QRectF &target)
{
    const QStringList selected = scene->selectedStepIds();
    scene->selectSteps({});
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene->render(painter, target, scene->sceneRect(), Qt::KeepAspectRatio);
    scene->selectSteps(selected);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool writeText(const QString &fileName, const QByteArray &data, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail(error, JourneyPicture::tr("%1: cannot write: %2").arg(fileName, file.errorString()));
    return true;
}
} // namespace

bool JourneyPicture::exportPng(JourneyScene *scene, const QString &fileName, int dpi, QString *error)
{
    if (dpi < 24 || dpi > 1200)
        return fail(error, tr("%1: %2 dpi is outside 24..1200").arg(fileName).arg(dpi));
    const QRectF source = scene->sceneRect();
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
        renderScene(scene, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return fail(error, tr("%1: cannot write: %2").arg(fileName, file.errorString()));
    return true;
}

bool JourneyPicture::exportSvg(JourneyScene *scene, const QString &fileName, QString *error)
{
    const QRectF source = scene->sceneRect();
    QSvgGenerator generator;
    generator.setFileName(fileName);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    const model::Journey *j = scene->journey();
    // QSvgGenerator escapes title, description and drawn text itself.
    generator.setTitle(j ? j->name : QString());
    generator.setDescription(tr("Journey map exported by Outside-In Studio"));
    QPainter painter;
    if (!painter.begin(&generator))
        return fail(error, tr("%1: cannot write the SVG file").arg(fileName));
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), scene->style().canvas);
    renderScene(scene, &painter, QRectF(QPointF(0, 0), source.size()));
    if (!painter.end())
        return fail(error, tr("%1: cannot write the SVG file").arg(fileName));
    if (!QFileInfo(fileName).exists() || QFileInfo(fileName).size() == 0)
        return fail(error, tr("%1: cannot write the SVG file").arg(fileName));
    return true;
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
    renderScene(scene, &painter, QRectF(QPointF(0, 0), page.size()));
    painter.end();
    return true;
}

bool JourneyPicture::exportPdf(JourneyScene *scene, const QString &fileName, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(fileName);
    printer.setPageSize(QPageSize(QPageSize::A3));
    printer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    printer.setPageOrientation(QPageLayout::Landscape);
    const model::Journey *j = scene->journey();
    printer.setDocName(j ? j->name : QString());
    printer.setCreator(QStringLiteral("Outside-In Studio"));
    if (!print(scene, &printer, error))
        return false;
    if (!QFileInfo(fileName).exists() || QFileInfo(fileName).size() == 0)
        return fail(error, tr("%1: cannot write the PDF file").arg(fileName));
    return true;
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
    const model::Journey *j = scene->journey();
    if (!j || !scene->document())
        return fail(error, tr("%1: there is no journey to export").arg(fileName));
    const model::Project &project = scene->document()->project();
    if (suffix == QLatin1String("mmd") || suffix == QLatin1String("mermaid") || suffix == QLatin1String("md"))
        return writeText(fileName, model::journeyToMermaid(project, *j).toUtf8(), error);
    if (suffix == QLatin1String("json"))
        return writeText(fileName, model::journeyToJson(project, *j), error);
    return fail(error, tr("%1: unknown export format \"%2\" (use png, svg, pdf, mmd or json)").arg(fileName, suffix));
}

} // namespace oi::editor
