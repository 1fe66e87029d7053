// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/process/processview.h"

#include "editor/document/document.h"
#include "editor/document/documentfollower.h"

#include <QComboBox>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace oi::editor {

ProcessView::ProcessView(QWidget *parent)
    : QWidget(parent)
    , mScene(new ProcessScene(this))
    , mChooser(new QComboBox)
    , mCanvas(new QGraphicsView)
{
    setObjectName(QStringLiteral("processDiagram"));
    mChooser->setObjectName(QStringLiteral("processChooser"));
    mCanvas->setScene(mScene);
    mCanvas->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    mCanvas->setDragMode(QGraphicsView::RubberBandDrag);
    mCanvas->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    mCanvas->setBackgroundBrush(mScene->style().canvas);
    mCanvas->viewport()->installEventFilter(this);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Process:"));
    label->setBuddy(mChooser);
    bar->addWidget(label);
    bar->addWidget(mChooser, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(mCanvas, 1);
    connect(
        mChooser, &QComboBox::activated, this, [this](int i) { mScene->setProcess(mChooser->itemData(i).toString()); });
    mFollower
        = new DocumentFollower(this, showsKinds({ EntityKind::Process, EntityKind::Node, EntityKind::Role }), [this] {
              fillChooser();
              mScene->rebuild();
          });
}

void ProcessView::setDocument(Document *document)
{
    mScene->setDocument(document);
    mFollower->setDocument(document);
    fillChooser();
}

void ProcessView::fillChooser()
{
    const QSignalBlocker blocker(mChooser);
    mChooser->clear();
    const Document *d = mScene->document();
    if (!d)
        return;
    for (const model::Process &p : d->project().processes)
        mChooser->addItem(p.name.isEmpty() ? p.id : p.name, p.id);
    mChooser->setCurrentIndex(mChooser->findData(mScene->process()));
}

void ProcessView::showProcess(const QString &id)
{
    mScene->setProcess(id);
    mChooser->setCurrentIndex(mChooser->findData(id));
}

int ProcessView::rebuildCount() const
{
    return mFollower->rebuilds();
}

bool ProcessView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mCanvas->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const double factor = wheel->angleDelta().y() > 0 ? 1.15 : 1 / 1.15;
            mCanvas->scale(factor, factor);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace oi::editor
