// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/journeytitleblock.h"

#include "editor/document/document.h"
#include "editor/journey/journeypainter.h"
#include "editor/journey/journeyscene.h"
#include "editor/journey/journeystyle.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace oi::editor::JourneyTitleBlock {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("JourneyTitleBlock", text);
}

struct Swatch
{
    QColor colour;
    QString label;
};

/** The colours the map uses, and those of the simulation overlay when one is shown. */
QList<Swatch> swatches(const JourneyScene &scene)
{
    const JourneyStyle &st = scene.style();
    QList<Swatch> list = {
        { st.roleChip, tr("role") },
        { st.processChip, tr("process") },
        { st.requirementChip, tr("requirement") },
        { st.pain, tr("pain point") },
        { st.opportunity, tr("opportunity") },
    };
    const QList<StepOverlay::Mark> &overlay = scene.overlay().legend;
    if (!overlay.isEmpty())
        list.append({ QColor(),
            scene.overlay().legendNote.isEmpty() ? tr("simulated:")
                                                 : tr("simulated (%1):").arg(scene.overlay().legendNote) });
    for (const StepOverlay::Mark &mark : overlay)
        list.append({ mark.color, mark.label });
    return list;
}
} // namespace

qreal height()
{
    return 76;
}

void paint(QPainter *painter, const QRectF &rect, const JourneyScene &scene)
{
    const JourneyStyle &st = scene.style();
    const model::Journey *journey = scene.journey();
    const Document *doc = scene.document();
    if (!journey || !doc)
        return;
    const model::Project &project = doc->project();
    const model::Persona *persona = project.persona(journey->persona);
    const QString name = journey->name.isEmpty() ? journey->id : journey->name;
    const QString title
        = persona ? tr("%1 — %2").arg(name, persona->name.isEmpty() ? persona->id : persona->name) : name;
    QStringList facts;
    for (const QString &fact : { project.client, project.name })
        if (!fact.isEmpty())
            facts << fact;
    facts << QLocale().toString(QDate::currentDate(), QLocale::LongFormat);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF inner = rect.adjusted(16, 12, -16, -10);
    QFont titleFont = st.headerFont;
    titleFont.setPixelSize(titleFont.pixelSize() + 6);
    const QFontMetricsF tfm(titleFont);
    painter->setFont(titleFont);
    painter->setPen(st.cardText);
    const qreal legendWidth = std::min<qreal>(inner.width() * 0.5, 640);
    const QRectF titleRect(inner.left(), inner.top(), inner.width() - legendWidth - 16, tfm.height());
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter, tfm.elidedText(title, Qt::ElideRight, titleRect.width()));
    const QFontMetricsF sfm(st.textFont);
    painter->setFont(st.textFont);
    painter->setPen(st.mutedText);
    const QRectF factsRect(inner.left(), titleRect.bottom() + 4, titleRect.width(), sfm.height());
    painter->drawText(factsRect, Qt::AlignLeft | Qt::AlignVCenter,
        sfm.elidedText(facts.join(QStringLiteral(" · ")), Qt::ElideRight, factsRect.width()));

    // The legend: right-aligned rows of swatches, wrapping as the width asks.
    const QFontMetricsF lfm(st.smallFont);
    painter->setFont(st.smallFont);
    const qreal right = inner.right();
    qreal x = right - legendWidth, y = inner.top() + 2;
    const qreal row = lfm.height() + 6;
    for (const Swatch &s : swatches(scene)) {
        const qreal w = (s.colour.isValid() ? 16 : 0) + lfm.horizontalAdvance(s.label) + 14;
        if (x + w > right && x > right - legendWidth) {
            x = right - legendWidth;
            y += row;
        }
        if (s.colour.isValid()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(s.colour);
            painter->drawRoundedRect(QRectF(x, y + (lfm.height() - 10) / 2, 10, 10), 3, 3);
            x += 16;
        }
        painter->setPen(st.mutedText);
        painter->drawText(QPointF(x, y + lfm.ascent()), s.label);
        x += lfm.horizontalAdvance(s.label) + 14;
    }
    painter->setPen(QPen(st.grid, 1));
    painter->drawLine(QPointF(rect.left(), rect.bottom() - 0.5), QPointF(rect.right(), rect.bottom() - 0.5));
    painter->restore();
}

} // namespace oi::editor::JourneyTitleBlock
