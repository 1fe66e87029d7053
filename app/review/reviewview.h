// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QQuickView>

namespace oi::review {

class ReviewImages;
class ReviewModel;

/**
 * The review on screen: a Qt Quick window showing resources/qml/review/Review.qml for `model`,
 * full screen, keyboard-driven. Esc in the QML asks to close: the window hides and says so, and
 * the studio comes back.
 */
class ReviewView : public QQuickView
{
    Q_OBJECT
public:
    /** Picks the software renderer when there is no GPU to ask (offscreen, minimal), then builds. */
    static ReviewView *createFor(ReviewModel *model);
    ~ReviewView() override;

    ReviewModel *model() const { return mModel; }
    int pageCount() const;
    int currentPage() const;
    /** Shows page `index` at once, with no transition (for grabbing). */
    void showPage(int index);
    /** Transitions off for pictures and tests; on for people. */
    void setAnimated(bool animated);
    /** Renders what the window shows now (after layout and image loading settle). */
    QImage grabPage();

signals:
    void closed();

protected:
    bool event(QEvent *event) override;

private slots:
    void requestClose() { close(); }

private:
    explicit ReviewView(ReviewModel *model);
    ReviewModel *mModel;
    ReviewImages *mImages; // owned by the engine
};

/** The renderer must be chosen before the first Qt Quick window exists. */
void chooseRenderer();

} // namespace oi::review
