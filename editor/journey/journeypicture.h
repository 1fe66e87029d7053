// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QRectF>
#include <QString>

QT_BEGIN_NAMESPACE
class QPainter;
class QPrinter;
QT_END_NAMESPACE

namespace oi::editor {

class JourneyScene;

/**
 * Writes the whole map of a JourneyScene (selection hidden), under a title block (journey and
 * persona, client, project, date, colour legend), as an image or document. Every output goes
 * through paint(), so PNG at any DPI, SVG, PDF and print show the same picture. Every
 * function returns false with `error` naming the file and the problem; none opens a dialog.
 */
class JourneyPicture
{
    Q_DECLARE_TR_FUNCTIONS(JourneyPicture)
public:
    /** The picture's size in scene units: the title block above the map. */
    static QSizeF pictureSize(JourneyScene *scene);
    /** Where the map itself sits in the picture, in scene units. */
    static QRectF mapRect(JourneyScene *scene);
    /** Paints the picture fitted into `target` (aspect kept, centred): the one path for all outputs. */
    static void paint(JourneyScene *scene, QPainter *painter, const QRectF &target);
    /** PNG at `dpi` (96 = 100 %); refuses images above 400 megapixels. */
    static bool exportPng(JourneyScene *scene, const QString &fileName, int dpi, QString *error);
    /** SVG through QSvgGenerator; user text is written as escaped XML text. */
    static bool exportSvg(JourneyScene *scene, const QString &fileName, QString *error);
    /** HTML page with the map as inline SVG (for wikis and mail), titled with the journey's name. */
    static bool exportHtml(JourneyScene *scene, const QString &fileName, QString *error);
    /** The map as SVG text; empty when it cannot be drawn. */
    static QByteArray svg(JourneyScene *scene);
    /** PDF, landscape, the map scaled to fit one page. */
    static bool exportPdf(JourneyScene *scene, const QString &fileName, QString *error);
    /** Prints the map fitted to one landscape page of `printer`. */
    static bool print(JourneyScene *scene, QPrinter *printer, QString *error);
    /** Chooses by suffix: .png, .svg, .pdf, .html; Mermaid (.mmd) and JSON (.json) of the journey. All atomic. */
    static bool exportFile(JourneyScene *scene, const QString &fileName, int dpi, QString *error);
};

} // namespace oi::editor
