// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/roles/rolemappicture.h"

#include "editor/document/document.h"
#include "editor/roles/rolemapscene.h"
#include "editor/widgets/picturewriter.h"

#include <QFileInfo>
#include <QGraphicsItem>
#include <QPainter>

namespace oi::editor {

namespace {

QString titleOf(RoleMapScene *scene)
{
    const Document *d = scene->document();
    const QString project = d ? d->project().name : QString();
    const QString client = d ? d->project().client : QString();
    const QString which = scene->mode() == RoleMapMode::AsIs ? RoleMapPicture::tr("as-is")
        : scene->mode() == RoleMapMode::ToBe                 ? RoleMapPicture::tr("to-be")
                                                             : RoleMapPicture::tr("as-is and to-be");
    QString title = RoleMapPicture::tr("Roles, %1 — %2").arg(which, project);
    if (!client.isEmpty())
        title += QStringLiteral(" · ") + client;
    return title;
}

void render(RoleMapScene *scene, QPainter *painter, const QRectF &target)
{
    picture::paintTitledScene(scene, painter, target, scene->style().canvas,
        { titleOf(scene), scene->style().headerFont, scene->style().text, QPointF(20, 14),
            RoleMapPicture::TitleHeight });
}

} // namespace

QSizeF RoleMapPicture::pictureSize(RoleMapScene *scene)
{
    return QSizeF(scene->sceneRect().width(), scene->sceneRect().height() + TitleHeight);
}

void RoleMapPicture::paint(RoleMapScene *scene, QPainter *painter, const QRectF &target)
{
    render(scene, painter, target);
}

bool RoleMapPicture::exportFile(RoleMapScene *scene, const QString &fileName, int dpi, QString *error)
{
    const auto paintIt = [scene](QPainter *painter, const QRectF &target) { render(scene, painter, target); };
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return picture::writePng(fileName, pictureSize(scene), dpi, scene->style().canvas, paintIt, error);
    if (suffix == QLatin1String("svg"))
        return picture::writeSvg(fileName,
            picture::svg(pictureSize(scene), titleOf(scene), tr("Role map exported by Outside-In Studio"), paintIt),
            error);
    if (suffix == QLatin1String("pdf"))
        return picture::writePdf(fileName, titleOf(scene), pictureSize(scene), paintIt, error);
    if (error)
        *error = tr("%1: unknown export format \"%2\" (use png, svg or pdf)").arg(fileName, suffix);
    return false;
}

} // namespace oi::editor
