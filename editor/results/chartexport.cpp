// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/chartexport.h"

#include "editor/widgets/picturewriter.h"

#include "model/atomicwrite.h"

#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPainter>

namespace oi::editor::results {

QString csvCell(const QString &cell)
{
    QString text = cell;
    bool number = false;
    text.toDouble(&number);
    // "-2+3" is no number but a formula to a spreadsheet; "-2.5" is a number and stays one.
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!number && !text.isEmpty() && risky.contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text;
}

QByteArray csvText(const ChartTable &table)
{
    QByteArray out("\xEF\xBB\xBF");
    const auto line = [&out](const QStringList &cells) {
        QStringList written;
        for (const QString &c : cells)
            written << csvCell(c);
        out += written.join(u',').toUtf8() + "\r\n";
    };
    line(table.header);
    for (const QStringList &row : table.rows)
        line(row);
    return out;
}

bool writeCsv(const QString &fileName, const ChartTable &table, QString *error)
{
    return model::writeFileAtomically(fileName, csvText(table), error);
}

bool writeChartPicture(QChart *chart, const QString &fileName, QString *error)
{
    QGraphicsScene *scene = chart ? chart->scene() : nullptr;
    if (!scene) {
        if (error)
            *error = QCoreApplication::translate("ChartExport", "%1: the chart is not shown yet").arg(fileName);
        return false;
    }
    const QRectF source = chart->sceneBoundingRect();
    const auto paint = [scene, source](QPainter *painter, const QRectF &target) {
        painter->setRenderHint(QPainter::Antialiasing);
        scene->render(painter, target, source);
    };
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return picture::writeSvg(fileName, picture::svg(source.size(), chart->title(), QString(), paint), error);
    if (suffix == QLatin1String("png"))
        return picture::writePng(fileName, source.size(), 96, chart->backgroundBrush().color(), paint, error);
    if (error)
        *error = QCoreApplication::translate("ChartExport", "%1: a chart is saved as .png or .svg").arg(fileName);
    return false;
}

} // namespace oi::editor::results
