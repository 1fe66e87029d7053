// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/export/specexport.h"

#include "app/gui/mainwindow/editorregistry.h"

#include "editor/document/document.h"
#include "editor/editor.h"
#include "editor/settings/preferences.h"
#include "model/atomicwrite.h"
#include "model/runstore.h"
#include "model/spec/specwriters.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QUrl>

#include <memory>
#include <utility>

namespace oi::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SpecExport", text);
}

// Each process diagram as SVG text, painted by the process editor (the code --export process runs).
QHash<QString, QByteArray> processDiagrams(editor::Document &document, const model::spec::SpecDocument &spec)
{
    QHash<QString, QByteArray> svgs;
    QList<editor::Editor *> editors = createEditors();
    editor::Editor *painter = nullptr;
    for (editor::Editor *e : editors)
        if (e->exportKind() == QLatin1String("process"))
            painter = e;
    QTemporaryDir dir;
    if (painter && dir.isValid()) {
        painter->setDocument(&document);
        int n = 0;
        for (const model::spec::ProcessView &p : spec.processes) {
            const QString file = dir.filePath(QStringLiteral("%1.svg").arg(n++));
            editor::ExportOptions options;
            options.process = p.id;
            QString error;
            if (!painter->exportTo(file, options, &error))
                continue;
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                svgs.insert(p.id, f.readAll());
        }
        painter->setDocument(nullptr);
    }
    qDeleteAll(editors);
    return svgs;
}

// Inline SVG without the XML declaration (not allowed inside an HTML body).
QString inlineSvg(const QByteArray &svg)
{
    QString text = QString::fromUtf8(svg);
    const qsizetype start = text.indexOf(QLatin1String("<svg"));
    return start < 0 ? QString() : text.mid(start);
}

bool writeHtml(const model::spec::SpecDocument &spec, const QHash<QString, QByteArray> &svgs, const QString &output,
    QString *error)
{
    const QString html = model::spec::specToHtml(spec, [&](const QString &id) { return inlineSvg(svgs.value(id)); });
    return model::writeFileAtomically(output, html.toUtf8(), error);
}

// QTextDocument lays the text out and breaks it into pages; the diagrams are placeholders of the
// right size, painted over as vectors from their SVG on whichever page the layout put them.
struct Placed
{
    QString id;
    QRectF rect; // in document coordinates
};

std::vector<Placed> placedDiagrams(QTextDocument &doc)
{
    std::vector<Placed> out;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QRectF blockRect = doc.documentLayout()->blockBoundingRect(block);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat())
                continue;
            const QTextImageFormat image = format.toImageFormat();
            if (!image.name().startsWith(QLatin1String("diagram:")))
                continue;
            const QTextLine line = block.layout()->lineForTextPosition(fragment.position() - block.position());
            if (!line.isValid())
                continue;
            const double x = line.cursorToX(fragment.position() - block.position());
            const double y = line.y() + line.ascent() - image.height();
            out.push_back({ image.name().mid(8),
                QRectF(blockRect.left() + x, blockRect.top() + y, image.width(), image.height()) });
        }
    }
    return out;
}

