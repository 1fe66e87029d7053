// SPDX-License-Identifier: GPL-3.0-or-later
// Writing one picture to PNG, SVG and PDF through the same paint function, so every format (and
// every DPI) shows what the screen shows. Shared by the journey map, the role map and later views.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QGraphicsScene;
class QPainter;
class QPrinter;
QT_END_NAMESPACE

namespace oi::editor::picture {

/** Paints the whole picture fitted into `target` (aspect kept). */
using PaintFunction = std::function<void(QPainter *painter, const QRectF &target)>;

/** The title line above a scene's picture: its text and look, and where it sits (left and top margins). */
struct SceneTitle
{
    QString text;
    QFont font;
    QColor colour;
    QPointF margin;
    double height = 0; // the band the title takes above the scene
};

/**
 * A scene under its title, fitted into `target` (aspect kept, centred) on `canvas`, its selection
 * hidden while painting: the one paint path of the role map's and the process diagram's pictures.
 */
void paintTitledScene(
    QGraphicsScene *scene, QPainter *painter, const QRectF &target, const QColor &canvas, const SceneTitle &title);

/** PNG at `dpi` (96 = 100 %) of a picture `size` scene units large; refuses images above 400 megapixels. */
bool writePng(const QString &fileName, const QSizeF &size, int dpi, const QColor &background,
    const PaintFunction &paint, QString *error);
/** SVG text; `title` is written escaped. Empty when it cannot be drawn. */
QByteArray svg(const QSizeF &size, const QString &title, const QString &description, const PaintFunction &paint);
bool writeSvg(const QString &fileName, const QByteArray &svg, QString *error);
/** Prints fitted to one page of `printer` (its orientation is the caller's). */
bool print(QPrinter *printer, const PaintFunction &paint, QString *error);
/** PDF, A3 with 10 mm margins (landscape unless `size` is taller than wide), fitted to one page. */
bool writePdf(const QString &fileName, const QString &documentName, const QSizeF &size, const PaintFunction &paint,
    QString *error);

} // namespace oi::editor::picture
