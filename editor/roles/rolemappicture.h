// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QString>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace oi::editor {

class RoleMapScene;

/**
 * The role map as a picture: a title line (project, client, which organisation) above the map,
 * selection hidden. PNG at any DPI, SVG and PDF all go through paint().
 */
class RoleMapPicture
{
    Q_DECLARE_TR_FUNCTIONS(RoleMapPicture)
public:
    static constexpr double TitleHeight = 56;
    static QSizeF pictureSize(RoleMapScene *scene);
    static void paint(RoleMapScene *scene, QPainter *painter, const QRectF &target);
    /** Chooses by suffix: .png (at `dpi`), .svg, .pdf. Atomic. */
    static bool exportFile(RoleMapScene *scene, const QString &fileName, int dpi, QString *error);
};

} // namespace oi::editor
