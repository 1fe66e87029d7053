// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/process/processscene.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QGraphicsView;
class QLabel;
class QLineEdit;
class QSplitter;
class QToolBar;
QT_END_NAMESPACE

namespace oi::editor {

class DocumentFollower;

/**
 * The process diagram on screen: a chooser of the process, the palette, the zoomable diagram and,
 * when asked, the as-is original (or the to-be variant) read-only beside it so the redesign shows.
 */
class ProcessView : public QWidget
{
    Q_OBJECT
public:
    enum Action {
        AddStart,
        AddTask,
        AddXor,
        AddSplit,
        AddJoin,
        AddTimer,
        AddEnd,
        Cut,
        Copy,
        Paste,
        Delete,
        SelectAll,
        AlignLeft,
        AlignCentre,
        AlignRight,
        AlignTop,
        AlignMiddle,
        AlignBottom,
        DistributeAcross,
        DistributeDown,
        LayOut,
        Find,
        ZoomIn,
        ZoomOut,
        FitToWindow,
        ResetZoom,
        ShowCounterpart,
        ActionCount
    };

    explicit ProcessView(QWidget *parent = nullptr);

    void setDocument(Document *document);
    ProcessScene *diagramScene() const { return mScene; }
    /** The read-only process shown beside (the original of a variant, or its variant). */
    ProcessScene *counterpartScene() const { return mCounterpart; }
    QGraphicsView *canvas() const { return mCanvas; }
    QAction *action(Action which) const { return mActions[which]; }
    void showProcess(const QString &id);
    int rebuildCount() const;
    /** The process compared with the shown one: its original, else its first variant; empty if none. */
    QString counterpartOf(const QString &process) const;
    bool findNext(const QString &text);

signals:
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void updateActions();
    void fillChooser();
    void showCounterpart();
    void fitToWindowIfLarge();

    ProcessScene *mScene;
    ProcessScene *mCounterpart;
    QComboBox *mChooser;
    QLineEdit *mFind;
    QToolBar *mPalette;
    QGraphicsView *mCanvas;
    QGraphicsView *mCounterpartCanvas;
    QLabel *mCounterpartTitle;
    QWidget *mCounterpartPane;
    QSplitter *mSplit;
    DocumentFollower *mFollower;
    QAction *mActions[ActionCount] = {};
};

} // namespace oi::editor
