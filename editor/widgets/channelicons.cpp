// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/widgets/channelicons.h"

#include "model/enumnames.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <cmath>

namespace oi::editor {

QString channelName(model::Channel channel)
{
    using model::Channel;
    const char *text = "";
    switch (channel) {
    case Channel::Web: text = QT_TRANSLATE_NOOP("Channels", "Web"); break;
    case Channel::App: text = QT_TRANSLATE_NOOP("Channels", "App"); break;
    case Channel::Phone: text = QT_TRANSLATE_NOOP("Channels", "Phone"); break;
    case Channel::Chat: text = QT_TRANSLATE_NOOP("Channels", "Chat"); break;
    case Channel::Email: text = QT_TRANSLATE_NOOP("Channels", "E-mail"); break;
    case Channel::Store: text = QT_TRANSLATE_NOOP("Channels", "Store"); break;
    case Channel::FieldVisit: text = QT_TRANSLATE_NOOP("Channels", "Field visit"); break;
    case Channel::Partner: text = QT_TRANSLATE_NOOP("Channels", "Partner"); break;
    case Channel::Social: text = QT_TRANSLATE_NOOP("Channels", "Social"); break;
    case Channel::SelfServiceDevice: text = QT_TRANSLATE_NOOP("Channels", "Self-service device"); break;
    case Channel::Other: text = QT_TRANSLATE_NOOP("Channels", "Other"); break;
    }
    return QCoreApplication::translate("Channels", text);
}

QString channelIconPath(model::Channel channel)
{
    return QStringLiteral(":/icons/channels/") + model::toString(channel) + QStringLiteral(".svg");
}

namespace {
QPixmap tintedIcon(model::Channel channel, const QColor &color, int px)
{
    const QString key = QStringLiteral("oi-channel-%1-%2-%3").arg(int(channel)).arg(color.rgba()).arg(px);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    QSvgRenderer renderer(channelIconPath(channel));
    if (!renderer.isValid())
        return {};
    QImage image(px, px, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p);
        // The icons are drawn in black; keep their alpha and take the wanted colour.
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(image.rect(), color);
    }
    pixmap = QPixmap::fromImage(image);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}
} // namespace

void paintChannelIcon(QPainter *painter, const QRectF &rect, model::Channel channel, const QColor &color)
{
    const qreal scale = std::sqrt(std::abs(painter->worldTransform().determinant()));
    const int px = std::clamp(int(std::ceil(rect.width() * scale / 16.0)) * 16, 16, 256);
    const QPixmap pixmap = tintedIcon(channel, color, px);
    if (pixmap.isNull()) {
        painter->save();
        painter->setPen(QPen(color, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(rect.adjusted(2, 2, -2, -2));
        painter->restore();
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawPixmap(rect, pixmap, QRectF(pixmap.rect()));
    painter->restore();
}

QIcon channelIcon(model::Channel channel, const QColor &color)
{
    return QIcon(tintedIcon(channel, color, 32));
}

} // namespace oi::editor
