// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/roles/rolemapstyle.h"

namespace oi::editor {

namespace {
QFont sized(int pixels, QFont::Weight weight)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setWeight(weight);
    f.setHintingPreference(QFont::PreferNoHinting); // the same glyph advances on every device
    return f;
}
} // namespace

RoleMapStyle RoleMapStyle::standard()
{
    RoleMapStyle s;
    s.titleFont = sized(14, QFont::Bold);
    s.textFont = sized(12, QFont::Normal);
    s.smallFont = sized(11, QFont::Normal);
    s.headerFont = sized(17, QFont::Bold);
    return s;
}

QColor RoleMapStyle::changeColour(model::ChangeKind kind)
{
    switch (kind) {
    case model::ChangeKind::Moved: return QColor(0x2b, 0x6c, 0xb0);
    case model::ChangeKind::New: return QColor(0x27, 0x67, 0x49);
    case model::ChangeKind::Merged: return QColor(0x6b, 0x46, 0xc1);
    case model::ChangeKind::Retired: return QColor(0xc5, 0x30, 0x30);
    case model::ChangeKind::Unchanged: break;
    }
    return QColor(0x4a, 0x55, 0x68);
}

} // namespace oi::editor
