// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/roles/rolemaplayout.h"

#include "editor/commands/undotext.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>

namespace oi::editor {

namespace {

// A class scope so lupdate files these strings under "RoleMap".
struct RoleMap
{
    Q_DECLARE_TR_FUNCTIONS(RoleMap)
};

using namespace RoleMapMetrics;

QString officeTitle(model::Office office)
{
    switch (office) {
    case model::Office::Front: return RoleMap::tr("Front office");
    case model::Office::Back: return RoleMap::tr("Back office");
    case model::Office::Field: return RoleMap::tr("Field");
    }
    return {};
}

QString changeTitle(model::ChangeKind kind)
{
    switch (kind) {
    case model::ChangeKind::Unchanged: return RoleMap::tr("unchanged");
    case model::ChangeKind::Moved: return RoleMap::tr("moved");
    case model::ChangeKind::New: return RoleMap::tr("new");
    case model::ChangeKind::Merged: return RoleMap::tr("merged");
    case model::ChangeKind::Retired: return RoleMap::tr("retired");
    }
    return {};
}

QString roleName(const model::Project &p, const QString &id)
{
    const model::Role *r = p.role(id);
    return r && !r->name.isEmpty() ? r->name : id;
}

bool onSide(const model::Role &r, RoleMapSide side)
{
    return side == RoleMapSide::AsIs ? r.change != model::ChangeKind::New : r.change != model::ChangeKind::Retired;
}

QString staffing(const model::Role &r)
{
    if (r.shifts && !r.shifts->capacity.empty()) {
        int low = r.shifts->capacity.front().headcount, high = low;
        for (const model::ShiftBlock &b : r.shifts->capacity) {
            low = std::min(low, b.headcount);
            high = std::max(high, b.headcount);
        }
        return low == high ? RoleMap::tr("%n on shift", nullptr, high)
                           : RoleMap::tr("%1–%2 on shift").arg(low).arg(high);
    }
    return RoleMap::tr("%n staff", nullptr, r.headcount);
}

// Where the role works: the journey steps it appears in and the process tasks it performs.
void worksIn(const model::Project &p, const model::Role &r, RoleCardLayout &card)
{
    QStringList steps, tasks;
    for (const model::Journey &j : p.journeys)
        for (const model::Step &s : j.steps)
            if (s.frontRoles.contains(r.id) || s.backRoles.contains(r.id))
                steps << s.title;
    for (const model::Process &pr : p.processes)
        for (const model::Node &n : pr.nodes)
            if (n.type == model::NodeType::Task && n.role == r.id)
                tasks << (pr.name.isEmpty() ? pr.id : pr.name) + QStringLiteral(" › ")
                        + (n.name.isEmpty() ? n.id : n.name);
    card.worksIn = countedText("RoleMap", QT_TRANSLATE_NOOP("RoleMap", "1 journey step"),
                       QT_TRANSLATE_N_NOOP("RoleMap", "%n journey steps"), steps.size())
        + QStringLiteral(" · ")
        + countedText("RoleMap", QT_TRANSLATE_NOOP("RoleMap", "1 process task"),
            QT_TRANSLATE_N_NOOP("RoleMap", "%n process tasks"), tasks.size());
    QStringList detail;
    if (!steps.isEmpty())
        detail << RoleMap::tr("Journey steps: %1").arg(steps.join(QStringLiteral(", ")));
    if (!tasks.isEmpty())
        detail << RoleMap::tr("Process tasks: %1").arg(tasks.join(QStringLiteral(", ")));
    card.worksInDetail = detail.join(u'\n');
}

std::vector<RoleChipLayout> chipsFor(const model::Project &p, const model::Role &r, RoleMapSide side)
{
    std::vector<RoleChipLayout> chips;
    for (const model::Responsibility &x : p.responsibilities) {
        const QString &owner = side == RoleMapSide::AsIs ? x.asIs : x.toBe;
        if (owner != r.id)
            continue;
        const QString &other = side == RoleMapSide::AsIs ? x.toBe : x.asIs;
        QString note;
        if (other.isEmpty())
            note = side == RoleMapSide::AsIs ? RoleMap::tr("retired") : RoleMap::tr("new");
        else if (other != r.id)
            note = side == RoleMapSide::AsIs ? RoleMap::tr("→ %1").arg(roleName(p, other))
                                             : RoleMap::tr("from %1").arg(roleName(p, other));
        chips.push_back({ x.id, x.text, note, {} });
    }
    return chips;
}

// Lays out one card's contents with its top-left at (0, 0); returns its height.
double layCard(RoleCardLayout &c, const RoleMapStyle &st)
{
    const double inner = CardWidth - 2 * CardPadding;
    double y = CardPadding;
    const double badgeW = QFontMetricsF(st.smallFont).horizontalAdvance(c.change) + 12;
    c.badgeRect = QRectF(CardWidth - CardPadding - badgeW, y, badgeW, 18);
    c.departmentRect
        = QRectF(CardPadding, y + 1, inner - badgeW - 6, wrappedHeight(c.department, st.smallFont, inner - badgeW - 6));
    y += std::max(c.departmentRect.height(), c.badgeRect.height()) + 4;
    c.nameRect = QRectF(CardPadding, y, inner, wrappedHeight(c.name, st.titleFont, inner));
    y += c.nameRect.height() + 3;
    c.factsRect = QRectF(CardPadding, y, inner, wrappedHeight(c.facts, st.smallFont, inner));
    y += c.factsRect.height() + 8;
    for (RoleChipLayout &chip : c.chips) {
        const double h = wrappedHeight(chip.text, st.textFont, inner - 12)
            + (chip.note.isEmpty() ? 0 : wrappedHeight(chip.note, st.smallFont, inner - 12) + 2) + 8;
        chip.rect = QRectF(CardPadding, y, inner, h);
        y += h + ChipGap;
    }
    y += 4;
    c.worksRect = QRectF(CardPadding, y, inner, wrappedHeight(c.worksIn, st.smallFont, inner));
    y += c.worksRect.height() + CardPadding;
    return y;
}

void moveCard(RoleCardLayout &c, const QPointF &at)
{
    c.rect = QRectF(at, QSizeF(CardWidth, c.rect.height()));
    for (QRectF *r : { &c.departmentRect, &c.nameRect, &c.factsRect, &c.badgeRect, &c.worksRect })
        r->translate(at);
    for (RoleChipLayout &chip : c.chips)
        chip.rect.translate(at);
}

RoleCardLayout cardFor(const model::Project &project, const model::Role &r, RoleMapSide side, const RoleMapStyle &style)
{
    RoleCardLayout c;
    c.role = r.id;
    c.side = side;
    c.department = r.department;
    c.name = r.name.isEmpty() ? r.id : r.name;
    c.changeKind = r.change;
    c.change = changeTitle(r.change);
    c.facts = staffing(r);
    if (const model::Strategy *st = project.strategy(r.strategy))
        c.facts += QStringLiteral(" · ") + RoleMap::tr("driven by “%1”").arg(st->title.isEmpty() ? st->id : st->title);
    c.chips = chipsFor(project, r, side);
    worksIn(project, r, c);
    c.rect = QRectF(0, 0, CardWidth, layCard(c, style));
    return c;
}

} // namespace

double wrappedHeight(const QString &text, const QFont &font, double width)
{
    if (text.isEmpty())
        return 0;
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

RoleMapLayout RoleMapLayout::compute(const model::Project &project, RoleMapMode mode, const RoleMapStyle &style)
{
    RoleMapLayout out;
    std::vector<RoleMapSide> sides;
    if (mode != RoleMapMode::ToBe)
        sides.push_back(RoleMapSide::AsIs);
    if (mode != RoleMapMode::AsIs)
        sides.push_back(RoleMapSide::ToBe);
    // Side by side, a role's as-is and to-be cards share a row, so every arrow of a moved
    // responsibility runs in the gap between the two columns and never behind a card.
    const bool paired = mode == RoleMapMode::SideBySide;
    const int perRow = paired ? 1 : CardsPerRow;
    const double gap = paired ? PairedGap : ColumnGap;
    const double columnWidth = perRow * CardWidth + (perRow - 1) * CardGap + 2 * BandPadding;
    const double margin = 20;

    const model::Office offices[] = { model::Office::Front, model::Office::Back, model::Office::Field };
    double y = margin + ColumnHeader;
    for (model::Office office : offices) {
        // A department's roles sit together.
        std::vector<const model::Role *> roles;
        for (const model::Role &r : project.roles)
            if (r.office == office
                && std::any_of(sides.begin(), sides.end(), [&](RoleMapSide s) { return onSide(r, s); }))
                roles.push_back(&r);
        std::stable_sort(roles.begin(), roles.end(), [](const model::Role *a, const model::Role *b) {
            return a->department.localeAwareCompare(b->department) < 0;
        });
        double bandHeight = BandHeader + 40;
        if (paired) {
            double rowTop = y + BandHeader;
            for (const model::Role *r : roles) {
                double rowHeight = 0;
                for (std::size_t s = 0; s < sides.size(); ++s) {
                    if (!onSide(*r, sides[s]))
                        continue;
                    RoleCardLayout c = cardFor(project, *r, sides[s], style);
                    moveCard(c, QPointF(margin + double(s) * (columnWidth + gap) + BandPadding, rowTop));
                    rowHeight = std::max(rowHeight, c.rect.height());
                    out.cards.push_back(std::move(c));
                }
                rowTop += rowHeight + CardGap;
            }
            if (!roles.empty())
                bandHeight = rowTop - CardGap - y + BandPadding;
        } else {
            const double left = margin + BandPadding;
            double rowTop = y + BandHeader, rowHeight = 0;
            int i = 0;
            for (const model::Role *r : roles) {
                RoleCardLayout c = cardFor(project, *r, sides.front(), style);
                if (i > 0 && i % perRow == 0) {
                    rowTop += rowHeight + CardGap;
                    rowHeight = 0;
                }
                moveCard(c, QPointF(left + (i % perRow) * (CardWidth + CardGap), rowTop));
                rowHeight = std::max(rowHeight, c.rect.height());
                out.cards.push_back(std::move(c));
                ++i;
            }
            if (!roles.empty())
                bandHeight = rowTop + rowHeight - y + BandPadding;
        }
        const double width = double(sides.size()) * columnWidth + double(sides.size() - 1) * gap;
        out.bands.push_back({ office, officeTitle(office), QRectF(margin, y, width, bandHeight) });
        y += bandHeight + CardGap;
    }
    for (std::size_t s = 0; s < sides.size(); ++s) {
        const double left = margin + double(s) * (columnWidth + gap);
        out.columns.push_back({ sides[s],
            sides[s] == RoleMapSide::AsIs ? RoleMap::tr("As-is organisation") : RoleMap::tr("To-be organisation"),
            QRectF(left, margin, columnWidth, y - CardGap - margin) });
    }
    // One arrow per responsibility that moves from one role to another, from chip to chip.
    if (mode == RoleMapMode::SideBySide)
        for (const model::Responsibility &x : project.responsibilities) {
            if (x.asIs.isEmpty() || x.toBe.isEmpty() || x.asIs == x.toBe)
                continue;
            const RoleCardLayout *from = out.card(x.asIs, RoleMapSide::AsIs);
            const RoleCardLayout *to = out.card(x.toBe, RoleMapSide::ToBe);
            if (!from || !to)
                continue;
            const auto chip = [&x](const RoleCardLayout *c) {
                return std::find_if(c->chips.begin(), c->chips.end(),
                    [&x](const RoleChipLayout &ch) { return ch.responsibility == x.id; });
            };
            const auto a = chip(from), b = chip(to);
            if (a == from->chips.end() || b == to->chips.end())
                continue;
            out.arrows.push_back({ x.id, x.asIs, x.toBe, QPointF(from->rect.right(), a->rect.center().y()),
                QPointF(to->rect.left(), b->rect.center().y()) });
        }
    const double width = double(sides.size()) * columnWidth + double(sides.size() - 1) * gap + 2 * margin;
    out.bounds = QRectF(0, 0, width, y - CardGap + margin);
    return out;
}

const RoleCardLayout *RoleMapLayout::card(const QString &role, RoleMapSide side) const
{
    const auto it = std::find_if(
        cards.begin(), cards.end(), [&](const RoleCardLayout &c) { return c.role == role && c.side == side; });
    return it == cards.end() ? nullptr : &*it;
}

std::optional<model::Office> RoleMapLayout::officeAt(const QPointF &point) const
{
    for (const RoleBandLayout &b : bands)
        if (b.rect.contains(point))
            return b.office;
    return std::nullopt;
}

std::optional<RoleMapSide> RoleMapLayout::sideAt(const QPointF &point) const
{
    for (const RoleColumnLayout &c : columns)
        if (c.rect.contains(point))
            return c.side;
    return std::nullopt;
}

} // namespace oi::editor
