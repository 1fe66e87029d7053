// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/results/resultstiles.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace oi::editor::results {

/**
 * One figure on the dashboard: what it is, the value large, its 95 % interval beside it, a few
 * lines more, and for a goal a verdict badge that says it in words (never in colour alone).
 */
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(const TileText &text, QWidget *parent = nullptr);
    const TileText &text() const { return mText; }
    /** Everything the tile says, in reading order (for tests and screen readers). */
    QString plainText() const;

private:
    TileText mText;
};

} // namespace oi::editor::results
