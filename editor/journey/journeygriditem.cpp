// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/journeygriditem.h"

#include "editor/journey/journeypainter.h"
#include "editor/journey/journeyscene.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace oi::editor {

JourneyGridItem::JourneyGridItem()
{
    setZValue(-10);
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptedMouseButtons(Qt::NoButton);
}

JourneyScene *JourneyGridItem::journeyScene() const
{
    return static_cast<JourneyScene *>(scene());
}

void JourneyGridItem::updateGeometry()
{
    prepareGeometryChange();
    mBounds = journeyScene()->layout().bounds;
    update();
}

void JourneyGridItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const JourneyScene *s = journeyScene();
    const JourneyStyle &st = s->style();
    const JourneyLayout &l = s->layout();
    const QRectF exposed = option->exposedRect;
    const qreal right = l.bounds.right();
    painter->setRenderHint(QPainter::Antialiasing);

    int index = 0;
    for (const JourneyLayout::Row &row : l.rows) {
        const QRectF band(0, row.top, right, row.height);
        if (LaneConfig::isLine(row.lane)) {
            const qreal y = row.top + row.height / 2;
            painter->setPen(QPen(st.line, 1.4, Qt::DashLine));
            painter->drawLine(QPointF(std::max(exposed.left(), JourneyLayout::LabelWidth), y),
                QPointF(std::min(exposed.right(), right), y));
            continue;
        }
        if (band.intersects(exposed)) {
            if (index % 2 == 1)
                painter->fillRect(band.intersected(exposed), st.laneBand);
            const auto mark = s->overlay().lanes.constFind(row.lane);
            if (mark != s->overlay().lanes.constEnd() && mark->color.isValid()) {
                QColor tint = mark->color;
                tint.setAlphaF(0.12f);
                painter->fillRect(band.intersected(exposed), tint);
            }
        }
        ++index;
    }

    // Stage columns: a soft separator between stages.
    for (const JourneyLayout::StageSpan &span : l.stages) {
        if (span.right < exposed.left() || span.left > exposed.right())
            continue;
        painter->setPen(QPen(st.grid, 1));
        painter->drawLine(QPointF(span.right, JourneyLayout::HeaderHeight), QPointF(span.right, l.bounds.bottom()));
    }
    paintStageHeaders(painter, s, 0, exposed);
    if (l.stages.isEmpty() && s->journey()) {
        painter->setPen(st.mutedText);
        painter->setFont(st.headerFont);
        painter->drawText(QRectF(JourneyLayout::LabelWidth + 24, 8, 900, JourneyLayout::HeaderHeight - 16),
            Qt::AlignVCenter | Qt::AlignLeft,
            QCoreApplication::translate(
                "JourneyGridItem", "No stages yet: right-click here or use Add Stage to begin."));
    }
    if (exposed.left() < JourneyLayout::LabelWidth)
        paintLaneTitles(painter, s, 0, exposed);
}

void JourneyGridItem::paintStageHeaders(QPainter *painter, const JourneyScene *s, qreal top, const QRectF &exposed,
    qreal textLeft, const std::function<qreal(qreal)> &mapX)
{
    const auto x = [&mapX](qreal sceneX) { return mapX ? mapX(sceneX) : sceneX; };
    const JourneyStyle &st = s->style();
    const JourneyLayout &l = s->layout();
    if (top > 0 || textLeft > 0) // drawn over the map: clear what the bars would show through
        painter->fillRect(QRectF(exposed.left(), top, exposed.width(), JourneyLayout::HeaderHeight), st.canvas);
    const QFontMetricsF hfm(st.headerFont);
    for (const JourneyLayout::StageSpan &span : l.stages) {
        const qreal spanLeft = x(span.left), spanRight = x(span.right);
        if (spanRight < exposed.left() || spanLeft > exposed.right())
            continue;
        const QRectF header(spanLeft + 4, top + 8, spanRight - spanLeft - 8, JourneyLayout::HeaderHeight - 16);
        const bool selected = !span.id.isEmpty() && span.id == s->selectedStage();
        painter->setPen(selected ? QPen(st.accent, 3) : Qt::NoPen);
        painter->setBrush(span.id.isEmpty() ? st.mutedText : st.stageHeader);
        painter->drawRoundedRect(header, 6, 6);
        painter->setPen(st.stageText);
        painter->setFont(st.headerFont);
        // Spelled out for English so an untranslated build does not show "1 step(s)".
        const QString count = span.steps.size() == 1
            ? QCoreApplication::translate("JourneyGridItem", "1 step")
            : QCoreApplication::translate("JourneyGridItem", "%1 steps").arg(span.steps.size());
        QFont small = st.smallFont;
        const QFontMetricsF sfm(small);
        const qreal countWidth = sfm.horizontalAdvance(count) + 12;
        QRectF nameRect = header.adjusted(12, 0, -countWidth, 0);
        nameRect.setLeft(std::max(nameRect.left(), textLeft + 12));
        if (nameRect.width() < 24)
            continue;
        painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
            hfm.elidedText(span.name.isEmpty() ? span.id : span.name, Qt::ElideRight, nameRect.width()));
        QColor faded = st.stageText;
        faded.setAlphaF(0.7f);
        painter->setPen(faded);
        painter->setFont(small);
        painter->drawText(header.adjusted(0, 0, -12, 0), Qt::AlignVCenter | Qt::AlignRight, count);
    }
}

