// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QString>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace oi::editor {

class ProcessScene;

/** A process diagram as a picture, under a title line; PNG at any DPI, SVG and PDF through one path. */
class ProcessPicture
{
    Q_DECLARE_TR_FUNCTIONS(ProcessPicture)
public:
    static constexpr double TitleHeight = 48;
    static QSizeF pictureSize(ProcessScene *scene);
    static void paint(ProcessScene *scene, QPainter *painter, const QRectF &target);
    static bool exportFile(ProcessScene *scene, const QString &fileName, int dpi, QString *error);
};

} // namespace oi::editor
