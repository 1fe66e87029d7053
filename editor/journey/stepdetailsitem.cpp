// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/stepdetailsitem.h"

#include "editor/journey/journeylayout.h"
#include "editor/journey/journeypainter.h"
#include "editor/journey/journeyscene.h"
#include "editor/journey/journeystyle.h"
#include "editor/widgets/channelicons.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace oi::editor {

namespace {
constexpr qreal ChipHeight = 20;
constexpr qreal ChipGap = 5;

bool hasChips(Lane lane)
{
    return lane == Lane::FrontRoles || lane == Lane::BackRoles || lane == Lane::Processes || lane == Lane::Requirements;
}
} // namespace

JourneyScene *StepDetailsItem::journeyScene() const
{
    return static_cast<JourneyScene *>(scene());
}

qreal StepDetailsItem::painPointsHeightFor(const model::Step &step, const JourneyStyle &style)
{
    // Mirrors paintCell(): items stacked 3 apart, text right of the 18 px sign.
    const qreal width = JourneyLayout::ColumnWidth - 2 * JourneyLayout::CellPadding - 18;
    qreal height = JourneyLayout::CellPadding + 4;
    const QStringList pains = model::painTexts(step.painPoints);
    for (const QStringList *items : { &pains, &step.opportunities }) {
        for (const QString &text : *items)
            height
                += std::max<qreal>(14, JourneyPainter::wrappedHeight(width, text, style.textFont, PainPointLines)) + 3;
    }
    return height;
}

void StepDetailsItem::syncFromModel(const model::Step &step, const model::Project &project, const JourneyLayout &layout)
{
    prepareGeometryChange();
    mStep = step;
    mCells.clear();
    mChips.clear();
    mBounds = QRectF();
    const JourneyStyle &st = journeyScene()->style();
    const qreal w = JourneyLayout::ColumnWidth;
    for (const JourneyLayout::Row &row : layout.rows) {
        if (row.lane == Lane::CustomerActions || row.lane == Lane::Emotion || LaneConfig::isLine(row.lane))
            continue;
        const QRectF cell(0, row.top, w, row.height);
        mCells.emplace_back(row.lane, cell);
        mBounds |= cell;
        if (!hasChips(row.lane))
            continue;
        QStringList ids;
        EntityKind kind = EntityKind::Role;
        switch (row.lane) {
        case Lane::FrontRoles: ids = step.frontRoles; break;
        case Lane::BackRoles: ids = step.backRoles; break;
        case Lane::Processes:
            ids = step.processes;
            kind = EntityKind::Process;
            break;
        default:
            ids = step.requirements;
            kind = EntityKind::Requirement;
            break;
        }
        // Flow the chips left to right, wrapping; whatever does not fit becomes a "+n" chip.
        qreal x = JourneyLayout::CellPadding;
        qreal y = row.top + JourneyLayout::CellPadding;
        const qreal right = w - JourneyLayout::CellPadding;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QString &id = ids.at(i);
            QString label = id;
            QString detail;
            bool broken = false;
            if (kind == EntityKind::Role) {
                const model::Role *r = project.role(id);
                broken = !r;
                if (r && !r->name.isEmpty())
                    label = r->name;
            } else if (kind == EntityKind::Process) {
                const model::Process *p = project.process(id.section(u'/', 0, 0));
                broken = !p;
                if (p && id.contains(u'/')) {
                    // People read the step's name; the id is in the tooltip.
                    const model::Node *node = p->node(id.section(u'/', 1));
                    broken = !node;
                    const QString nodeName = node && !node->name.isEmpty() ? node->name : id.section(u'/', 1);
                    label = (p->name.isEmpty() ? p->id : p->name) + QStringLiteral(" › ") + nodeName;
                } else if (p && !p->name.isEmpty()) {
                    label = p->name;
                }
            } else {
                const model::Requirement *r = project.requirement(id);
                broken = !r;
                if (r) {
                    detail = r->text;
                    if (!r->text.isEmpty())
                        label = r->text;
                }
            }
            qreal cw = JourneyPainter::chipWidth(label, st.smallFont, right - JourneyLayout::CellPadding);
            if (x + cw > right && x > JourneyLayout::CellPadding) {
                x = JourneyLayout::CellPadding;
                y += ChipHeight + ChipGap;
            }
            if (y + ChipHeight > row.top + row.height - 4) {
                // No room for another row: the last chip of the row above makes way for "+n".
                const QString more = QStringLiteral("+%1").arg(ids.size() - i + 1);
                const qreal mw = JourneyPainter::chipWidth(more, st.smallFont, right);
                if (!mChips.empty()) {
                    Chip &lastChip = mChips.back();
                    const QRectF r = lastChip.rect;
                    QStringList hidden { lastChip.label };
                    for (qsizetype k = i; k < ids.size(); ++k)
                        hidden.append(ids.at(k));
                    lastChip
                        = Chip { QRectF(std::max<qreal>(JourneyLayout::CellPadding, r.left()), r.top(), mw, ChipHeight),
                              kind, QString(), more, false, hidden.join(u'\n') };
                }
                break;
            }
            mChips.push_back({ QRectF(x, y, cw, ChipHeight), kind, id, label, broken, detail });
            x += cw + ChipGap;
        }
    }
    update();
}