void JourneyGridItem::paintCardLegend(QPainter *painter, const JourneyStyle &st, QPointF at, qreal bottom)
{
    // What the marks on a card mean, so a printed map explains itself.
    painter->setFont(st.smallFont);
    const qreal line = std::max<qreal>(16, QFontMetricsF(st.smallFont).height() + 2);
    const auto entry = [&](const QString &label, const auto &mark) {
        if (at.y() + line > bottom)
            return;
        mark(QPointF(at.x() + 7, at.y() + line / 2));
        painter->setPen(st.mutedText);
        painter->drawText(QRectF(at.x() + 20, at.y(), JourneyLayout::LabelWidth - at.x() - 24, line),
            Qt::AlignVCenter | Qt::AlignLeft, label);
        at.ry() += line;
    };
    // lupdate files these tr() calls under the class's full name; the lookup must use the same one.
    const auto tr = [](const char *text) { return QCoreApplication::translate("oi::editor::JourneyGridItem", text); };
    entry(tr("moment of truth"), [&](QPointF c) { JourneyPainter::drawMomentOfTruth(painter, c, st.momentOfTruth); });
    entry(tr("customer-initiated"), [&](QPointF c) { JourneyPainter::drawCustomerInitiated(painter, c, st.accent); });
    entry(tr("observed in data"),
        [&](QPointF c) { JourneyPainter::drawEvidence(painter, c, model::Evidence::Observed, st.mutedText); });
    entry(tr("from research"),
        [&](QPointF c) { JourneyPainter::drawEvidence(painter, c, model::Evidence::Research, st.mutedText); });
    entry(tr("assumption (dashed)"),
        [&](QPointF c) { JourneyPainter::drawEvidence(painter, c, model::Evidence::Assumption, st.mutedText); });
}

void JourneyGridItem::paintLaneTitles(QPainter *painter, const JourneyScene *s, qreal left, const QRectF &exposed)
{
    const JourneyStyle &st = s->style();
    const JourneyLayout &l = s->layout();
    const qreal w = JourneyLayout::LabelWidth;
    painter->fillRect(QRectF(left, exposed.top(), w, exposed.height()), st.canvas);
    painter->setPen(QPen(st.grid, 1));
    painter->drawLine(QPointF(left + w - 0.5, JourneyLayout::HeaderHeight), QPointF(left + w - 0.5, l.bounds.bottom()));
    int index = 0;
    for (const JourneyLayout::Row &row : l.rows) {
        const bool line = LaneConfig::isLine(row.lane);
        const QRectF band(left, row.top, w, row.height);
        if (!line && index++ % 2 == 1)
            painter->fillRect(band.adjusted(0, 0, -1, 0), st.laneBand);
        if (!band.intersects(exposed))
            continue;
        QFont font = line ? st.smallFont : st.laneFont;
        if (line)
            font.setItalic(true);
        painter->setFont(font);
        painter->setPen(line ? st.line : st.laneLabel);
        const QRectF text = band.adjusted(14, line ? 0 : 10, -10, line ? 0 : -6);
        QString title = LaneConfig::title(row.lane);
        const auto mark = s->overlay().lanes.constFind(row.lane);
        if (mark != s->overlay().lanes.constEnd() && !mark->label.isEmpty())
            title += u'\n' + mark->label;
        painter->drawText(text, (line ? Qt::AlignVCenter : Qt::AlignTop) | Qt::AlignLeft | Qt::TextWordWrap, title);
        if (row.lane == Lane::CustomerActions) {
            const qreal used = QFontMetricsF(font).boundingRect(text, Qt::AlignLeft | Qt::TextWordWrap, title).height();
            paintCardLegend(painter, st, QPointF(text.left(), text.top() + used + 6), band.bottom() - 4);
        }
        if (row.lane == Lane::Emotion) {
            painter->setFont(st.smallFont);
            painter->setPen(st.mutedText);
            const QRectF scale = band.adjusted(0, 0, -10, 0);
            painter->drawText(
                QRectF(scale.left(), scale.top() + 10, scale.width(), 14), Qt::AlignRight, QStringLiteral("+2"));
            painter->drawText(
                QRectF(scale.left(), scale.bottom() - 24, scale.width(), 14), Qt::AlignRight, QStringLiteral("−2"));
            // Legend: which line is today and which the redesign.
            const qreal lx = scale.left() + 14;
            qreal ly = scale.top() + 40;
            const auto legend = [&](const QColor &color, Qt::PenStyle style, const QString &label) {
                painter->setPen(QPen(color, 2.2, style, Qt::RoundCap));
                painter->drawLine(QPointF(lx, ly), QPointF(lx + 18, ly));
                painter->setPen(st.mutedText);
                painter->drawText(QRectF(lx + 24, ly - 8, 90, 16), Qt::AlignVCenter | Qt::AlignLeft, label);
                ly += 18;
            };
            legend(st.accent, Qt::SolidLine, QCoreApplication::translate("JourneyGridItem", "as-is"));
            if (s->showToBe())
                legend(st.toBe, Qt::DashLine, QCoreApplication::translate("JourneyGridItem", "to-be"));
        }
    }
}

} // namespace oi::editor
