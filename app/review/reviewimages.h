// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QQuickImageProvider>

namespace oi::review {

/**
 * The pictures of the review ("image://review/process/<id>?<revision>"), painted beforehand on the
 * GUI thread by ReviewModel (the process diagram is a QGraphicsScene) and only handed out here,
 * since QML may ask from its loader thread.
 */
class ReviewImages : public QQuickImageProvider
{
public:
    ReviewImages();
    void setImages(QHash<QString, QImage> images);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    QMutex mMutex;
    QHash<QString, QImage> mImages;
};

} // namespace oi::review
