// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/stepitem.h"

#include "editor/journey/journeylayout.h"
#include "editor/journey/journeypainter.h"
#include "editor/journey/journeyscene.h"
#include "editor/journey/journeystyle.h"
#include "editor/widgets/channelicons.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <cmath>
#include <numbers>
#include <utility>

namespace oi::editor {

namespace {
constexpr qreal Radius = 7;
constexpr qreal Pad = 10;
constexpr qreal Icon = 18;
constexpr qreal LabelHalfHeight = 9; // the overlay label straddles the card's top edge

QString evidenceText(model::Evidence e)
{
    switch (e) {
    case model::Evidence::Observed: return QCoreApplication::translate("StepItem", "observed");
    case model::Evidence::Research: return QCoreApplication::translate("StepItem", "research");
    case model::Evidence::Assumption: return QCoreApplication::translate("StepItem", "assumption");
    }
    return {};
}

QString metricText(const model::Metric &m)
{
    if (!m.value)
        return m.name;
    QString text = m.name + u' ' + QString::number(*m.value, 'g', 4);
    if (!m.unit.isEmpty())
        text += u' ' + m.unit;
    return text;
}
} // namespace

StepItem::StepItem(const model::Step &step)
    : mStep(step)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemIsFocusable);
    setCursor(Qt::OpenHandCursor);
    setZValue(2);
    setAcceptHoverEvents(true);
    updateToolTip();
}

void StepItem::updateToolTip()
{
    QString tip = QStringLiteral("<b>%1</b>").arg(mStep.title.toHtmlEscaped());
    if (!mStep.customerAction.isEmpty())
        tip += QStringLiteral("<br>") + mStep.customerAction.toHtmlEscaped();
    for (const model::PainPoint &pain : mStep.painPoints)
        tip += QStringLiteral("<br>− ") + pain.text.toHtmlEscaped();
    for (const QString &chance : mStep.opportunities)
        tip += QStringLiteral("<br>+ ") + chance.toHtmlEscaped();
    QStringList marks;
    if (mStep.customerInitiated)
        marks << QCoreApplication::translate("StepItem", "customer-initiated");
    if (mStep.momentOfTruth)
        marks << QCoreApplication::translate("StepItem", "moment of truth");
    marks << QCoreApplication::translate("StepItem", "evidence: %1").arg(evidenceText(mStep.evidence));
    for (const model::Metric &m : mStep.metrics)
        tip += QStringLiteral("<br>%1: %2").arg(m.name.toHtmlEscaped(), metricText(m).toHtmlEscaped());
    // The simulated figure on the card's band may be elided there; here it reads whole.
    if (const JourneyScene *scene = journeyScene()) {
        const auto mark = scene->overlay().steps.constFind(mStep.id);
        if (mark != scene->overlay().steps.constEnd() && !mark->label.isEmpty())
            tip += QStringLiteral("<br><b>%1</b><br>%2")
                       .arg(QCoreApplication::translate("StepItem", "Simulated: %1").arg(mark->label).toHtmlEscaped(),
                           mark->detail.toHtmlEscaped());
    }
    tip += QStringLiteral("<br><i>%1</i>").arg(marks.join(QStringLiteral(" · ")).toHtmlEscaped());
    setToolTip(tip);
}

JourneyScene *StepItem::journeyScene() const
{
    return static_cast<JourneyScene *>(scene());
}

void StepItem::syncFromModel(const model::Step &step)
{
    if (step == mStep)
        return;
    mStep = step;
    updateToolTip();
    update();
}

QRectF StepItem::boundingRect() const
{
    // The selection and chain outlines, the shadow below and the overlay label (whose width the overlay
    // decides, up to the card's) all lie inside, so repaints never leave traces.
    const QRectF card(0, 0, JourneyLayout::ColumnWidth, mHeight);
    return card.adjusted(-5, -5, 5, 5).united(QRectF(0, -LabelHalfHeight - 1, card.width(), 2));
}

QPainterPath StepItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(0, 0, JourneyLayout::ColumnWidth, mHeight));
    if (const QRectF label = overlayLabelRect(); !label.isEmpty())
        path.addRect(label);
    return path;
}

