// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/review/reviewimages.h"

#include <QMutexLocker>

namespace oi::review {

ReviewImages::ReviewImages()
    : QQuickImageProvider(QQuickImageProvider::Image)
{
}

void ReviewImages::setImages(QHash<QString, QImage> images)
{
    QMutexLocker lock(&mMutex);
    mImages = std::move(images);
}

QImage ReviewImages::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    QImage image;
    {
        QMutexLocker lock(&mMutex);
        image = mImages.value(id.section(u'?', 0, 0)); // the query only defeats QML's cache
    }
    if (image.isNull()) {
        image = QImage(16, 9, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
    }
    if (requestedSize.isValid() && !requestedSize.isEmpty())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace oi::review
