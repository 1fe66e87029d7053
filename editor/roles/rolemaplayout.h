// SPDX-License-Identifier: GPL-3.0-or-later
// Where everything on the role map goes: three bands (front office, back office, field), the as-is
// and the to-be organisation side by side (or one of them), a card per role with the
// responsibilities it holds on that side, and an arrow per responsibility that moves between roles.
// Pure geometry from the project, so tests can measure it without painting.
#pragma once

#include "editor/roles/rolemapstyle.h"

#include "model/project.h"

#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

namespace oi::editor {

enum class RoleMapSide { AsIs, ToBe };
enum class RoleMapMode { SideBySide, AsIs, ToBe };

struct RoleChipLayout
{
    QString responsibility; // id
    QString text;
    QString note; // "→ Sales adviser", "from Order entry clerk", "new", "retired"
    QRectF rect; // in scene coordinates
};

struct RoleCardLayout
{
    QString role;
    RoleMapSide side = RoleMapSide::ToBe;
    QRectF rect;
    model::ChangeKind changeKind = model::ChangeKind::Unchanged;
    QString department, name, facts, change, worksIn, worksInDetail;
    QRectF departmentRect, nameRect, factsRect, badgeRect, worksRect;
    std::vector<RoleChipLayout> chips;
};

struct RoleBandLayout
{
    model::Office office = model::Office::Front;
    QString title;
    QRectF rect; // across every column shown
};

struct RoleColumnLayout
{
    RoleMapSide side = RoleMapSide::ToBe;
    QString title;
    QRectF rect; // header and bands of this side
};

struct RoleArrowLayout
{
    QString responsibility;
    QString fromRole, toRole;
    QPointF from, to;
};

struct RoleMapLayout
{
    static RoleMapLayout compute(const model::Project &project, RoleMapMode mode, const RoleMapStyle &style);

    QRectF bounds;
    std::vector<RoleColumnLayout> columns;
    std::vector<RoleBandLayout> bands;
    std::vector<RoleCardLayout> cards;
    std::vector<RoleArrowLayout> arrows;

    const RoleCardLayout *card(const QString &role, RoleMapSide side) const;
    /** The band under `point`, if any. */
    std::optional<model::Office> officeAt(const QPointF &point) const;
    /** The column under `point`, if any. */
    std::optional<RoleMapSide> sideAt(const QPointF &point) const;
};

/** Text height when wrapped to `width` in `font` (scene units). */
double wrappedHeight(const QString &text, const QFont &font, double width);

} // namespace oi::editor