bool writePdf(const model::spec::SpecDocument &spec, const QHash<QString, QByteArray> &svgs, const QString &output,
    QString *error)
{
    QTemporaryDir dir;
    const QString tmp = dir.filePath(QStringLiteral("spec.pdf"));
    QPdfWriter pdf(tmp);
    // The page size people print on where they are (Edit ▸ Preferences ▸ Export): A4 unless Letter.
    pdf.setPageSize(
        QPageSize(editor::Preferences::load().pdfPageSize == u"Letter" ? QPageSize::Letter : QPageSize::A4));
    pdf.setPageMargins(QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter);
    pdf.setResolution(300);
    pdf.setTitle(tr("Vendor proof-of-concept specification: %1").arg(spec.project));
    pdf.setCreator(QStringLiteral("Outside-In Studio"));
    const double scale = pdf.resolution() / 96.0;
    const QRectF paper = pdf.pageLayout().paintRectPixels(pdf.resolution());
    const double headerHeight = 28, footerHeight = 28;
    const QSizeF body(paper.width() / scale, paper.height() / scale - headerHeight - footerHeight);

    std::map<QString, std::unique_ptr<QSvgRenderer>> renderers;
    const double maxWidth = body.width() * 0.88, maxHeight = body.height() * 0.6;
    const auto placeholder = [&](const QString &id) -> QString {
        auto renderer = std::make_unique<QSvgRenderer>(svgs.value(id));
        if (!renderer->isValid())
            return {};
        QSizeF size = renderer->defaultSize();
        size.scale(QSizeF(maxWidth, maxHeight), Qt::KeepAspectRatio);
        renderers[id] = std::move(renderer);
        return QStringLiteral("<img src=\"diagram:%1\" width=\"%2\" height=\"%3\"/>")
            .arg(model::spec::htmlEscaped(id))
            .arg(int(size.width()))
            .arg(int(size.height()));
    };
    QTextDocument doc;
    doc.setDocumentMargin(0);
    QFont font(QStringLiteral("Sans Serif"));
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    QImage blank(1, 1, QImage::Format_ARGB32);
    blank.fill(Qt::transparent);
    doc.setPageSize(body);
    // Qt's rich text applies @media rules regardless of the medium; the screen's column width and
    // padding are for browsers, the page has its own margins.
    const auto layOut = [&](const QList<int> &pages) {
        QString paged = model::spec::specToHtml(spec, placeholder, pages);
        paged.remove(QRegularExpression(QStringLiteral("@media screen \\{[^\n]*\n")));
        doc.setHtml(paged);
        // An empty picture holds each diagram's place; the vectors are painted over it.
        for (const auto &[id, r] : renderers)
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("diagram:") + id), blank);
    };
    layOut({});
    // Twice: the first layout tells on which page each section starts (its heading, after the
    // contents' own), the second prints those pages in the contents.
    QList<int> sectionPages;
    bool contents = true;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        if (block.blockFormat().headingLevel() == 2) {
            if (std::exchange(contents, false))
                continue;
            sectionPages << int(doc.documentLayout()->blockBoundingRect(block).top() / body.height()) + 1;
        }
    layOut(sectionPages);
    const std::vector<Placed> diagrams = placedDiagrams(doc);
    const int pages = doc.pageCount();

    QPainter painter;
    if (!painter.begin(&pdf)) {
        if (error)
            *error = tr("cannot write %1.").arg(output);
        return false;
    }
    const QString header = spec.client.isEmpty() ? spec.project : spec.client + QStringLiteral(" · ") + spec.project;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            pdf.newPage();
        painter.save();
        painter.scale(scale, scale);
        QFont small = font; // in pixels: points would be taken at the printer's resolution, then scaled again
        small.setPixelSize(10);
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x66, 0x77));
        const QRectF top(0, 0, body.width(), headerHeight - 8);
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, header);
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter,
            tr("Vendor proof-of-concept specification · version %1").arg(spec.version));
        painter.drawLine(QPointF(0, headerHeight - 6), QPointF(body.width(), headerHeight - 6));
        const QRectF bottom(0, headerHeight + body.height() + 8, body.width(), footerHeight - 8);
        painter.drawLine(QPointF(0, bottom.top() - 2), QPointF(body.width(), bottom.top() - 2));
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter, spec.date);
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.translate(0, headerHeight - page * body.height());
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, QColor(0x1d, 0x27, 0x33));
        doc.documentLayout()->draw(&painter, context);
        for (const Placed &d : diagrams)
            if (clip.intersects(d.rect))
                if (const auto it = renderers.find(d.id); it != renderers.end())
                    it->second->render(&painter, d.rect);
        painter.restore();
    }
    painter.end();
    QFile written(tmp);
    if (!written.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot write %1.").arg(output);
        return false;
    }
    return model::writeFileAtomically(output, written.readAll(), error);
}

} // namespace

bool writeSpec(
    editor::Document &document, const model::spec::SpecOptions &options, const QString &output, QString *error)
{
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("html") && suffix != QLatin1String("htm") && suffix != QLatin1String("pdf")) {
        if (error)
            *error = tr("the studio writes the specification as .html or .pdf; outsidein-cli export spec writes "
                        ".md, .json and .csv.");
        return false;
    }
    // Sizing comes from the latest stored run; a YAML project stores none.
    const QString file = document.fileName();
    const std::vector<model::RunRecord> runs
        = file.endsWith(QLatin1String(".oistudio")) ? model::listRuns(file) : std::vector<model::RunRecord>();
    const model::spec::SpecDocument spec = model::spec::buildSpec(document.project(), runs, options);
    const QHash<QString, QByteArray> svgs
        = spec.sections.processes ? processDiagrams(document, spec) : QHash<QString, QByteArray>();
    return suffix == QLatin1String("pdf") ? writePdf(spec, svgs, output, error) : writeHtml(spec, svgs, output, error);
}

int exportSpec(const QString &projectFile, const QString &output, QTextStream &err)
{
    model::Problems problems;
    auto document = editor::Document::load(projectFile, &problems);
    if (!document) {
        for (const model::Problem &p : problems)
            err << p.toString() << u'\n';
        err << tr("outsidein: %1 could not be opened; nothing was exported.\n").arg(projectFile);
        return 1;
    }
    QString error;
    if (!writeSpec(*document, {}, output, &error)) {
        err << tr("outsidein: --export spec: %1\n").arg(error);
        return 1;
    }
    return 0;
}

} // namespace oi::app
