// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/widgets/picturewriter.h"

#include "model/atomicwrite.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QSvgGenerator>

#include <cmath>

namespace oi::editor::picture {

namespace {
struct PictureWriter
{
    Q_DECLARE_TR_FUNCTIONS(PictureWriter)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

void paintTitledScene(
    QGraphicsScene *scene, QPainter *painter, const QRectF &target, const QColor &canvas, const SceneTitle &title)
{
    const QSizeF size(scene->sceneRect().width(), scene->sceneRect().height() + title.height);
    const qreal scale = std::min(target.width() / size.width(), target.height() / size.height());
    const QList<QGraphicsItem *> selected = scene->selectedItems();
    scene->clearSelection();
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->translate(target.left() + (target.width() - size.width() * scale) / 2,
        target.top() + (target.height() - size.height() * scale) / 2);
    painter->scale(scale, scale);
    painter->fillRect(QRectF(QPointF(0, 0), size), canvas);
    painter->setFont(title.font);
    painter->setPen(title.colour);
    painter->drawText(QRectF(title.margin.x(), title.margin.y(), size.width() - 2 * title.margin.x(),
                          title.height - title.margin.y()),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title.text);
    scene->render(painter, QRectF(QPointF(0, title.height), scene->sceneRect().size()), scene->sceneRect(),
        Qt::IgnoreAspectRatio);
    painter->restore();
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
}

bool writePng(const QString &fileName, const QSizeF &source, int dpi, const QColor &background,
    const PaintFunction &paint, QString *error)
{
    if (dpi < 24 || dpi > 1200)
        return fail(error, PictureWriter::tr("%1: %2 dpi is outside 24..1200").arg(fileName).arg(dpi));
    const qreal scale = dpi / 96.0;
    const QSize size(int(std::ceil(source.width() * scale)), int(std::ceil(source.height() * scale)));
    if (size.isEmpty() || qint64(size.width()) * size.height() > 400'000'000LL || size.width() > 32767
        || size.height() > 32767)
        return fail(error,
            PictureWriter::tr("%1: a %2 × %3 pixel image is too large; choose a lower resolution")
                .arg(fileName)
                .arg(size.width())
                .arg(size.height()));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(error,
            PictureWriter::tr("%1: not enough memory for a %2 × %3 pixel image")
                .arg(fileName)
                .arg(size.width())
                .arg(size.height()));
    image.fill(background);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    {
        QPainter painter(&image);
        paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (!image.save(&png, "PNG"))
        return fail(error, PictureWriter::tr("%1: cannot encode the PNG image").arg(fileName));
    return model::writeFileAtomically(fileName, png.data(), error);
}

QByteArray svg(const QSizeF &size, const QString &title, const QString &description, const PaintFunction &paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    // QSvgGenerator escapes the drawn text but writes the title as it is given: escape it here, or a
    // name such as "<script>…" would put markup into the drawing (and into an HTML page around it).
    generator.setTitle(title.toHtmlEscaped());
    generator.setDescription(description.toHtmlEscaped());
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    paint(&painter, QRectF(QPointF(0, 0), size));
    if (!painter.end())
        return {};
    return buffer.data();
}

bool writeSvg(const QString &fileName, const QByteArray &data, QString *error)
{
    if (data.isEmpty())
        return fail(error, PictureWriter::tr("%1: cannot draw the SVG drawing").arg(fileName));
    return model::writeFileAtomically(fileName, data, error);
}

bool print(QPrinter *printer, const PaintFunction &paint, QString *error)
{
    QPainter painter;
    if (!painter.begin(printer))
        return fail(error,
            PictureWriter::tr("%1: cannot start printing")
                .arg(printer->outputFileName().isEmpty() ? printer->printerName() : printer->outputFileName()));
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    paint(&painter, QRectF(QPointF(0, 0), page.size()));
    painter.end();
    return true;
}

bool writePdf(const QString &fileName, const QString &documentName, const QSizeF &size, const PaintFunction &paint,
    QString *error)
{
    return model::writeThroughTemporaryFile(
        fileName,
        [&](const QString &temporary, QString *why) {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(temporary);
            printer.setPageSize(QPageSize(QPageSize::A3));
            printer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
            printer.setPageOrientation(size.height() > size.width() ? QPageLayout::Portrait : QPageLayout::Landscape);
            printer.setDocName(documentName);
            printer.setCreator(QStringLiteral("Outside-In Studio"));
            if (!print(&printer, paint, why))
                return false;
            if (QFileInfo(temporary).size() == 0)
                return fail(why, PictureWriter::tr("%1: cannot write the PDF file").arg(fileName));
            return true;
        },
        error);
}

} // namespace oi::editor::picture