QPainterPath StepDetailsItem::shape() const
{
    // Chips and text cells (for their tooltips); presses outside chips are passed on, so rubber
    // bands still start here.
    QPainterPath path;
    for (const Chip &c : mChips)
        path.addRect(c.rect);
    for (const auto &[lane, cell] : mCells) {
        if (!hasChips(lane))
            path.addRect(cell);
    }
    return path;
}

void StepDetailsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.35)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    for (const auto &[lane, cell] : mCells) {
        if (cell.intersects(option->exposedRect))
            paintCell(painter, lane, cell);
    }
    const JourneyScene *s = journeyScene();
    const JourneyStyle &st = s->style();
    for (const Chip &c : mChips) {
        if (!c.rect.intersects(option->exposedRect))
            continue;
        QColor base = c.kind == EntityKind::Role ? st.roleChip
            : c.kind == EntityKind::Process      ? st.processChip
                                                 : st.requirementChip;
        const auto mark = s->overlay().entities.constFind(c.id);
        const bool marked = mark != s->overlay().entities.constEnd() && mark->color.isValid();
        if (c.broken)
            base = st.warning;
        JourneyPainter::drawChip(painter, c.rect, c.label, st.smallFont, marked ? mark->color : st.chipFill(base), base,
            marked ? QColor(Qt::white) : st.cardText, c.broken);
    }
}

void StepDetailsItem::paintCell(QPainter *painter, Lane lane, const QRectF &cell)
{
    const JourneyStyle &st = journeyScene()->style();
    const QRectF inner
        = cell.adjusted(JourneyLayout::CellPadding, JourneyLayout::CellPadding, -JourneyLayout::CellPadding, -4);
    switch (lane) {
    case Lane::Touchpoints: {
        paintChannelIcon(painter, QRectF(inner.left(), inner.top(), 16, 16), mStep.channel, st.mutedText);
        painter->setFont(st.smallFont);
        painter->setPen(st.mutedText);
        painter->drawText(QRectF(inner.left() + 22, inner.top(), inner.width() - 22, 16),
            Qt::AlignVCenter | Qt::AlignLeft, channelName(mStep.channel));
        JourneyPainter::drawWrapped(
            painter, inner.adjusted(0, 20, 0, 0), mStep.touchpoint, st.textFont, st.cardText, 2);
        break;
    }
    case Lane::PainPoints: {
        QRectF r = inner;
        const auto list = [&](const QStringList &items, const QColor &color, QChar sign) {
            for (const QString &text : items) {
                if (r.height() < 14)
                    return;
                painter->setPen(Qt::NoPen);
                painter->setBrush(color);
                painter->drawRoundedRect(QRectF(r.left(), r.top() + 3, 12, 12), 3, 3);
                painter->setPen(QColor(Qt::white));
                painter->setFont(st.smallFont);
                painter->drawText(QRectF(r.left(), r.top() + 3, 12, 12), Qt::AlignCenter, QString(sign));
                const qreal h = JourneyPainter::drawWrapped(
                    painter, r.adjusted(18, 0, 0, 0), text, st.textFont, st.cardText, PainPointLines);
                r.setTop(r.top() + h + 3);
            }
        };
        list(model::painTexts(mStep.painPoints), st.pain, u'−');
        list(mStep.opportunities, st.opportunity, u'+');
        break;
    }
    case Lane::Metrics: {
        qreal y = inner.top();
        const QFontMetricsF fm(st.smallFont);
        for (const model::Metric &m : mStep.metrics) {
            if (y + fm.height() > inner.bottom())
                break;
            const bool warn = m.isOutOfRange();
            QString value = m.value ? QString::number(*m.value, 'g', 4) : QStringLiteral("–");
            if (!m.unit.isEmpty())
                value += u' ' + m.unit;
            if (warn)
                value = QStringLiteral("⚠ ") + value;
            QFont bold = st.smallFont;
            bold.setWeight(QFont::DemiBold);
            const QFontMetricsF bfm(bold);
            const qreal valueWidth = std::min(bfm.horizontalAdvance(value) + 2, inner.width() * 0.6);
            painter->setFont(bold);
            painter->setPen(warn ? st.warning : st.cardText);
            painter->drawText(QRectF(inner.right() - valueWidth, y, valueWidth, fm.height()),
                Qt::AlignRight | Qt::AlignVCenter, bfm.elidedText(value, Qt::ElideRight, valueWidth));
            // The name wraps onto a second line rather than lose its end; the tooltip has the rest.
            const qreal nameWidth = inner.width() - valueWidth - 8;
            const int lines = y + 2 * fm.lineSpacing() <= inner.bottom() ? 2 : 1;
            const qreal used
                = JourneyPainter::drawWrapped(painter, QRectF(inner.left(), y, nameWidth, lines * fm.lineSpacing()),
                    m.name, st.smallFont, st.mutedText, lines);
            y += std::max(used, fm.height()) + 3;
        }
        break;
    }
    default: break;
    }
}

void StepDetailsItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    // Cells elide their text; the tooltip shows all of it.
    QString tip;
    for (const Chip &c : mChips) {
        if (c.rect.contains(event->pos())) {
            if (c.id.isEmpty())
                tip = c.detail;
            else if (c.broken)
                tip = QCoreApplication::translate("StepDetailsItem", "%1 — not in this project").arg(c.id);
            else if (!c.detail.isEmpty())
                tip = QStringLiteral("%1: %2").arg(c.id, c.detail);
            else
                tip = QStringLiteral("%1 (%2)").arg(c.label, c.id);
            // A simulated figure on the chip (utilisation) is said in words too.
            const auto mark = journeyScene()->overlay().entities.constFind(c.id);
            if (mark != journeyScene()->overlay().entities.constEnd() && !mark->label.isEmpty())
                tip += u'\n' + QCoreApplication::translate("StepDetailsItem", "Simulated: %1").arg(mark->label);
            setCursor(c.id.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
            setToolTip(tip);
            return;
        }
    }
    unsetCursor();
    for (const auto &[lane, cell] : mCells) {
        if (!cell.contains(event->pos()))
            continue;
        QStringList lines;
        switch (lane) {
        case Lane::Touchpoints: lines << channelName(mStep.channel) + QStringLiteral(": ") + mStep.touchpoint; break;
        case Lane::PainPoints:
            for (const model::PainPoint &p : mStep.painPoints)
                lines << QStringLiteral("− ") + p.text;
            for (const QString &o : mStep.opportunities)
                lines << QStringLiteral("+ ") + o;
            break;
        case Lane::Metrics:
            for (const model::Metric &m : mStep.metrics) {
                QString range;
                if (m.low || m.high)
                    range = QStringLiteral(" [%1 … %2]")
                                .arg(m.low ? QString::number(*m.low) : QString(),
                                    m.high ? QString::number(*m.high) : QString());
                lines << QStringLiteral("%1: %2 %3%4")
                             .arg(m.name, m.value ? QString::number(*m.value) : QStringLiteral("–"), m.unit, range);
            }
            break;
        default: break;
        }
        tip = lines.join(u'\n');
    }
    setToolTip(tip);
}

void StepDetailsItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    for (const Chip &c : mChips) {
        if (c.rect.contains(event->pos()) && !c.id.isEmpty()) {
            journeyScene()->activateEntity(c.kind, c.id);
            event->accept();
            return;
        }
    }
    event->ignore();
}

} // namespace oi::editor
