// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/widgets/elidedlabel.h"

#include <QEvent>
#include <QFontMetrics>

namespace oi::editor {

void ElidedLabel::setFullText(const QString &text)
{
    // One line: a description with line breaks reads as one sentence here.
    mFullText = text.simplified();
    setToolTip(mFullText);
    elide();
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        elide();
}

void ElidedLabel::elide()
{
    const int room = contentsRect().width();
    const QString shown = fontMetrics().elidedText(mFullText, Qt::ElideRight, std::max(room, 0));
    if (shown != text())
        QLabel::setText(shown);
}

} // namespace oi::editor
