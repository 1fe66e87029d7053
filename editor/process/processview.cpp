// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/process/processview.h"

#include "editor/document/document.h"
#include "editor/document/documentfollower.h"

#include <QAction>
#include <QComboBox>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>

namespace oi::editor {

namespace {
QGraphicsView *makeCanvas(ProcessScene *scene, QWidget *eventFilter)
{
    auto *canvas = new QGraphicsView(scene);
    canvas->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    canvas->setDragMode(QGraphicsView::RubberBandDrag);
    canvas->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    canvas->setBackgroundBrush(scene->style().canvas);
    canvas->viewport()->installEventFilter(eventFilter);
    return canvas;
}
} // namespace

ProcessView::ProcessView(QWidget *parent)
    : QWidget(parent)
    , mScene(new ProcessScene(this))
    , mCounterpart(new ProcessScene(this))
    , mChooser(new QComboBox)
    , mFind(new QLineEdit)
    , mPalette(new QToolBar)
    , mCanvas(makeCanvas(mScene, this))
    , mCounterpartCanvas(makeCanvas(mCounterpart, this))
    , mCounterpartTitle(new QLabel)
    , mCounterpartPane(new QWidget)
    , mSplit(new QSplitter(Qt::Vertical))
{
    setObjectName(QStringLiteral("processDiagram"));
    mChooser->setObjectName(QStringLiteral("processChooser"));
    mFind->setObjectName(QStringLiteral("processFind"));
    mFind->setPlaceholderText(tr("Find a node\u2026"));
    mFind->setClearButtonEnabled(true);
    mPalette->setObjectName(QStringLiteral("processPalette"));
    mPalette->setOrientation(Qt::Vertical);
    mPalette->setIconSize(QSize(22, 22));
    mCounterpart->setReadOnly(true);
    mCounterpartCanvas->setDragMode(QGraphicsView::ScrollHandDrag);
    mCounterpartCanvas->setObjectName(QStringLiteral("counterpartCanvas"));
    mFind->setAccessibleName(tr("Find a node"));
    mCanvas->setAccessibleName(tr("Process diagram"));
    mCounterpartCanvas->setAccessibleName(tr("Other version of the process"));

    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Process:"));
    label->setBuddy(mChooser);
    bar->addWidget(label);
    bar->addWidget(mChooser, 2);
    bar->addWidget(mFind, 1);
    auto *counterpartLayout = new QVBoxLayout(mCounterpartPane);
    counterpartLayout->setContentsMargins(0, 2, 0, 0);
    counterpartLayout->addWidget(mCounterpartTitle);
    counterpartLayout->addWidget(mCounterpartCanvas, 1);
    mSplit->addWidget(mCanvas);
    mSplit->addWidget(mCounterpartPane);
    mSplit->setChildrenCollapsible(false);
    mCounterpartPane->hide();
    auto *body = new QHBoxLayout;
    body->setSpacing(0);
    body->addWidget(mPalette);
    body->addWidget(mSplit, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(body, 1);
    createActions();
    connect(mChooser, &QComboBox::activated, this, [this](int i) { showProcess(mChooser->itemData(i).toString()); });
    connect(mFind, &QLineEdit::returnPressed, this, [this] {
        if (!findNext(mFind->text()))
            emit message(tr("No node matches \u201c%1\u201d.").arg(mFind->text()));
    });
    connect(mScene, &ProcessScene::refused, this, &ProcessView::message);
    connect(mScene, &QGraphicsScene::selectionChanged, this, &ProcessView::updateActions);
    mFollower
        = new DocumentFollower(this, showsKinds({ EntityKind::Process, EntityKind::Node, EntityKind::Role }), [this] {
              fillChooser();
              mScene->rebuild();
              showCounterpart();
              updateActions();
          });
}

void ProcessView::setDocument(Document *document)
{
    mScene->setDocument(document);
    mCounterpart->setDocument(document);
    mFollower->setDocument(document);
    fillChooser();
    QTimer::singleShot(0, this, &ProcessView::fitToWindowIfLarge);
    showCounterpart();
    updateActions();
}

void ProcessView::fillChooser()
{
    const QSignalBlocker blocker(mChooser);
    mChooser->clear();
    const Document *d = mScene->document();
    if (!d)
        return;
    for (const model::Process &p : d->project().processes) {
        const model::Process *original = p.variantOf.isEmpty() ? nullptr : d->project().process(p.variantOf);
        const QString name = p.name.isEmpty() ? p.id : p.name;
        mChooser->addItem(original ? tr("%1 (redesign of %2)").arg(name, original->name) : name, p.id);
    }
    mChooser->setCurrentIndex(mChooser->findData(mScene->process()));
}

void ProcessView::fitToWindowIfLarge()
{
    // A process opens whole when it fits at a legible scale; a large one opens at half size.
    const QRectF content = mScene->sceneRect();
    const QSize room = mCanvas->viewport()->size();
    if (content.isEmpty() || room.isEmpty())
        return;
    const double fit = std::min(room.width() / content.width(), room.height() / content.height());
    const double scale = fit >= 1 ? 1.0 : std::max(0.5, fit * 0.98);
    mCanvas->resetTransform();
    mCanvas->scale(scale, scale);
}

void ProcessView::showProcess(const QString &id)
{
    const bool other = id != mScene->process();
    mScene->setProcess(id);
    if (other)
        QTimer::singleShot(0, this, &ProcessView::fitToWindowIfLarge);
    mChooser->setCurrentIndex(mChooser->findData(id));
    showCounterpart();
    updateActions();
}

QString ProcessView::counterpartOf(const QString &id) const
{
    const Document *d = mScene->document();
    const model::Process *p = d ? d->project().process(id) : nullptr;
    if (!p)
        return {};
    if (!p->variantOf.isEmpty() && d->project().process(p->variantOf))
        return p->variantOf;
    for (const model::Process &other : d->project().processes)
        if (other.variantOf == id)
            return other.id;
    return {};
}

void ProcessView::showCounterpart()
{
    const QString other = counterpartOf(mScene->process());
    QAction *toggle = mActions[ShowCounterpart];
    toggle->setEnabled(!other.isEmpty());
    const bool shown = toggle->isChecked() && !other.isEmpty();
    mCounterpartPane->setVisible(shown);
    if (!shown)
        return;
    mCounterpart->setProcess(other);
    mCounterpart->rebuild();
    const model::Process *p = mScene->document()->project().process(other);
    const bool isOriginal = p && p->id == mScene->document()->project().process(mScene->process())->variantOf;
    mCounterpartTitle->setText(
        isOriginal ? tr("As-is: %1 (read-only)").arg(p->name) : tr("To-be: %1 (read-only)").arg(p ? p->name : other));
}

int ProcessView::rebuildCount() const
{
    return mFollower->rebuilds();
}

bool ProcessView::findNext(const QString &text)
{
    if (!mScene->findNext(text))
        return false;
    const QStringList found = mScene->selectedNodes();
    for (QGraphicsItem *item : mScene->selectedItems())
        mCanvas->ensureVisible(item);
    return !found.isEmpty();
}

bool ProcessView::eventFilter(QObject *watched, QEvent *event)
{
    const bool canvas = watched == mCanvas->viewport() || watched == mCounterpartCanvas->viewport();
    if (canvas && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const double factor = wheel->angleDelta().y() > 0 ? 1.15 : 1 / 1.15;
            mCanvas->scale(factor, factor);
            mCounterpartCanvas->scale(factor, factor); // both at one scale, so sizes compare
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace oi::editor
