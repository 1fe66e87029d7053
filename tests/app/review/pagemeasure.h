// SPDX-License-Identifier: GPL-3.0-or-later
// Measures one rendered review page: every visible text inside the page, not clipped or elided,
// not overlapping another text, with a contrast of at least 4.5:1 on the background behind it.
#pragma once

#include <QColor>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QQuickItem;
QT_END_NAMESPACE

/** WCAG 2 contrast ratio of two opaque colours (1 … 21). */
double contrastRatio(const QColor &a, const QColor &b);

/** The problems found on the page under `root` (empty: the page passes); `texts` counts what was measured. */
QStringList measurePage(QQuickItem *root, int *texts = nullptr);
