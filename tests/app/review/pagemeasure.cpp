// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagemeasure.h"

#include <QQuickItem>
#include <QRectF>

#include <cmath>

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// QML types that add properties are subclasses (Badge_QMLTYPE_3, …): ask the whole chain.
bool isText(const QQuickItem *item)
{
    return item->inherits("QQuickText");
}

bool isRectangle(const QQuickItem *item)
{
    return item->inherits("QQuickRectangle");
}

void collect(QQuickItem *item, QList<QQuickItem *> *texts)
{
    if (!item->isVisible() || item->opacity() <= 0)
        return;
    if (isText(item) && !item->property("text").toString().isEmpty())
        texts->append(item);
    for (QQuickItem *child : item->childItems())
        collect(child, texts);
}

/** Where the glyphs are, in root coordinates: the content box placed by the alignment. */
QRectF inkRect(QQuickItem *text, QQuickItem *root)
{
    const double w = text->property("contentWidth").toDouble();
    const double h = text->property("contentHeight").toDouble();
    const double padLeft = text->property("leftPadding").toDouble();
    const double padTop = text->property("topPadding").toDouble();
    const int hAlign = text->property("horizontalAlignment").toInt();
    const int vAlign = text->property("verticalAlignment").toInt();
    double x = padLeft, y = padTop;
    const double innerW = text->width() - padLeft - text->property("rightPadding").toDouble();
    const double innerH = text->height() - padTop - text->property("bottomPadding").toDouble();
    if (hAlign & Qt::AlignHCenter)
        x += (innerW - w) / 2;
    else if (hAlign & Qt::AlignRight)
        x += innerW - w;
    if (vAlign & Qt::AlignVCenter)
        y += (innerH - h) / 2;
    else if (vAlign & Qt::AlignBottom)
        y += innerH - h;
    return text->mapRectToItem(root, QRectF(x, y, w, h));
}

/** The opaque fill behind an item: the nearest Rectangle around it. */
QColor background(QQuickItem *item)
{
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!isRectangle(p))
            continue;
        const QColor c = p->property("color").value<QColor>();
        if (c.alpha() == 255)
            return c;
    }
    return Qt::white;
}

/** The nearest Rectangle around an item (a card, a banner, the page), in root coordinates. */
QRectF container(QQuickItem *item, QQuickItem *root)
{
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem())
        if (isRectangle(p))
            return p->mapRectToItem(root, QRectF(0, 0, p->width(), p->height()));
    return QRectF(0, 0, root->width(), root->height());
}

QString describe(QQuickItem *text)
{
    return QStringLiteral("\"%1\"").arg(text->property("text").toString().left(60));
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QStringList measurePage(QQuickItem *root, int *count)
{
    QList<QQuickItem *> texts;
    collect(root, &texts);
    if (count)
        *count = int(texts.size());
    QStringList problems;
    const QRectF page(0, 0, root->width(), root->height());
    QList<QRectF> ink;
    for (QQuickItem *t : texts) {
        const QRectF r = inkRect(t, root);
        ink.append(r);
        if (t->property("truncated").toBool())
            problems.append(QStringLiteral("%1 is elided").arg(describe(t)));
        // A text that sets its own width or height must hold its content (else it spills or is cut).
        if (t->property("contentWidth").toDouble() > t->width() + 1
            || t->property("contentHeight").toDouble() > t->height() + 1)
            problems.append(QStringLiteral("%1 does not fit its box (%2×%3 in %4×%5)")
                                .arg(describe(t))
                                .arg(t->property("contentWidth").toDouble())
                                .arg(t->property("contentHeight").toDouble())
                                .arg(t->width())
                                .arg(t->height()));
        if (!page.contains(r.adjusted(1, 1, -1, -1)))
            problems.append(QStringLiteral("%1 reaches outside the page").arg(describe(t)));
        if (!container(t, root).contains(r.adjusted(1, 1, -1, -1)))
            problems.append(QStringLiteral("%1 spills out of its card").arg(describe(t)));
        const QColor fg = t->property("color").value<QColor>();
        const double ratio = contrastRatio(fg, background(t));
        if (ratio < 4.5)
            problems.append(QStringLiteral("%1 has a contrast of %2:1").arg(describe(t)).arg(ratio, 0, 'f', 2));
    }
    for (qsizetype i = 0; i < ink.size(); ++i)
        for (qsizetype j = i + 1; j < ink.size(); ++j)
            if (ink[i].adjusted(1, 1, -1, -1).intersects(ink[j].adjusted(1, 1, -1, -1)))
                problems.append(QStringLiteral("%1 overlaps %2").arg(describe(texts[i]), describe(texts[j])));
    return problems;
}
