// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/results/kpitile.h"

#include "editor/results/resultscolours.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace oi::editor::results {

namespace {
QColor toneColour(Tone tone)
{
    switch (tone) {
    case Tone::Good: return kShortWait;
    case Tone::Bad: return kConstraint;
    case Tone::Uncertain: return kLongWait;
    case Tone::Neutral: break;
    }
    return {};
}
} // namespace

KpiTile::KpiTile(const TileText &text, QWidget *parent)
    : QFrame(parent)
    , mText(text)
{
    setObjectName(QStringLiteral("kpiTile"));
    // palette() in the style sheet follows light and dark palettes alike.
    setStyleSheet(QStringLiteral("#kpiTile { background: palette(base); border: 1px solid palette(mid); "
                                 "border-radius: 6px; }"));
    setToolTip(text.tip);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);

    // The title with the verdict beside it; the value large; its interval under it, so a tile
    // stays narrow enough for four in a row beside the docks.
    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    auto *title = new QLabel(text.title, this);
    title->setObjectName(QStringLiteral("tileTitle"));
    title->setWordWrap(true);
    QFont small = title->font();
    small.setBold(true);
    title->setFont(small);
    title->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(title, 1, Qt::AlignTop);
    if (!text.verdict.isEmpty()) {
        auto *badge = new QLabel(text.verdict, this);
        badge->setObjectName(QStringLiteral("tileVerdict"));
        const QColor c = toneColour(text.tone);
        badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; "
                                            "padding: 2px 8px; font-weight: bold; }")
                                 .arg(c.isValid() ? c.name() : QStringLiteral("#4a5568")));
        top->addWidget(badge, 0, Qt::AlignTop);
    }
    layout->addLayout(top);

    auto *value = new QLabel(text.value, this);
    value->setObjectName(QStringLiteral("tileValue"));
    QFont large = value->font();
    large.setPointSizeF(large.pointSizeF() * 1.7);
    large.setBold(true);
    value->setFont(large);
    layout->addWidget(value);
    if (!text.interval.isEmpty()) {
        auto *interval = new QLabel(text.interval, this);
        interval->setObjectName(QStringLiteral("tileInterval"));
        interval->setToolTip(tr("The 95 % interval over the replications"));
        interval->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(interval);
    }
    for (const QString &line : text.lines) {
        auto *label = new QLabel(line, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addStretch(1);
}

QString KpiTile::plainText() const
{
    QStringList parts { mText.title, mText.value };
    if (!mText.interval.isEmpty())
        parts << mText.interval;
    if (!mText.verdict.isEmpty())
        parts << mText.verdict;
    parts << mText.lines;
    return parts.join(u'\n');
}

} // namespace oi::editor::results
