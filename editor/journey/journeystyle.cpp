// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/journey/journeystyle.h"

#include <algorithm>
#include <cmath>

namespace oi::editor {

namespace {
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}
} // namespace

JourneyStyle JourneyStyle::fromPalette(const QPalette &palette, const QFont &font)
{
    JourneyStyle s;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    s.dark = base.lightnessF() < 0.5;
    // A calm, slightly warm neutral canvas; cards stand out by a lighter fill and a soft border.
    s.canvas = s.dark ? mix(base, QColor(0x20, 0x22, 0x26), 0.6) : QColor(0xf6, 0xf5, 0xf2);
    s.laneBand = s.dark ? s.canvas.lighter(112) : QColor(0xee, 0xed, 0xe8);
    s.cardFill = s.dark ? QColor(0x2e, 0x31, 0x37) : QColor(0xff, 0xff, 0xff);
    s.cardBorder = s.dark ? QColor(0x4a, 0x4e, 0x56) : QColor(0xd5, 0xd3, 0xcc);
    s.cardText = text;
    s.mutedText = mix(text, s.canvas, 0.45);
    s.laneLabel = mix(text, s.canvas, 0.3);
    s.grid = s.dark ? QColor(0x3a, 0x3d, 0x44) : QColor(0xdc, 0xda, 0xd3);
    s.stageHeader = s.dark ? QColor(0x2b, 0x3a, 0x4e) : QColor(0x27, 0x3c, 0x5a);
    s.stageText = QColor(0xf4, 0xf6, 0xf8);
    s.accent = s.dark ? QColor(0x6c, 0xa8, 0xf0) : QColor(0x23, 0x6a, 0xc4);
    s.toBe = s.dark ? QColor(0x4c, 0xc9, 0x9a) : QColor(0x1e, 0x8a, 0x62);
    // Amber that keeps WCAG AA (4.5:1) both as badge fill under its text and as text on a card.
    s.warning = s.dark ? QColor(0xf0, 0xa0, 0x4b) : QColor(0xa6, 0x53, 0x00);
    s.warningText = s.dark ? QColor(0x1f, 0x1a, 0x14) : QColor(0xff, 0xff, 0xff);
    s.pain = s.dark ? QColor(0xe8, 0x7a, 0x7a) : QColor(0xb8, 0x3b, 0x3b);
    s.opportunity = s.toBe;
    s.momentOfTruth = s.dark ? QColor(0xe8, 0xc1, 0x4a) : QColor(0xc9, 0x93, 0x00);
    s.roleChip = s.dark ? QColor(0x5b, 0x8d, 0xd6) : QColor(0x3b, 0x6e, 0xb5);
    s.processChip = s.dark ? QColor(0xa0, 0x85, 0xd8) : QColor(0x6e, 0x55, 0xa8);
    s.requirementChip = s.dark ? QColor(0x8a, 0x95, 0xa5) : QColor(0x5a, 0x66, 0x78);
    s.line = s.dark ? QColor(0x8a, 0x90, 0x9a) : QColor(0x7a, 0x80, 0x8a);

    // Pixel sizes at the scene's fixed 96 units per inch, never points: a point size becomes pixels
    // at the DPI of whatever device paints, so a 150-dpi PNG or a 1200-dpi PDF drew text larger than
    // the layout had made room for. Unhinted, so glyph advances scale linearly and a layout measured
    // at 100 % holds at every zoom and resolution.
    const qreal pt = std::max<qreal>(font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize() * 0.75, 9.0);
    const auto sized = [&font](qreal points, QFont::Weight weight) {
        QFont f = font;
        f.setPixelSize(qRound(points * 96.0 / 72.0));
        f.setWeight(weight);
        f.setHintingPreference(QFont::PreferNoHinting);
        return f;
    };
    s.textFont = sized(pt, font.weight());
    s.titleFont = sized(pt + 1, QFont::DemiBold);
    s.smallFont = sized(pt - 1, font.weight());
    s.headerFont = sized(pt + 2, QFont::Bold);
    s.laneFont = sized(pt, QFont::DemiBold);
    return s;
}

QColor JourneyStyle::emotionColor(double emotion) const
{
    const QColor negative = dark ? QColor(0xe8, 0x6b, 0x6b) : QColor(0xc4, 0x3d, 0x3d);
    const QColor neutral = dark ? QColor(0xc8, 0xb0, 0x5a) : QColor(0xb8, 0x90, 0x20);
    const QColor positive = dark ? QColor(0x4c, 0xc9, 0x8a) : QColor(0x2a, 0x9a, 0x5a);
    const double t = std::clamp(emotion, -2.0, 2.0) / 2.0;
    return t < 0 ? mix(neutral, negative, -t) : mix(neutral, positive, t);
}

QColor JourneyStyle::chipFill(const QColor &base) const
{
    return mix(base, cardFill, dark ? 0.65 : 0.85);
}

double JourneyStyle::contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace oi::editor