QRectF StepItem::overlayLabelRect() const
{
    const JourneyScene *s = journeyScene();
    if (!s)
        return {};
    const auto mark = s->overlay().steps.constFind(mStep.id);
    if (mark == s->overlay().steps.constEnd() || mark->label.isEmpty())
        return {};
    const qreal width = JourneyLayout::ColumnWidth;
    const qreal w = JourneyPainter::chipWidth(mark->label, s->style().smallFont, width - 20);
    return QRectF(width - w - 8, -LabelHalfHeight, w, 2 * LabelHalfHeight);
}

namespace {
qreal titleWidth(const model::Step &step)
{
    const qreal markers = (step.momentOfTruth ? 18 : 0) + (step.customerInitiated ? 18 : 0);
    return JourneyLayout::ColumnWidth - (Pad + Icon + 8) - Pad - markers;
}

QString shownTitle(const model::Step &step)
{
    return step.title.isEmpty() ? QCoreApplication::translate("StepItem", "Untitled step") : step.title;
}

constexpr qreal BottomRow = 30; // evidence and metric badge
} // namespace

qreal StepItem::heightFor(const model::Step &step, const JourneyStyle &style)
{
    const qreal title = JourneyPainter::wrappedHeight(titleWidth(step), shownTitle(step), style.titleFont, TitleLines);
    const qreal textTop = std::max(Pad - 1 + title, Pad + Icon) + 6;
    const qreal action = JourneyPainter::wrappedHeight(
        JourneyLayout::ColumnWidth - 2 * Pad, step.customerAction, style.textFont, ActionLines);
    return std::max(Height, std::ceil(textTop + action + BottomRow + 2));
}

void StepItem::setHeight(qreal height)
{
    if (qFuzzyCompare(height, mHeight))
        return;
    prepareGeometryChange();
    mHeight = height;
}

QRectF StepItem::titleRect() const
{
    return QRectF(Pad + Icon + 8, Pad - 1, titleWidth(mStep), 40);
}

void StepItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const JourneyScene *s = journeyScene();
    const JourneyStyle &st = s->style();
    const QRectF card(0, 0, JourneyLayout::ColumnWidth, mHeight);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const auto mark = s->overlay().steps.constFind(mStep.id);
    const bool hasMark = mark != s->overlay().steps.constEnd();

    painter->setRenderHint(QPainter::Antialiasing);
    if (lod >= 0.35) {
        // A soft shadow lifts the cards off the lanes without an expensive blur effect.
        QColor shadow(0, 0, 0, st.dark ? 70 : 18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(shadow);
        painter->drawRoundedRect(card.translated(0, 2), Radius, Radius);
    }
    const QColor edge = mHovered && !isSelected() ? st.accent.lighter(st.dark ? 80 : 150) : st.cardBorder;
    QPen border(isSelected() ? st.accent : edge, isSelected() ? 2.2 : 1);
    // A workshop guess must not look like a fact: assumptions get a dashed outline.
    if (!isSelected() && mStep.evidence == model::Evidence::Assumption)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(st.cardFill);
    painter->drawRoundedRect(card, Radius, Radius);
    if (!isSelected() && s->chainSteps().contains(mStep.id)) {
        painter->setPen(QPen(st.toBe, 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(-3, -3, 3, 3), Radius + 2, Radius + 2);
    }
    if (hasMark && mark->color.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(mark->color);
        painter->drawRoundedRect(QRectF(0, 0, 6, mHeight), 3, 3);
    }
    if (lod < 0.35) {
        // Far out: a title bar is all that can be read.
        painter->fillRect(QRectF(Pad, Pad, card.width() - 2 * Pad, 10), st.mutedText);
        return;
    }
    paintDetail(painter, card);
    if (hasMark && !mark->label.isEmpty()) {
        JourneyPainter::drawChip(painter, overlayLabelRect(), mark->label, st.smallFont,
            mark->color.isValid() ? mark->color : st.accent, st.cardBorder, QColor(Qt::white));
    }
}

void StepItem::paintDetail(QPainter *painter, const QRectF &card)
{
    const JourneyStyle &st = journeyScene()->style();
    paintChannelIcon(painter, QRectF(Pad, Pad, Icon, Icon), mStep.channel, st.mutedText);

    // Markers, top right: a filled star for the moment of truth, an arrow for customer-initiated.
    qreal mx = card.right() - Pad - 12;
    if (mStep.momentOfTruth) {
        JourneyPainter::drawMomentOfTruth(painter, QPointF(mx + 6, Pad + 7), st.momentOfTruth);
        mx -= 18;
    }
    if (mStep.customerInitiated)
        JourneyPainter::drawCustomerInitiated(painter, QPointF(mx + 6, Pad + 7), st.accent);

    QRectF title = titleRect();
    title.setHeight(TitleLines * QFontMetricsF(st.titleFont).lineSpacing() + 1);
    const qreal used = JourneyPainter::drawWrapped(painter, title, shownTitle(mStep), st.titleFont,
        mStep.title.isEmpty() ? st.mutedText : st.cardText, TitleLines);
    const qreal textTop = std::max(title.top() + used, Pad + Icon) + 6;
    JourneyPainter::drawWrapped(painter,
        QRectF(Pad, textTop, card.width() - 2 * Pad, card.bottom() - BottomRow - textTop + 1), mStep.customerAction,
        st.textFont, st.mutedText, ActionLines);

    // Bottom row: evidence on the left, the first metric on the right.
    const qreal by = card.bottom() - Pad - 16;
    const QColor evidenceColor = st.mutedText;
    JourneyPainter::drawEvidence(painter, QPointF(Pad + 4, by + 8), mStep.evidence, evidenceColor);
    painter->setPen(evidenceColor);
    painter->setFont(st.smallFont);
    painter->drawText(QRectF(Pad + 12, by, 80, 16), Qt::AlignVCenter | Qt::AlignLeft, evidenceText(mStep.evidence));

    if (!mStep.metrics.empty()) {
        // The card shows the value that needs attention; names are in the metrics lane.
        const auto out = std::find_if(
            mStep.metrics.begin(), mStep.metrics.end(), [](const model::Metric &x) { return x.isOutOfRange(); });
        const bool warn = out != mStep.metrics.end();
        const model::Metric &m = warn ? *out : mStep.metrics.front();
        QString text
            = m.value ? metricText(model::Metric { QString(), m.unit, {}, {}, m.value, {}, {} }).trimmed() : m.name;
        // Leaving the normal range says what it means when the consultant wrote it down.
        const QString signal = warn && m.low && *m.value < *m.low ? m.signalBelow : warn ? m.signalAbove : QString();
        if (warn)
            text = QStringLiteral("⚠ ") + (signal.isEmpty() ? text : signal + QStringLiteral(" (") + text + u')');
        const QColor base = warn ? st.warning : st.mutedText;
        // All the room the evidence label leaves, so "14 per 100 orders" reads whole.
        const qreal evidenceRight
            = Pad + 12 + QFontMetricsF(st.smallFont).horizontalAdvance(evidenceText(mStep.evidence));
        const qreal w = JourneyPainter::chipWidth(text, st.smallFont, card.width() - Pad - evidenceRight - 8);
        JourneyPainter::drawChip(painter, QRectF(card.right() - Pad - w, by - 1, w, 18), text, st.smallFont,
            warn ? st.warning : st.chipFill(base), base, warn ? st.warningText : st.cardText);
    }
}

void StepItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    updateToolTip(); // the overlay may have changed since the step did
    mHovered = true;
    update();
}

void StepItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    mHovered = false;
    update();
}

void StepItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    mPressPos = pos();
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)) {
        // Shift-click selects the run of steps from the first selected one to this one.
        journeyScene()->selectRangeTo(mStep.id);
        mRangeClick = true;
        event->accept();
        return;
    }
    mRangeClick = false;
    QGraphicsItem::mousePressEvent(event);
}

void StepItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseMoveEvent(event);
    if (pos() != mPressPos) {
        setCursor(Qt::ClosedHandCursor);
        journeyScene()->showDropIndicator(this);
    }
}

void StepItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (std::exchange(mRangeClick, false))
        return; // the base class would reduce the selection to this item
    QGraphicsItem::mouseReleaseEvent(event);
    setCursor(Qt::OpenHandCursor);
    if (event->button() == Qt::LeftButton && pos() != mPressPos)
        journeyScene()->dropSelectedSteps(this);
}

void StepItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        journeyScene()->requestStepEdit(mStep.id);
}

} // namespace oi::editor
