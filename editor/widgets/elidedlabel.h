// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace oi::editor {

/**
 * A one-line label that ends its text with "…" when narrower than the text, instead of cutting
 * it mid-word; the tooltip shows the full text.
 */
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;

    void setFullText(const QString &text);
    QString fullText() const { return mFullText; }
    /** The text is shortened to fit the current width. */
    bool isElided() const { return text() != mFullText; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString mFullText;
};

} // namespace oi::editor
