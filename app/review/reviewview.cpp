// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/review/reviewview.h"

#include "app/review/reviewimages.h"
#include "app/review/reviewmodel.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickItem>
#include <QSGRendererInterface>

namespace oi::review {

void chooseRenderer()
{
    const QString platform = QGuiApplication::platformName();
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND")
        && (platform == u"offscreen" || platform == u"minimal" || platform == u"vnc"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

ReviewView *ReviewView::createFor(ReviewModel *model)
{
    chooseRenderer();
    return new ReviewView(model);
}

ReviewView::ReviewView(ReviewModel *model)
    : mModel(model)
    , mImages(new ReviewImages)
{
    setTitle(tr("Review"));
    setColor(Qt::black);
    setResizeMode(QQuickView::SizeRootObjectToView);
    engine()->addImageProvider(QStringLiteral("review"), mImages);
    // Before QML binds to the pages: the pictures must be there when the images ask.
    mImages->setImages(model->pictures());
    connect(model, &ReviewModel::pagesChanged, this, [this] { mImages->setImages(mModel->pictures()); });
    // Edits made while the review shows (from the studio behind it) appear at once.
    connect(this, &QWindow::visibleChanged, model, &ReviewModel::setFollowing);
    setInitialProperties({ { QStringLiteral("review"), QVariant::fromValue<QObject *>(model) } });
    setSource(QUrl(QStringLiteral("qrc:/qml/review/Review.qml")));
    if (QQuickItem *root = rootObject())
        connect(root, SIGNAL(closeRequested()), this, SLOT(requestClose()));
}

ReviewView::~ReviewView() = default;

bool ReviewView::event(QEvent *event)
{
    const bool closing = event->type() == QEvent::Close;
    const bool handled = QQuickView::event(event);
    if (closing)
        emit closed();
    return handled;
}

int ReviewView::pageCount() const
{
    return int(mModel->pages().size());
}

int ReviewView::currentPage() const
{
    return rootObject() ? rootObject()->property("currentIndex").toInt() : -1;
}

void ReviewView::showPage(int index)
{
    if (QQuickItem *root = rootObject())
        root->setProperty("currentIndex", index);
}

void ReviewView::setAnimated(bool animated)
{
    if (QQuickItem *root = rootObject())
        root->setProperty("animate", animated);
}

QImage ReviewView::grabPage()
{
    // A window never shown gets no resize event: size the page to the window by hand.
    if (QQuickItem *root = rootObject(); root && root->size() != QSizeF(size()))
        root->setSize(size());
    QCoreApplication::processEvents();
    return grabWindow();
}

} // namespace oi::review
