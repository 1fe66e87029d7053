// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/process/processpicture.h"

#include "editor/document/document.h"
#include "editor/process/processscene.h"
#include "editor/widgets/picturewriter.h"

#include <QFileInfo>
#include <QGraphicsItem>
#include <QPainter>

namespace oi::editor {

namespace {

QString titleOf(ProcessScene *scene)
{
    const Document *d = scene->document();
    const model::Process *p = d ? d->project().process(scene->process()) : nullptr;
    if (!p)
        return {};
    QString title = p->name.isEmpty() ? p->id : p->name;
    if (!d->project().name.isEmpty())
        title += QStringLiteral(" — ") + d->project().name;
    return title;
}

void render(ProcessScene *scene, QPainter *painter, const QRectF &target)
{
    QFont font = scene->style().headerFont;
    font.setPixelSize(17);
    font.setWeight(QFont::Bold);
    picture::paintTitledScene(scene, painter, target, scene->style().canvas,
        { titleOf(scene), font, scene->style().text, QPointF(12, 10), ProcessPicture::TitleHeight });
}

} // namespace

QSizeF ProcessPicture::pictureSize(ProcessScene *scene)
{
    return QSizeF(scene->sceneRect().width(), scene->sceneRect().height() + TitleHeight);
}

void ProcessPicture::paint(ProcessScene *scene, QPainter *painter, const QRectF &target)
{
    render(scene, painter, target);
}

bool ProcessPicture::exportFile(ProcessScene *scene, const QString &fileName, int dpi, QString *error)
{
    const auto paintIt = [scene](QPainter *painter, const QRectF &target) { render(scene, painter, target); };
    if (!scene->drawnProcess()) {
        if (error)
            *error = tr("%1: there is no process to export").arg(fileName);
        return false;
    }
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return picture::writePng(fileName, pictureSize(scene), dpi, scene->style().canvas, paintIt, error);
    if (suffix == QLatin1String("svg"))
        return picture::writeSvg(fileName,
            picture::svg(
                pictureSize(scene), titleOf(scene), tr("Process diagram exported by Outside-In Studio"), paintIt),
            error);
    if (suffix == QLatin1String("pdf"))
        return picture::writePdf(fileName, titleOf(scene), pictureSize(scene), paintIt, error);
    if (error)
        *error = tr("%1: unknown export format \"%2\" (use png, svg or pdf)").arg(fileName, suffix);
    return false;
}

} // namespace oi::editor
